import type { BaselineOptions } from "../../options/index.js";
import type { FileModel } from "../../synth/file-model.js";
import type { ComposeAddition } from "../compose/compose-model.js";
import { healthcheck } from "../compose/data-services.js";
import { pinnedImage } from "../docker/base-images.js";
import { limits, lockedDown, runtime } from "../compose/prod-compose.js";
import { LOG_RETENTION_DAYS, LOKI_PORT, lokiConfig } from "./loki-config.js";
import { DOCKER_LOGS, VECTOR_API, vectorComposeConfig } from "./vector-config.js";

export const LOKI_CONFIG_PATH = "deploy/logs/loki.yml";
export const VECTOR_CONFIG_PATH = "deploy/logs/vector.yml";
/** Loki and Vector only: the apps never talk to the log stack. */
const LOGS_NETWORK = "logs";

/**
 * Loki and Vector beside the apps in compose.prod.yml. Loki publishes no port (the edge is the host's
 * only way in): the runbooks query it with `docker compose exec`. Vector reads the log files read-only and runs as the
 * image's root only because Docker writes them root-owned (0640).
 */
export function logsComposeAddition(): ComposeAddition {
  return {
    services: {
      loki: {
        image: pinnedImage("grafana/loki:3.5.8"),
        command: [`-config.file=/etc/loki/loki.yml`],
        volumes: [`./${LOKI_CONFIG_PATH}:/etc/loki/loki.yml:ro`, "loki-data:/loki"],
        // The image is distroless/static:debug: busybox's wget lives in /busybox.
        healthcheck: healthcheck(["CMD", "/busybox/wget", "-q", "--spider", `http://127.0.0.1:${LOKI_PORT}/ready`], "30s"),
        networks: [LOGS_NETWORK],
        ...runtime(),
        ...lockedDown(),
        tmpfs: ["/tmp"],
        deploy: limits("0.5", "512M"),
      },
      vector: {
        image: pinnedImage("timberio/vector:0.58.0-alpine"),
        command: ["--config", "/etc/vector/vector.yml"],
        volumes: [`./${VECTOR_CONFIG_PATH}:/etc/vector/vector.yml:ro`, `${DOCKER_LOGS}:${DOCKER_LOGS}:ro`, "vector-data:/var/lib/vector"],
        depends_on: { loki: { condition: "service_healthy" } },
        healthcheck: healthcheck(["CMD", "wget", "-q", "--spider", `http://${VECTOR_API}/health`]),
        networks: [LOGS_NETWORK],
        ...runtime(),
        ...lockedDown(),
        tmpfs: ["/tmp"],
        deploy: limits("0.25", "128M"),
      },
    },
    volumes: { "loki-data": {}, "vector-data": {} },
    networks: { [LOGS_NETWORK]: {} },
  };
}

/** The two configuration files compose.prod.yml mounts. */
export function composeLogFiles(options: BaselineOptions, component: string): FileModel[] {
  return [
    {
      kind: "yaml",
      path: LOKI_CONFIG_PATH,
      component,
      headerComment: `Loki for compose.prod.yml: logs kept ${LOG_RETENTION_DAYS} days (compactor retention). Check: loki -config.file=${LOKI_CONFIG_PATH} -verify-config`,
      data: lokiConfig(),
    },
    {
      kind: "yaml",
      path: VECTOR_CONFIG_PATH,
      component,
      headerComment: `Vector for compose.prod.yml: ships this project's container logs to Loki. Check: vector validate --no-environment ${VECTOR_CONFIG_PATH}`,
      data: vectorComposeConfig(options),
    },
  ];
}
