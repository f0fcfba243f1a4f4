import type { TextFileModel } from "../../synth/file-model.js";
import { renderTemplate } from "../../synth/templates.js";
import { healthyBelow } from "../docker/health-probe.js";
import type { ImageBuild } from "../docker/index.js";

/** Smoke-test load and limits: small enough for every push, strict enough to catch a slow endpoint. */
export const PERF_SMOKE = { vus: 5, duration: "30s", p95Ms: 500, maxErrorRate: 0.01 } as const;

export const PERF_SMOKE_PATH = "perf/smoke.js";

/** `perf/smoke.js`: k6 script with p95 and error-rate thresholds; CI points it at each image it builds. */
export function perfSmokeFile(primary: ImageBuild): TextFileModel {
  return {
    kind: "text",
    path: PERF_SMOKE_PATH,
    component: "ci",
    comment: "slash",
    text: renderTemplate("ci/k6-smoke.js.hbs", { ...PERF_SMOKE, port: primary.port, paths: [primary.probe.path], healthyBelow: healthyBelow(primary.probe) }),
  };
}
