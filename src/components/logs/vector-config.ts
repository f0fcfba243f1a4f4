import type { BaselineOptions } from "../../options/index.js";
import { LOKI_PORT } from "./loki-config.js";

/** Address of Vector's API; its /health route is what the healthchecks and probes ask. */
export const VECTOR_API = "127.0.0.1:8686";

/** Where Docker's json-file driver writes each container's log (compose.prod.yml mounts it read-only). */
export const DOCKER_LOGS = "/var/lib/docker/containers";

const lokiSink = (endpoint: string, inputs: readonly string[], labels: Readonly<Record<string, string>>): unknown => ({
  type: "loki",
  inputs,
  endpoint,
  // The apps already log JSON lines (docs/configuration.md): ship the line as written, query it with `| json`.
  encoding: { codec: "text" },
  labels,
  out_of_order_action: "accept",
});

/**
 * Vector on a compose host: tails Docker's json-file logs (no Docker socket: the file mount gives no
 * control over the daemon), keeps this project's containers, names them by the compose service label
 * that compose.prod.yml's logging options copy into each line, and pushes to Loki.
 */
export function vectorComposeConfig(options: BaselineOptions): unknown {
  return {
    data_dir: "/var/lib/vector",
    api: { enabled: true, address: VECTOR_API },
    sources: { docker: { type: "file", include: [`${DOCKER_LOGS}/*/*-json.log`], read_from: "beginning" } },
    transforms: {
      parsed: {
        type: "remap",
        inputs: ["docker"],
        source: [
          "entry = object!(parse_json!(string!(.message)))",
          "attrs = object(entry.attrs) ?? {}",
          '.project = string(attrs."com.docker.compose.project") ?? ""',
          '.service = string(attrs."com.docker.compose.service") ?? "unknown"',
          '.stream = string(entry.stream) ?? "stdout"',
          ".timestamp = parse_timestamp(string(entry.time) ?? \"\", \"%+\") ?? now()",
          '.message = strip_whitespace(string(entry.log) ?? "")',
        ].join("\n"),
      },
      project: { type: "filter", inputs: ["parsed"], condition: `.project == ${JSON.stringify(options.name)}` },
    },
    sinks: { loki: lokiSink(`http://loki:${LOKI_PORT}`, ["project"], { project: options.name, service: "{{ service }}", stream: "{{ stream }}" }) },
  };
}

/**
 * Vector as a Kubernetes DaemonSet: the `kubernetes_logs` source reads /var/log/pods on its node and
 * adds pod metadata from the API (hence the ClusterRole), for the app's namespaces only. Pod names
 * stay out of the labels: one stream per pod restart would multiply Loki's index.
 */
export function vectorKubernetesConfig(options: BaselineOptions, lokiUrl: string, namespaces: readonly string[]): unknown {
  return {
    data_dir: "/vector-data-dir",
    api: { enabled: true, address: `0.0.0.0:${VECTOR_API.split(":")[1]}` },
    sources: {
      pods: {
        type: "kubernetes_logs",
        extra_namespace_label_selector: `kubernetes.io/metadata.name in (${namespaces.join(",")})`,
      },
    },
    transforms: {
      labelled: {
        type: "remap",
        inputs: ["pods"],
        source: [
          '.namespace = .kubernetes.pod_namespace',
          '.container = .kubernetes.container_name',
          '.component = string(.kubernetes.pod_labels."app.kubernetes.io/component") ?? "unknown"',
        ].join("\n"),
      },
    },
    sinks: {
      loki: lokiSink(lokiUrl, ["labelled"], {
        project: options.name,
        namespace: "{{ namespace }}",
        component: "{{ component }}",
        container: "{{ container }}",
        stream: "{{ stream }}",
      }),
    },
  };
}
