import { composeSamples } from "./compose.js";
import { crossFileSamples } from "./cross-file.js";
import { dependencyUpdateSamples } from "./dependency-updates.js";
import { dockerfileSamples } from "./dockerfile.js";
import { kubernetesSamples } from "./kubernetes.js";
import { nginxSamples } from "./nginx.js";
import { prometheusSamples } from "./prometheus.js";
import type { RuleSample } from "./sample.js";
import { shellSamples } from "./shell.js";
import { workflowSamples } from "./workflow.js";

export { type Files, type RuleSample } from "./sample.js";

/** A failing and a passing sample for every rule id. */
export const SAMPLES: Readonly<Record<string, RuleSample>> = {
  ...workflowSamples,
  ...dockerfileSamples,
  ...composeSamples,
  ...dependencyUpdateSamples,
  ...shellSamples,
  ...kubernetesSamples,
  ...nginxSamples,
  ...prometheusSamples,
  ...crossFileSamples,
};
