/** The environment variables an app reads, with where, whether required, secret, build- or run-time. */
export { detectAppVariables, variableEvidence, type AppVariable } from "./detect-app-env.js";
export type { EnvRead } from "./env-read.js";
export { isConfigModule } from "./source-files.js";
export { scanNode } from "./scan-node.js";
export { scanPython } from "./scan-python.js";
