import fc from "fast-check";
import { validate } from "dockerfile-utils";
import { describe, expect, it } from "vitest";
import { compose } from "../../../src/components/compose/index.js";
import { docker } from "../../../src/components/docker/index.js";
import { parseOptions, type BaselineConfig } from "../../../src/options/index.js";
import { renderFiles } from "../../../src/synth/render-files.js";
import { parse } from "yaml";
import { checkDockerfile } from "../../validators/dockerfile-rules.js";
import { composeSchemaErrors } from "../compose/compose-schema.js";

const dir = fc.constantFrom(".", "api", "web", "apps/web", "services/api-server");
const config: fc.Arbitrary<BaselineConfig> = fc.record({
  name: fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/),
  backend: fc.oneof(
    fc.record({ kind: fc.constantFrom("django", "fastapi"), dir, packageManager: fc.constantFrom("pip", "poetry", "uv"), version: fc.constantFrom("3.11", "3.12.7", "3.13"), port: fc.integer({ min: 1024, max: 65535 }) }),
    fc.record({ kind: fc.constantFrom("express", "nestjs"), dir, packageManager: fc.constantFrom("npm", "pnpm", "yarn", "bun"), version: fc.constantFrom("22", "24.1.0"), port: fc.integer({ min: 1024, max: 65535 }), context: fc.constant(".") }, { requiredKeys: ["kind", "dir", "packageManager", "version", "port"] }),
    fc.constant({ kind: "none" as const }),
  ),
  frontend: fc.oneof(
    fc.record({ kind: fc.constantFrom("nextjs", "react-vite"), dir, packageManager: fc.constantFrom("npm", "pnpm", "yarn", "bun"), nodeVersion: fc.constantFrom("22", "24"), context: fc.constant(".") }, { requiredKeys: ["kind", "dir", "packageManager", "nodeVersion"] }),
    fc.constant({ kind: "none" as const }),
  ),
  database: fc.constantFrom("postgres", "postgis", "sqlite", "none"),
  cache: fc.constantFrom("redis", "none"),
  objectStorage: fc.constantFrom("minio", "s3", "none"),
  deploy: fc.record({ healthPath: fc.constantFrom("/health", "/healthz", "/api/health") }),
}) as fc.Arbitrary<BaselineConfig>;

describe("docker and compose for arbitrary names, directories, ports and versions", () => {
  it("always pass the Dockerfile rules, dockerfile-utils and the Compose schema", () => {
    fc.assert(
      fc.property(config, (cfg) => {
        const options = parseOptions(cfg);
        const files = renderFiles([...docker.render(options), ...compose.render(options)], options);
        const paths = files.map((f) => f.path);
        expect(new Set(paths).size).toBe(paths.length);
        for (const f of files) {
          if (/(^|\/)Dockerfile(\.(backend|frontend))?$/.test(f.path)) {
            expect(checkDockerfile(f.content), f.path).toEqual([]);
            expect(validate(f.content), f.path).toEqual([]);
          }
          if (/^(docker-compose|compose\.[a-z]+)\.yml$/.test(f.path) && f.component === "compose") {
            expect(composeSchemaErrors(parse(f.content), f.path)).toEqual([]);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
