export { composeLogFiles, logsComposeAddition, LOKI_CONFIG_PATH, VECTOR_CONFIG_PATH } from "./compose-logs.js";
export { LOG_RETENTION_DAYS, LOKI_PORT, lokiConfig } from "./loki-config.js";
export { vectorComposeConfig, vectorKubernetesConfig } from "./vector-config.js";
export { KUBERNETES_LOGGING_DIR, kubernetesLogObjects, loggingNamespace } from "./kubernetes-logs.js";
export { ERROR_PATTERN, lokiErrorQuery, lokiErrorQueryInContainer } from "./log-query.js";
