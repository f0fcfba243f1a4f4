/**
 * The subset of the Compose specification the baseline writes, keys spelled as the spec spells them.
 * https://github.com/compose-spec/compose-spec/blob/main/spec.md
 */

export type DependsCondition = "service_started" | "service_healthy" | "service_completed_successfully";

/** https://github.com/compose-spec/compose-spec/blob/main/spec.md#healthcheck */
export interface ComposeHealthcheck {
  readonly test: readonly string[];
  readonly interval: string;
  readonly timeout: string;
  readonly retries: number;
  readonly start_period: string;
}

export interface ComposeBuild {
  readonly context: string;
  readonly dockerfile?: string;
}

export interface ComposeResources {
  readonly limits: { readonly cpus: string; readonly memory: string };
  readonly reservations?: { readonly memory: string };
}

/** https://github.com/compose-spec/compose-spec/blob/main/spec.md#services-top-level-element */
export interface ComposeService {
  readonly image?: string;
  readonly build?: ComposeBuild;
  readonly command?: readonly string[];
  readonly environment?: Readonly<Record<string, string>>;
  readonly ports?: readonly string[];
  readonly volumes?: readonly string[];
  readonly tmpfs?: readonly string[];
  readonly depends_on?: Readonly<Record<string, { readonly condition: DependsCondition }>>;
  readonly healthcheck?: ComposeHealthcheck;
  readonly networks?: readonly string[];
  readonly restart?: "no" | "always" | "on-failure" | "unless-stopped";
  readonly read_only?: boolean;
  readonly cap_drop?: readonly string[];
  readonly cap_add?: readonly string[];
  readonly security_opt?: readonly string[];
  readonly stop_grace_period?: string;
  readonly deploy?: { readonly resources: ComposeResources };
  readonly logging?: { readonly driver: string; readonly options: Readonly<Record<string, string>> };
}

export interface ComposeNetwork {
  /** No route out of the network: data services are reachable only from the app. */
  readonly internal?: boolean;
}

/** A whole compose file. Volumes and networks are named; `{}` means defaults. */
export interface ComposeFile {
  readonly name?: string;
  readonly services: Readonly<Record<string, ComposeService>>;
  readonly volumes?: Readonly<Record<string, Record<string, never>>>;
  readonly networks?: Readonly<Record<string, ComposeNetwork>>;
}

/** Services, volumes and networks another component adds to a compose file (e.g. a tunnel service). */
export interface ComposeAddition {
  readonly services?: Readonly<Record<string, ComposeService>>;
  readonly volumes?: Readonly<Record<string, Record<string, never>>>;
  readonly networks?: Readonly<Record<string, ComposeNetwork>>;
}
