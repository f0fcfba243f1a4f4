import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { compose, type ComposeFile } from "../../../src/components/compose/index.js";
import { LOG_RETENTION_DAYS, LOKI_CONFIG_PATH, VECTOR_CONFIG_PATH } from "../../../src/components/logs/index.js";
import { parseOptions } from "../../../src/options/index.js";
import { renderFiles } from "../../../src/synth/render-files.js";
import { pinFor } from "../../../src/components/docker/base-images.js";
import { prettierFindings } from "../../validators/prettier-check.js";

const options = parseOptions({ name: "shop", backend: { kind: "django", dir: "backend" }, frontend: { kind: "nextjs", dir: "frontend" }, database: "postgres", cloud: "compose" });
const files = renderFiles(compose.render(options), options);
const yamlOf = <T>(path: string): T => parse(files.find((f) => f.path === path)!.content) as T;
type Obj = Record<string, any>;

describe("logs on compose: Vector ships to Loki, kept for the retention period", () => {
  const prod = yamlOf<ComposeFile>("compose.prod.yml");
  const loki = yamlOf<Obj>(LOKI_CONFIG_PATH);
  const vector = yamlOf<Obj>(VECTOR_CONFIG_PATH);

  it("writes both configs in prettier's YAML form", async () => {
    for (const path of [LOKI_CONFIG_PATH, VECTOR_CONFIG_PATH]) expect(await prettierFindings(files.find((f) => f.path === path)!.content, path, "yaml")).toEqual([]);
  });

  it("Loki deletes logs after the retention period through the compactor", () => {
    expect(loki.limits_config.retention_period).toBe(`${LOG_RETENTION_DAYS * 24}h`);
    expect(loki.compactor).toMatchObject({ retention_enabled: true, delete_request_store: "filesystem" });
    expect(loki.schema_config.configs[0]).toMatchObject({ store: "tsdb", schema: "v13" });
    // Everything Loki writes is under the volume mounted at /loki.
    expect([loki.common.path_prefix, loki.compactor.working_directory, loki.common.storage.filesystem.chunks_directory].every((p: string) => p.startsWith("/loki"))).toBe(true);
  });

  it("both services run pinned images with healthchecks, mount their configs, and never the Docker socket", () => {
    for (const [name, key] of [["loki", "grafana/loki:3.5.8"], ["vector", "timberio/vector:0.58.0-alpine"]] as const) {
      const service = prod.services[name]!;
      expect(service.image).toBe(`${pinFor(key)!.image}:${pinFor(key)!.tag}@${pinFor(key)!.digest}`);
      expect(service.healthcheck?.test.join(" ")).toMatch(/wget -q --spider http:\/\/127\.0\.0\.1:\d+\/(ready|health)/);
      expect(service.read_only).toBe(true);
      expect(service.volumes!.some((v) => v.includes("docker.sock"))).toBe(false);
    }
    expect(prod.services.vector!.volumes).toContain(`./${VECTOR_CONFIG_PATH}:/etc/vector/vector.yml:ro`);
    expect(prod.services.vector!.volumes).toContain("/var/lib/docker/containers:/var/lib/docker/containers:ro");
    expect(prod.services.loki!.volumes).toContain(`./${LOKI_CONFIG_PATH}:/etc/loki/loki.yml:ro`);
    // The edge stays the host's only way in: the log stack publishes nothing.
    expect(prod.services.loki!.ports).toBeUndefined();
    expect(prod.services.vector!.ports).toBeUndefined();
  });

  it("every app service writes the compose labels Vector names streams by", () => {
    const apps = Object.entries(prod.services).filter(([name]) => !["loki", "vector"].includes(name));
    expect(apps.length).toBeGreaterThan(2);
    for (const [, service] of apps) expect(service.logging?.options.labels).toBe("com.docker.compose.project,com.docker.compose.service");
  });

  it("Vector tails the json-file logs, keeps this project's containers and pushes to the loki service", () => {
    expect(vector.sources.docker).toMatchObject({ type: "file", include: ["/var/lib/docker/containers/*/*-json.log"] });
    expect(vector.transforms.project).toMatchObject({ type: "filter", inputs: ["parsed"], condition: '.project == "shop"' });
    expect(vector.transforms.parsed.source).toContain('attrs."com.docker.compose.service"');
    expect(vector.sinks.loki).toMatchObject({ type: "loki", inputs: ["project"], endpoint: "http://loki:3100", labels: { project: "shop", service: "{{ service }}" } });
    // Every input names a source or transform that exists.
    const known = new Set([...Object.keys(vector.sources), ...Object.keys(vector.transforms)]);
    const inputs = [...Object.values<Obj>(vector.transforms), ...Object.values<Obj>(vector.sinks)].flatMap((c) => c.inputs as string[]);
    expect(inputs.filter((i) => !known.has(i))).toEqual([]);
    // Vector's data_dir is the named volume, so restarts resume where they stopped instead of re-sending.
    expect(prod.services.vector!.volumes).toContain(`vector-data:${vector.data_dir}`);
  });
});
