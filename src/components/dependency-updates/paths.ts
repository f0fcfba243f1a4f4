/** Where Dependabot reads its config; the generated file and the managed entries of a kept one. */
export const DEPENDABOT_PATH = ".github/dependabot.yml";
