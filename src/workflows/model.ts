/**
 * GitHub Actions workflow syntax as plain readonly types, keys spelled as GitHub spells them.
 * Modelled on projen's `workflows-model.ts`, without its key conversion.
 * @see https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions
 */

/** A `${{ }}` expression or a literal. */
export type Expression = string;

/** @see https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#permissions */
export type PermissionLevel = "read" | "write" | "none";

export interface Permissions {
  readonly actions?: PermissionLevel;
  readonly attestations?: PermissionLevel;
  readonly checks?: PermissionLevel;
  readonly contents?: PermissionLevel;
  readonly deployments?: PermissionLevel;
  readonly "id-token"?: "write" | "none";
  readonly issues?: PermissionLevel;
  readonly packages?: PermissionLevel;
  readonly pages?: PermissionLevel;
  readonly "pull-requests"?: PermissionLevel;
  readonly "security-events"?: PermissionLevel;
  readonly statuses?: PermissionLevel;
}

/** @see https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#concurrency */
export interface Concurrency {
  readonly group: Expression;
  readonly "cancel-in-progress"?: boolean | Expression;
}

/** @see https://docs.github.com/en/actions/writing-workflows/choosing-when-your-workflow-runs/events-that-trigger-workflows */
export interface PushTrigger {
  readonly branches?: readonly string[];
  readonly tags?: readonly string[];
  readonly paths?: readonly string[];
  readonly "paths-ignore"?: readonly string[];
}

export interface PullRequestTrigger {
  readonly branches?: readonly string[];
  readonly types?: readonly string[];
  readonly paths?: readonly string[];
}

export interface ScheduleTrigger {
  /** Five-field cron, UTC. */
  readonly cron: string;
}

export interface WorkflowDispatchInput {
  readonly description: string;
  readonly required?: boolean;
  readonly default?: string | boolean | number;
  readonly type?: "string" | "boolean" | "number" | "choice" | "environment";
  readonly options?: readonly string[];
}

export interface Triggers {
  readonly push?: PushTrigger | null;
  readonly pull_request?: PullRequestTrigger | null;
  readonly schedule?: readonly ScheduleTrigger[];
  readonly workflow_dispatch?: { readonly inputs?: Readonly<Record<string, WorkflowDispatchInput>> } | null;
  readonly workflow_call?: Readonly<Record<string, unknown>> | null;
  readonly release?: { readonly types?: readonly string[] } | null;
  readonly merge_group?: Readonly<Record<string, unknown>> | null;
}

/** @see https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idsteps */
interface StepBase {
  /** Steps are addressed by `id` in overrides, never by index. */
  readonly id?: string;
  readonly name?: string;
  readonly if?: Expression;
  readonly env?: Readonly<Record<string, string>>;
  readonly "continue-on-error"?: boolean;
  readonly "timeout-minutes"?: number;
}

export interface UsesStep extends StepBase {
  /** `owner/repo@<full sha>`, from `pinnedAction()`. */
  readonly uses: string;
  readonly with?: Readonly<Record<string, string | number | boolean>>;
}

export interface RunStep extends StepBase {
  readonly run: string;
  readonly shell?: "bash" | "sh" | "pwsh" | "python";
  readonly "working-directory"?: string;
}

export type Step = UsesStep | RunStep;

/** @see https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idservices */
export interface ServiceContainer {
  readonly image: string;
  readonly env?: Readonly<Record<string, string>>;
  readonly ports?: readonly string[];
  /** `docker create` options; health checks go here so the job waits for a healthy service. */
  readonly options?: string;
}

/** @see https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idenvironment */
export interface Environment {
  readonly name: string;
  readonly url?: Expression;
}

/** @see https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idstrategy */
export interface Strategy {
  readonly matrix: Readonly<Record<string, readonly (string | number)[] | Expression>>;
  readonly "fail-fast"?: boolean;
  readonly "max-parallel"?: number;
}

/** @see https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#jobs */
export interface Job {
  readonly name?: string;
  readonly "runs-on": string | readonly string[];
  readonly needs?: string | readonly string[];
  readonly if?: Expression;
  readonly permissions?: Permissions;
  readonly environment?: string | Environment;
  readonly concurrency?: Concurrency;
  /** Every generated job sets one: a hung job otherwise burns six hours of runner time. */
  readonly "timeout-minutes": number;
  readonly strategy?: Strategy;
  readonly env?: Readonly<Record<string, string>>;
  readonly defaults?: { readonly run?: { readonly shell?: string; readonly "working-directory"?: string } };
  readonly services?: Readonly<Record<string, ServiceContainer>>;
  readonly outputs?: Readonly<Record<string, Expression>>;
  readonly steps: readonly Step[];
}

/** @see https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions */
export interface Workflow {
  readonly name: string;
  readonly on: Triggers;
  /** Least privilege: `{}` or read-only at the top; jobs widen only what they need. */
  readonly permissions: Permissions;
  readonly concurrency?: Concurrency;
  readonly env?: Readonly<Record<string, string>>;
  readonly defaults?: { readonly run?: { readonly shell?: string; readonly "working-directory"?: string } };
  readonly jobs: Readonly<Record<string, Job>>;
}

export const isRunStep = (step: Step): step is RunStep => "run" in step;
export const isUsesStep = (step: Step): step is UsesStep => "uses" in step;
