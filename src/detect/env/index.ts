/** The environment variables an app reads, with where, whether required, secret, build- or run-time. */
export { detectAppVariables, variableEvidence, type AppVariable } from "./detect-app-env.js";
export type { EnvRead } from "./env-read.js";
export { scanPython } from "./scan-python.js";
