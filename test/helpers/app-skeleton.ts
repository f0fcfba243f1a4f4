import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseOptions, type BaselineConfig } from "../../src/options/index.js";

const LOCKFILE: Record<string, string> = { npm: "package-lock.json", pnpm: "pnpm-lock.yaml", yarn: "yarn.lock", bun: "bun.lock" };

/**
 * The least a repository must hold for a config's references to resolve (synth refuses otherwise):
 * the Python app module, manage.py or alembic.ini, the lockfile, package.json with its build script,
 * next.config with the chosen output mode. For tests about the ownership engine, not about apps.
 */
export function writeAppSkeleton(root: string, config: BaselineConfig): void {
  const o = parseOptions(config);
  const put = (path: string, text = "") => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  const at = (...parts: string[]) => parts.filter((p) => p && p !== ".").join("/");
  const { backend, frontend } = o;
  if (backend.kind === "django" || backend.kind === "fastapi") {
    const [module] = backend.app.split(":");
    put(at(backend.dir, backend.appDir, `${module!.split(".").join("/")}.py`), "application = None\n");
    if (backend.settingsModule) put(at(backend.dir, backend.migrationsDir, `${backend.settingsModule.split(".").join("/")}.py`));
    if (backend.kind === "django") put(at(backend.dir, backend.migrationsDir, "manage.py"), "import django\n");
    if (backend.kind === "fastapi") put(at(backend.dir, backend.migrationsDir, "alembic.ini"), "[alembic]\n");
    const lock = { pip: "requirements.txt", poetry: "poetry.lock", uv: "uv.lock" }[backend.packageManager as "pip"] ?? "requirements.txt";
    put(at(backend.dir, lock), backend.kind === "django" ? "django\n" : "fastapi\n");
  }
  const node = (dir: string, context: string, pm: string, build: boolean) => {
    put(at(dir, "package.json"), `${JSON.stringify({ name: "app", private: true, scripts: build ? { build: "true" } : {} }, null, 2)}\n`);
    put(at(context, LOCKFILE[pm] ?? "package-lock.json"), pm === "npm" ? "{}\n" : "");
  };
  if (backend.kind === "express" || backend.kind === "nestjs") node(backend.dir, backend.context, backend.packageManager, backend.kind === "nestjs" || typeof backend.buildScript === "string");
  if (frontend.kind !== "none") {
    node(frontend.dir, frontend.context ?? frontend.dir, frontend.packageManager, true);
    if (frontend.kind === "nextjs" && frontend.nextOutput !== "default") put(at(frontend.dir, "next.config.mjs"), `export default { output: "${frontend.nextOutput}" };\n`);
  }
}
