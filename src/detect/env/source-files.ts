import { baseOf } from "../paths.js";

/** Tests, fixtures and tooling read variables the deployed app never does. */
const TOOLING_FOLDER = /(^|\/)(tests?|__tests__|spec|e2e|cypress|playwright|scripts|tools|migrations|alembic|fixtures|mocks?|__mocks__|stories|\.storybook)\//;
const TOOLING_FILE = /^(test_.*\.py|.*_test\.py|conftest\.py|manage\.py|setup\.py|noxfile\.py|fabfile\.py|tasks\.py|gunicorn\.conf\.py|.*\.(spec|test|stories|e2e|e2e-spec)\.[cm]?[jt]sx?|.*\.d\.ts|(next|vite|vitest|jest|webpack|rollup|babel|postcss|tailwind|eslint|prettier|playwright|cypress|tsup|drizzle|astro|nuxt|svelte|remix|commitlint|lint-staged)\.config\.[cm]?[jt]s|\.?eslintrc.*|\.?prettierrc.*)$/;

export type SourceLanguage = "python" | "node";

/** The language of an application source file, or undefined for tests, tooling and other files. */
export function appSourceLanguage(path: string): SourceLanguage | undefined {
  if (TOOLING_FOLDER.test(path) || TOOLING_FILE.test(baseOf(path))) return undefined;
  if (path.endsWith(".py")) return "python";
  if (/\.[cm]?[jt]sx?$/.test(path)) return "node";
  return undefined;
}

/** Modules whose name says they hold configuration: settings, config, env, secrets (detection reads these beyond the entry points). */
export function isConfigModule(path: string): boolean {
  if (!appSourceLanguage(path)) return false;
  const name = baseOf(path).replace(/\.[^.]+$/, "").toLowerCase();
  return (
    /(^|[._-])(settings?|config|configuration|conf|env|environment|secrets?)([._-]|$)/.test(name) ||
    /(^|\/)(config|settings|env)\//.test(path) ||
    /\.(module|service)$/.test(name)
  );
}
