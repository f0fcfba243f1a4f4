import { GOOD_CI } from "./workflow.js";
import { lineOf, PG, type RuleSample } from "./sample.js";

const DEPENDABOT_NPM = `version: 2
updates:
  - package-ecosystem: npm
    directory: /
    schedule:
      interval: weekly
    cooldown:
      default-days: 3
`;
const WITH_ACTIONS = `${DEPENDABOT_NPM}  - package-ecosystem: github-actions
    directory: /
    schedule:
      interval: weekly
    cooldown:
      default-days: 3
`;
const OTHER_PG = PG.replace(/sha256:[0-9a-f]{64}/, `sha256:${"0".repeat(64)}`);
const COMPOSE = (image: string) => `services:\n  db:\n    image: ${image}\n`;

export const crossFileSamples: Record<string, RuleSample> = {
  XF001: {
    bad: { ".github/workflows/ci.yml": GOOD_CI, ".github/dependabot.yml": DEPENDABOT_NPM, "package.json": "{}\n" },
    good: { ".github/workflows/ci.yml": GOOD_CI, ".github/dependabot.yml": WITH_ACTIONS, "package.json": "{}\n" },
    at: { file: ".github/workflows/ci.yml", line: lineOf(GOOD_CI, "- uses:") },
  },
  XF002: {
    bad: { "db/Dockerfile": `FROM ${PG}\n`, "docker-compose.yml": COMPOSE(OTHER_PG) },
    good: { "db/Dockerfile": `FROM ${PG}\n`, "docker-compose.yml": COMPOSE(PG) },
    at: { file: "docker-compose.yml", line: 3 },
  },
};
