import type { AppCandidate } from "./app-candidate.js";
import { baseOf, dirOf, selfAndAncestors } from "./paths.js";
import type { NodePackage } from "./read-package-json.js";
import type { RepoIndex } from "./repo-index.js";

/** Files that mark an app's folder when its dependencies live in a package.json above it. */
const MARKERS: readonly { pattern: RegExp; kind: AppCandidate["kind"]; needs: readonly string[]; what: string }[] = [
  { pattern: /^next\.config\.(js|cjs|mjs|ts)$/, kind: "nextjs", needs: ["next"], what: "a Next.js app" },
  { pattern: /^vite\.config\.(js|cjs|mjs|ts|mts)$/, kind: "react-vite", needs: ["react", "react-dom"], what: "a Vite app" },
  { pattern: /^app\.module\.ts$/, kind: "nestjs", needs: ["@nestjs/core"], what: "a NestJS app" },
];

/**
 * Apps found by their config files in integrated monorepos (Nx, hoisted pnpm workspaces), where one
 * package.json at the root declares every app's dependencies: apps/web/next.config.js is a Next.js
 * app in apps/web/ even though apps/web/ has no package.json, or one without next in it.
 */
export function findMarkerApps(index: RepoIndex): AppCandidate[] {
  const packages = new Map(index.nodePackages.map((p) => [p.dir, p]));
  const found = new Map<string, AppCandidate>();
  for (const path of index.paths) {
    const marker = MARKERS.find((m) => m.pattern.test(baseOf(path)));
    if (!marker) continue;
    // NestJS keeps app.module.ts in src/ or src/app/; the app folder is above src/.
    const appDir = marker.kind === "nestjs" ? nestAppDir(path) : dirOf(path);
    if (appDir === undefined) continue;
    // A package.json of its own that declares the framework is classified the ordinary way.
    const own = packages.get(appDir);
    if (own && marker.needs.some((dep) => own.deps.has(dep))) continue;
    const owner = ownerOf(appDir, packages);
    if (!owner || !marker.needs.some((dep) => owner.deps.has(dep))) continue;
    const role = marker.kind === "nestjs" ? "backend" : "frontend";
    const key = `${role}:${appDir}`;
    if (found.has(key)) continue;
    found.set(key, {
      role,
      kind: marker.kind,
      language: "node",
      dir: appDir,
      file: path,
      dirFile: path,
      reason: `${path} marks ${marker.what}, and ${owner.file} declares ${marker.needs.find((d) => owner.deps.has(d))}`,
      strength: 2,
      size: owner.deps.size,
      // Versions and the package manager come from the package.json that holds the dependencies.
      // Scripts and main come from the app's own package.json when it has one.
      node: { ...owner, dir: appDir, ...(own ? { scripts: own.scripts, scriptLines: own.scriptLines, scriptsFile: own.file, ...(own.main ? { main: own.main } : {}) } : {}) },
    });
  }
  return [...found.values()];
}

/** apps/api/src/app.module.ts or apps/api/src/app/app.module.ts → apps/api. */
function nestAppDir(path: string): string | undefined {
  const segments = dirOf(path).split("/");
  const src = segments.lastIndexOf("src");
  if (src < 0) return undefined;
  return src === 0 ? "." : segments.slice(0, src).join("/");
}

function ownerOf(dir: string, packages: ReadonlyMap<string, NodePackage>): NodePackage | undefined {
  for (const candidate of selfAndAncestors(dir).slice(1)) {
    const owner = packages.get(candidate);
    if (owner) return owner;
  }
  return undefined;
}

/**
 * Drops a package's own candidate when marker apps below it show where its apps really are (the
 * root of an Nx repo declares next, but the app is apps/web/).
 */
export function preferMarkerApps(packageApps: readonly AppCandidate[], markerApps: readonly AppCandidate[]): AppCandidate[] {
  const explained = new Set(markerApps.map((m) => `${m.kind}:${m.node?.file}`));
  return [...packageApps.filter((app) => !explained.has(`${app.kind}:${app.node?.file}`)), ...markerApps];
}
