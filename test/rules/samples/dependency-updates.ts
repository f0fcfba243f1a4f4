import { lineOf, type RuleSample, swap } from "./sample.js";

const DEPENDABOT = ".github/dependabot.yml";

export const GOOD_DEPENDABOT = `version: 2
updates:
  - package-ecosystem: npm
    directory: /
    schedule:
      interval: weekly
    cooldown:
      default-days: 3
  - package-ecosystem: pip
    directories:
      - /services/*
    schedule:
      interval: weekly
    cooldown:
      default-days: 3
`;

/** A workspace (root lockfile, members without one) and two Python services. */
const MANIFESTS = {
  "package.json": '{ "private": true, "workspaces": ["packages/*"] }\n',
  "package-lock.json": "{}\n",
  "packages/ui/package.json": '{ "name": "ui" }\n',
  "services/api/requirements.txt": "django==5.2\n",
  "services/worker/pyproject.toml": '[project]\nname = "worker"\n',
};

export const dependencyUpdateSamples: Record<string, RuleSample> = {
  DU001: { bad: MANIFESTS, good: { ...MANIFESTS, [DEPENDABOT]: GOOD_DEPENDABOT }, at: { file: DEPENDABOT, line: undefined } },
  DU002: {
    bad: { ...MANIFESTS, [DEPENDABOT]: GOOD_DEPENDABOT, "tools/uv.lock": "version = 1\n", "tools/pyproject.toml": '[project]\nname = "tools"\n' },
    good: { ...MANIFESTS, [DEPENDABOT]: GOOD_DEPENDABOT },
    at: { file: DEPENDABOT, line: lineOf(GOOD_DEPENDABOT, "updates:") },
  },
  DU003: {
    bad: { [DEPENDABOT]: swap(GOOD_DEPENDABOT, "    cooldown:\n      default-days: 3\n  - package-ecosystem: pip", "  - package-ecosystem: pip") },
    good: { [DEPENDABOT]: GOOD_DEPENDABOT },
    at: { file: DEPENDABOT, line: lineOf(GOOD_DEPENDABOT, "- package-ecosystem: npm") },
  },
};
