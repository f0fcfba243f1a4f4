import { BACKENDS, FRONTENDS, NODE_PACKAGE_MANAGERS, PYTHON_PACKAGE_MANAGERS, parseOptions, type BaselineOptions } from "../../../src/options/index.js";

const DATABASES = ["postgres", "postgis", "none", "sqlite"] as const;
const NODE_ORMS = ["prisma", "typeorm", "none"] as const;
const LAYOUTS = [
  { backend: "backend", frontend: "frontend" },
  { backend: ".", frontend: "web" },
  { backend: "apps/api", frontend: "apps/api" }, // one directory for both: Dockerfile.<role>
] as const;

/**
 * Every backend × frontend (including none) × package manager of each, with database, cache,
 * layout and dependency tool cycled through so each value appears across the matrix.
 */
export function optionMatrix(): { readonly label: string; readonly options: BaselineOptions }[] {
  const out: { label: string; options: BaselineOptions }[] = [];
  let i = 0;
  for (const backend of BACKENDS) {
    const backendPms: readonly (string | undefined)[] =
      backend === "none" ? [undefined] : backend === "django" || backend === "fastapi" ? PYTHON_PACKAGE_MANAGERS : NODE_PACKAGE_MANAGERS;
    for (const backendPm of backendPms) {
      for (const frontend of FRONTENDS) {
        const frontendPms: readonly (string | undefined)[] = frontend === "none" ? [undefined] : NODE_PACKAGE_MANAGERS;
        for (const frontendPm of frontendPms) {
          if (backend === "none" && frontend === "none") continue;
          const layout = LAYOUTS[i % LAYOUTS.length]!;
          const database = DATABASES[i % DATABASES.length]!;
          const config = {
            name: "shop",
            backend:
              backend === "none"
                ? { kind: "none" }
                : { kind: backend, dir: layout.backend, packageManager: backendPm, ...(backend === "express" || backend === "nestjs" ? { orm: NODE_ORMS[i % 3] } : {}) },
            frontend: frontend === "none" ? { kind: "none" } : { kind: frontend, dir: layout.frontend, packageManager: frontendPm },
            database: backend === "none" ? "none" : database,
            cache: i % 2 === 0 ? "redis" : "none",
            securitySeverity: i % 5 === 0 ? ["MEDIUM", "HIGH", "CRITICAL"] : ["HIGH", "CRITICAL"],
            dependencyUpdates: i % 7 === 3 ? "renovate" : "dependabot",
          };
          out.push({ label: `${backend}/${backendPm ?? "-"} + ${frontend}/${frontendPm ?? "-"}`, options: parseOptions(config) });
          i++;
        }
      }
    }
  }
  return out;
}
