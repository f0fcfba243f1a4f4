import type { BaselineOptions } from "../../options/index.js";
import { buildVariables, type AppService } from "./variables.js";

/**
 * docker/build-push-action's `build-args` for an image: each public build-time variable from the
 * repository's Actions variable of the same name (infra/github.tf sets it). One image is promoted
 * from staging to production, so both run with the same build-time values.
 */
export function buildArgsInput(options: BaselineOptions, service: AppService): { "build-args"?: string } {
  const vars = buildVariables(options, service);
  if (vars.length === 0) return {};
  return { "build-args": vars.map((v) => `${v.name}=\${{ vars.${v.name} }}`).join("\n") + "\n" };
}
