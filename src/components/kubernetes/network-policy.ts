import type { BaselineOptions } from "../../options/index.js";
import { labels } from "./workloads.js";

/** A one-way NetworkPolicy for the pods of one of this project's components: the rules say who may talk to them, or whom they may reach. */
export function componentPolicy(options: BaselineOptions, name: string, component: string, direction: "Ingress" | "Egress", rules: readonly unknown[]) {
  return {
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: { name, labels: labels(options, "network") },
    spec: {
      podSelector: { matchLabels: { "app.kubernetes.io/component": component, "app.kubernetes.io/part-of": options.name } },
      policyTypes: [direction],
      [direction === "Ingress" ? "ingress" : "egress"]: rules,
    },
  };
}
