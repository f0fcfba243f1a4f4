/** How long Loki keeps logs: the same 30 days as CloudWatch Logs (ECS) and Log Analytics (Container Apps). */
export const LOG_RETENTION_DAYS = 30;

/** Port Loki serves its HTTP API (push, query, /ready) on. */
export const LOKI_PORT = 3100;

/**
 * A single-binary Loki on its filesystem: TSDB index, schema v13, and retention applied by the
 * compactor (retention_period alone deletes nothing). https://grafana.com/docs/loki/latest/operations/storage/retention/
 */
export function lokiConfig(): unknown {
  return {
    auth_enabled: false,
    server: { http_listen_port: LOKI_PORT, grpc_listen_port: 9096, log_level: "warn" },
    common: {
      instance_addr: "127.0.0.1",
      path_prefix: "/loki",
      storage: { filesystem: { chunks_directory: "/loki/chunks", rules_directory: "/loki/rules" } },
      replication_factor: 1,
      ring: { kvstore: { store: "inmemory" } },
    },
    schema_config: {
      configs: [{ from: "2024-04-01", store: "tsdb", object_store: "filesystem", schema: "v13", index: { prefix: "index_", period: "24h" } }],
    },
    limits_config: { retention_period: `${LOG_RETENTION_DAYS * 24}h`, reject_old_samples: true, reject_old_samples_max_age: "168h" },
    compactor: {
      working_directory: "/loki/compactor",
      compaction_interval: "10m",
      retention_enabled: true,
      retention_delete_delay: "2h",
      delete_request_store: "filesystem",
    },
    analytics: { reporting_enabled: false },
  };
}
