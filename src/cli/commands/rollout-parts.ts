// What `rollout` needs once it runs, as one lazily loaded chunk: declaring the command (and running any
// other) loads none of the rollout engine.
export { gitHubError } from "../../github/errors.js";
export { loadDefaults } from "../../rollout/load-defaults.js";
export { createProgress } from "../../rollout/progress.js";
export { inLines } from "../../rollout/json-parts.js";
export { reportJsonParts, reportMarkdown, reportTable, writeStepSummary } from "../../rollout/report.js";
export { rollout } from "../../rollout/rollout.js";
export { rolloutWorkflowYaml } from "../../rollout/rollout-workflow.js";
export { parseShard } from "../../rollout/shard.js";
export { parseDuration, parseWaves } from "../../rollout/waves.js";
