import type { Environment } from "../../clouds/types.js";
import type { BaselineOptions } from "../../options/index.js";
import type { AppVariableOption } from "../../options/app-config-schema.js";

export type AppVariable = AppVariableOption;
export type AppService = AppVariable["service"];

/** The variables one app reads (the `variables` option), in a stable order. */
export function variablesOf(options: BaselineOptions, service: AppService): AppVariable[] {
  return options.variables.filter((v) => v.service === service).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Read when the container starts: the deploy target passes these to the running app. */
export const runtimeVariables = (options: BaselineOptions, service: AppService): AppVariable[] => variablesOf(options, service).filter((v) => v.stage === "run");

/** Inlined by the bundler: image build args (never secret, they ship to every browser). */
export const buildVariables = (options: BaselineOptions, service: AppService): AppVariable[] => variablesOf(options, service).filter((v) => v.stage === "build");

/** The value of a plain variable in one environment: the `environments` option, else the code's default, else empty. */
export function plainValue(options: BaselineOptions, environment: Environment, variable: AppVariable): string {
  return options.environments[environment][variable.name] ?? variable.default ?? "";
}

/**
 * The plain variables a deploy target sets in one environment: every required one (empty fails the
 * startup guard) and every one with a value. An optional one with none stays unset, so the code's
 * own fallback applies instead of "".
 */
export const wiredPlain = (options: BaselineOptions, environment: Environment, vars: readonly AppVariable[]): AppVariable[] =>
  vars.filter((v) => !v.secret && (v.required || plainValue(options, environment, v) !== ""));

/** One line saying where the code reads it and what it is, for `.env.example` and the docs. */
export function describeVariable(v: AppVariable): string {
  const need = v.required ? "required" : v.default !== undefined ? `default ${v.default === "" ? '""' : v.default}` : "optional";
  const where = v.readAt.length > 0 ? `read at ${v.readAt.join(", ")}` : "set in the config";
  return `${where}; ${need}; ${v.secret ? "secret" : "plain"}; ${v.stage === "build" ? "build time (image build arg)" : "run time"}`;
}

/** The backend container's service key on the clouds (`api`) and the frontend's (`web`). */
export const serviceOfTarget = (key: "api" | "web"): AppService => (key === "api" ? "backend" : "frontend");

/**
 * amazon-ecs-render-task-definition's `environment-variables` for one service: the environment's
 * plain values, so a value changed in `environments` reaches ECS with the next deploy (Terraform only
 * writes a task definition's first revision; deploy.yml derives the next from the running one).
 */
export function ecsEnvironmentInput(options: BaselineOptions, environment: Environment, key: "api" | "web"): { "environment-variables"?: string } {
  const plain = wiredPlain(options, environment, runtimeVariables(options, serviceOfTarget(key)));
  if (plain.length === 0) return {};
  return { "environment-variables": plain.map((v) => `${v.name}=${plainValue(options, environment, v)}`).join("\n") + "\n" };
}
