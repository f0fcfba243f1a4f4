/**
 * `create-devops-baseline/projen`: the baseline as a projen component, for repositories whose files
 * projen already owns. Same options, same renderers, same bytes as the standalone CLI; projen writes
 * them, lists them in `.projen/files.json` and deletes them when they are no longer generated.
 *
 * ```ts
 * import { DevopsBaseline } from "create-devops-baseline/projen";
 * new DevopsBaseline(project, { backend: { kind: "django", dir: "backend" }, cloud: "aws-ecs" });
 * ```
 */
export { DevopsBaseline, type DevopsBaselineProjenOptions } from "./devops-baseline.js";
export { defineConfig, type BaselineConfig } from "../options/index.js";
