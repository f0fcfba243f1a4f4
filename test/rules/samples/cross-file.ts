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
const WITH_K8S = `${DEPENDABOT_NPM}  - package-ecosystem: docker
    directory: /k8s
    schedule:
      interval: weekly
    cooldown:
      default-days: 3
`;
const OTHER_PG = PG.replace(/sha256:[0-9a-f]{64}/, `sha256:${"0".repeat(64)}`);
const POD = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: db\nspec:\n  containers:\n    - name: db\n      image: ${PG}\n`;
const COMPOSE = (image: string) => `services:\n  db:\n    image: ${image}\n`;

export const crossFileSamples: Record<string, RuleSample> = {
  XF001: {
    bad: { "k8s/pod.yaml": POD, ".github/dependabot.yml": DEPENDABOT_NPM, "package.json": "{}\n" },
    good: { "k8s/pod.yaml": POD, ".github/dependabot.yml": WITH_K8S, "package.json": "{}\n" },
    at: { file: "k8s/pod.yaml", line: lineOf(POD, "image:") },
  },
  XF002: {
    bad: { "db/Dockerfile": `FROM ${PG}\n`, "docker-compose.yml": COMPOSE(OTHER_PG) },
    good: { "db/Dockerfile": `FROM ${PG}\n`, "docker-compose.yml": COMPOSE(PG) },
    at: { file: "docker-compose.yml", line: 3 },
  },
};
