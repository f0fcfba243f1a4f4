import type { HealthProbe } from "../components/docker/health-probe.js";
import type { BaselineOptions } from "../options/index.js";
import type { FileModel } from "../synth/file-model.js";

export type { Step } from "../workflows/model.js";
import type { Step } from "../workflows/model.js";

export type Environment = "staging" | "production";
export type DeployStrategy = BaselineOptions["deploy"]["strategy"];

/** One deployable container: the backend API or the frontend. */
export interface ServiceTarget {
  readonly key: "api" | "web";
  /** Image name: `<name>-backend`, `<name>-frontend` (as compose.prod.yml names them). Cloud services are `<name>-<environment>-<key>`. */
  readonly image: string;
  /** The service's directory. */
  readonly dir: string;
  /** Build context and Dockerfile path, repository-relative, exactly as the docker component generates them. */
  readonly context: string;
  readonly dockerfile: string;
  readonly port: number;
  /** The path probes ask for (probe.path). */
  readonly healthPath: string;
  readonly probe: HealthProbe;
  /** Environment variable (from the GitHub environment's `vars`) holding the public URL. */
  readonly urlVar: "API_URL" | "WEB_URL";
  /** Migrations run from this service's image. */
  readonly migrate: boolean;
}

/** What a deploy step builder gets: everything is known at generation time except the image tag. */
export interface DeployContext {
  readonly options: BaselineOptions;
  readonly environment: Environment;
  readonly services: readonly ServiceTarget[];
  /** The service migrations run from, if there is a database to migrate. */
  readonly migrator?: ServiceTarget;
  readonly hasDatabase: boolean;
}

/** Commands an operator runs for the chosen cloud; the runbooks quote them verbatim. */
export interface RunbookCommands {
  readonly status: string;
  /** Recent logs of the main service (a live tail where the platform has one). */
  readonly logs: string;
  /** Error lines of the last 30 minutes from where the logs are kept (Logs Insights, Cloud Logging bucket, Log Analytics, Loki). */
  readonly logQuery: string;
  readonly events: string;
  readonly databaseStatus: string;
  readonly listSnapshots: string;
  readonly rollback: string;
  readonly scaleOut: string;
  readonly restartService: string;
  readonly storageCheck: string;
  /** Where to block traffic at the edge (WAF, Cloud Armor, Front Door, ingress, tunnel). */
  readonly edgeBlock: string;
}

/**
 * A deploy target. Step builders are pure and return workflow steps; each knows one platform's
 * login, push, snapshot, migrate, deploy, traffic shifting and rollback.
 */
export interface CloudStrategy {
  readonly id: BaselineOptions["cloud"];
  readonly title: string;
  /** Strategies this platform can run; `rolling` is always first. */
  readonly strategies: readonly DeployStrategy[];
  readonly defaultRegion?: string;
  /** Permissions the build and deploy jobs need beyond `contents: read`. */
  readonly buildPermissions: Readonly<Record<string, "read" | "write">>;
  readonly deployPermissions: Readonly<Record<string, "read" | "write">>;
  /** Job-level env for deploy jobs (names derived from options and environment). */
  env(ctx: DeployContext): Record<string, string>;
  /** Cloud login without long-lived keys (OIDC; SSH key + pinned host key for compose). */
  login(ctx: DeployContext): Step[];
  /** Registry login in the build job; must leave the registry prefix in `steps.registry.outputs.registry`. */
  registry(options: BaselineOptions): Step[];
  /** Records what runs now (step id `previous-<key>`) for rollback, and prepares the new version (e.g. registers a task definition). */
  prepare(ctx: DeployContext, svc: ServiceTarget): Step[];
  /** Pre-deploy database snapshot, waited for (step id `snapshot`). */
  snapshot(ctx: DeployContext): Step[];
  /** Migrations as a one-off task/job with the new image; a non-zero exit fails the step. */
  migrate(ctx: DeployContext, svc: ServiceTarget): Step[];
  /**
   * Rolling: moves all traffic. Canary and blue-green: starts the new version without traffic and
   * returns only once it answers its health check (step id `deploy-<key>`).
   */
  deploy(ctx: DeployContext, svc: ServiceTarget): Step[];
  /** Progressive strategies: send `percent` of traffic to the new version. */
  shift(ctx: DeployContext, svc: ServiceTarget, percent: number): Step[];
  /** Puts the previous version back and waits until it serves. */
  rollback(ctx: DeployContext, svc: ServiceTarget): Step[];
  /** Extra files the deploy path needs (remote scripts, credential helpers). */
  files?(options: BaselineOptions): FileModel[];
  runbook(options: BaselineOptions): RunbookCommands;
  /** Secrets and variables the workflows read, for the docs. */
  settings(options: BaselineOptions): { readonly vars: readonly string[]; readonly secrets: readonly string[] };
}
