import { joinPath } from "./paths.js";
import type { NodePackage } from "./read-package-json.js";
import type { RepoIndex } from "./repo-index.js";

const FRONTEND_CONFIGS = ["next.config.js", "next.config.mjs", "next.config.ts", "next.config.cjs", "vite.config.ts", "vite.config.js", "vite.config.mjs", "vite.config.mts"];
const BACKEND_CONFIGS = ["nest-cli.json"];
const PAGE_FOLDERS = ["app", "pages", "src/app", "src/pages"];
const ENTRY_FILES = ["index.html", "src/main.ts", "src/main.tsx", "src/index.ts", "src/index.tsx", "src/main.js", "src/index.js", "server.js", "app.js", "index.js", "src/server.ts", "src/app.ts"];

/**
 * What makes a package.json folder look like a deployable app rather than a stray manifest: its
 * framework's config file, a pages or app folder, an entry point, a build or start script, a
 * Dockerfile, a mention in compose or CI. Depth alone must not decide: a root package.json with
 * none of these loses to apps/web, which has them.
 */
export function nodeAppSignals(index: RepoIndex, pkg: NodePackage, role: "backend" | "frontend"): string[] {
  const has = (rel: string) => index.pathSet.has(joinPath(pkg.dir, rel));
  const hasFolder = (rel: string) => {
    const prefix = `${joinPath(pkg.dir, rel)}/`;
    return index.paths.some((p) => p.startsWith(prefix));
  };
  const signals: string[] = [];
  const config = (role === "frontend" ? FRONTEND_CONFIGS : BACKEND_CONFIGS).find(has);
  if (config) signals.push(`${joinPath(pkg.dir, config)} configures the framework`);
  if (role === "frontend") {
    const pages = PAGE_FOLDERS.find(hasFolder);
    if (pages) signals.push(`${joinPath(pkg.dir, pages)}/ holds its pages`);
  }
  const entry = ENTRY_FILES.find(has);
  if (entry) signals.push(`${joinPath(pkg.dir, entry)} is an entry point`);
  const script = ["build", "start", "start:prod"].find((s) => pkg.scripts.has(s));
  if (script) signals.push(`${pkg.file} has a ${script} script`);
  if (has("Dockerfile")) signals.push(`${joinPath(pkg.dir, "Dockerfile")} builds it`);
  if (pkg.dir !== "." && [...index.files].some(([file, text]) => /(^|\/)(docker-)?compose[\w.-]*\.ya?ml$/.test(file) && text.includes(pkg.dir))) {
    signals.push(`a compose file builds ${pkg.dir}/`);
  }
  return signals;
}
