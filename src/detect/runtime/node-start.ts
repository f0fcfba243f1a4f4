import type { NodePackage } from "../read-package-json.js";
import { joinPath } from "../paths.js";
import type { RepoIndex } from "../repo-index.js";
import { bestHealthRoute, joinUrl, type HealthRoute } from "./health-route.js";
import type { RuntimeFact } from "./facts.js";

/** Commands that run an app in development (watchers, TypeScript on the fly): never what an image runs. */
const DEV_COMMAND = /\b(nest start(?![^&|;]*--prod)|nodemon|ts-node|ts-node-dev|tsx|vite|next dev|webpack|--watch)\b/;

/** `NODE_ENV=production node --enable-source-maps dist/main` → ["node", "--enable-source-maps", "dist/main"]. */
export function nodeArgv(line: string): string[] | undefined {
  const words = line.trim().split(/\s+/);
  while (words[0] && /^[A-Z_][A-Z0-9_]*=/.test(words[0])) words.shift();
  if (words[0] === "cross-env") {
    words.shift();
    while (words[0] && /^[A-Z_][A-Z0-9_]*=/.test(words[0])) words.shift();
  }
  if (words[0] !== "node" || words.length < 2) return undefined;
  // Only a plain `node [flags] <file>` is taken over; chains and redirections are not.
  if (words.some((w) => /[;&|<>$`]/.test(w))) return undefined;
  return words;
}

/**
 * The command an image runs for a Node.js backend: `start:prod`, then a `start` that is not a dev
 * command, then package.json's `main`. Undefined when none of them is a plain `node` command.
 */
export function startCommand(pkg: NodePackage): RuntimeFact | undefined {
  const file = pkg.scriptsFile ?? pkg.file;
  for (const script of ["start:prod", "start"]) {
    const line = pkg.scriptLines.get(script);
    if (!line) continue;
    if (DEV_COMMAND.test(line)) continue;
    const argv = nodeArgv(line);
    if (argv) return { key: "start", value: argv, file, reason: `${file} script ${script} runs \`${line}\`` };
  }
  if (pkg.main) return { key: "start", value: ["node", pkg.main], file, reason: `${file} has main ${pkg.main} and no production start script` };
  return undefined;
}

/** The build script, when package.json has one. */
export function buildScriptFact(pkg: NodePackage): RuntimeFact {
  const file = pkg.scriptsFile ?? pkg.file;
  return pkg.scripts.has("build")
    ? { key: "buildScript", value: "build", file, reason: `${file} has a build script` }
    : { key: "buildScript", value: false, file, reason: `${file} has no build script: the image runs the sources as they are` };
}

/** The repository's own migration scripts, in the order the first one wins. */
export const MIGRATE_SCRIPTS = ["migrate", "migration:run", "migrations:run", "db:migrate"] as const;

/**
 * The package.json script that applies migrations, when the repository has one: CI's migrate step and the
 * deploy's migration command run it. With TypeORM, the data source it names (`-d`, `--dataSource`) is the
 * one the CI migration check compares with the database.
 */
export function migrateScriptFacts(pkg: NodePackage): RuntimeFact[] {
  const file = pkg.scriptsFile ?? pkg.file;
  const script = MIGRATE_SCRIPTS.find((name) => pkg.scripts.has(name));
  if (!script) return [];
  const line = pkg.scriptLines.get(script) ?? "";
  const facts: RuntimeFact[] = [{ key: "migrateScript", value: script, file, reason: `${file} has a ${script} script (\`${line}\`): migrations run through it in CI and at deploy` }];
  const dataSource = /(?:^|\s)(?:-d|--dataSource|--data-source)(?:=|\s+)["']?([^\s"';&|]+)/.exec(line)?.[1];
  if (dataSource && /\btypeorm/.test(line)) {
    facts.push({ key: "dataSource", value: dataSource.replace(/^\.\//, ""), file, reason: `${file} script ${script} runs TypeORM with the data source ${dataSource}` });
  }
  return facts;
}

/** Entry and route files of the package detection read (src/ and the package root). */
export function sourceFiles(index: RepoIndex, dir: string): string[] {
  return [...index.files.keys()].filter((p) => (p.startsWith(joinPath(dir, "src/")) || (p.startsWith(dir === "." ? "" : `${dir}/`) && !p.slice(dir === "." ? 0 : dir.length + 1).includes("/"))) && /\.(ts|js|mjs|cjs)$/.test(p));
}

/** `listen(process.env.PORT || 4000)`, `const PORT = process.env.PORT ?? 8080`, `configService.get("PORT", 3001)`. */
export function listenPort(index: RepoIndex, files: readonly string[]): RuntimeFact | undefined {
  const patterns = [
    /process\.env\.PORT\s*(?:\|\||\?\?)\s*["']?(\d{2,5})\b/,
    /\.get(?:<\w+>)?\(\s*["']PORT["']\s*,\s*["']?(\d{2,5})\b/,
    /\.listen\(\s*(\d{2,5})\b/,
  ];
  for (const file of files) {
    const text = index.files.get(file) ?? "";
    for (const pattern of patterns) {
      const port = Number(pattern.exec(text)?.[1]);
      if (port > 0 && port < 65536) return { key: "port", value: port, file, reason: `${file} listens on ${port} when PORT is unset` };
    }
  }
  return undefined;
}

/** Express routes on the app or a router, named or not: `app.get("/health", …)`, `router.all('/healthz', …)`, `healthRouter.get("/health", …)`. */
export function expressHealthRoute(index: RepoIndex, files: readonly string[]): HealthRoute | undefined {
  const routes: HealthRoute[] = [];
  for (const file of files) {
    for (const m of (index.files.get(file) ?? "").matchAll(/\b(?:app|server|api|routes|\w*[Rr]outer)\.(?:get|all|head|use)\(\s*["'`]([^"'`]+)["'`]/g)) routes.push({ path: joinUrl(m[1] ?? ""), file });
  }
  return bestHealthRoute(routes);
}

/** Nest: `@Controller("health")` with a bare `@Get()`, or `@Get("health")`, under `setGlobalPrefix("api")` unless excluded. */
export function nestHealthRoute(index: RepoIndex, files: readonly string[]): HealthRoute | undefined {
  let prefix = "";
  let excluded = "";
  for (const file of files) {
    const text = index.files.get(file) ?? "";
    const global = /setGlobalPrefix\(\s*["'`]([^"'`]+)["'`](.*)\)/.exec(text);
    if (global?.[1]) {
      prefix = global[1];
      excluded = global[2] ?? "";
    }
  }
  const routes: HealthRoute[] = [];
  for (const file of files.filter((f) => f.endsWith(".controller.ts"))) {
    const text = index.files.get(file) ?? "";
    const controller = /@Controller\(\s*(?:["'`]([^"'`]*)["'`])?/.exec(text)?.[1] ?? "";
    for (const m of text.matchAll(/@Get\(\s*(?:["'`]([^"'`]*)["'`])?\s*\)/g)) {
      const local = joinUrl(controller, m[1] ?? "");
      const name = local.replace(/^\//, "");
      const path = prefix && !excluded.includes(name) ? joinUrl(prefix, local) : local;
      routes.push({ path, file });
    }
  }
  return bestHealthRoute(routes);
}
