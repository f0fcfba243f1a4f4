import { serviceTargets, type ServiceTarget } from "../../clouds/index.js";
import type { Environment } from "../../clouds/types.js";
import type { BaselineOptions } from "../../options/index.js";
import { staticPaths } from "./static-paths.js";

/** One public name: which environment and service it serves. */
export interface EdgeHost {
  /** `<environment>-<key>`, the key the Terraform skeletons give each environment's service. */
  readonly id: string;
  readonly environment: Environment;
  readonly key: ServiceTarget["key"];
  readonly host: string;
  /** The name relative to the DNS zone ("@" for the apex of the zone). */
  readonly record: string;
  /** Paths whose responses are content-hashed or collected static files: the edge caches them long. */
  readonly staticPaths: readonly string[];
}

/**
 * Public names, as compose and the ingress name them: the frontend at <domain> and the API at
 * api.<domain> (the only service takes <domain>); staging adds a `staging` label under the same
 * domain, so one certificate for <domain> and *.<domain> covers every name.
 */
export function edgeHosts(options: BaselineOptions): EdgeHost[] {
  const domain = options.deploy.domain;
  if (!domain) return [];
  const services = serviceTargets(options);
  const both = services.length > 1;
  const zone = options.edge.dnsZone ?? domain;
  return (["production", "staging"] as const).flatMap((environment) =>
    services.map((svc) => {
      const label = [svc.key === "api" && both ? "api" : "", environment === "staging" ? "staging" : ""].filter(Boolean).join("-");
      const host = label ? `${label}.${domain}` : domain;
      const record = host === zone ? "@" : host.slice(0, -(zone.length + 1));
      return { id: `${environment}-${svc.key}`, environment, key: svc.key, host, record, staticPaths: staticPaths(options).filter((p) => p.key === svc.key).map((p) => `${p.prefix}*`) };
    }),
  );
}
