import type { AppCandidate } from "./app-candidate.js";
import { nodeAppSignals } from "./app-signals.js";
import { joinPath } from "./paths.js";
import type { NodePackage } from "./read-package-json.js";
import { isOutsideApp, type RepoIndex } from "./repo-index.js";

/** Node.js servers and frontends the baseline has no pieces for; reported instead of guessed. */
const UNSUPPORTED_SERVERS: Record<string, string> = {
  fastify: "Fastify", koa: "Koa", "@hapi/hapi": "hapi", hono: "Hono", "@adonisjs/core": "AdonisJS",
  sails: "Sails", "@feathersjs/feathers": "Feathers",
};
const UNSUPPORTED_FRONTENDS: Record<string, string> = {
  nuxt: "Nuxt",
  "@sveltejs/kit": "SvelteKit",
  "@angular/core": "Angular",
  "react-scripts": "Create React App",
  gatsby: "Gatsby",
  "@remix-run/react": "Remix",
  vue: "Vue",
  svelte: "Svelte",
  "solid-js": "Solid",
};

/** Server-rendering frameworks built on Vite: `vite build` there does not give a static site. */
const SSR_ON_VITE: Record<string, string> = {
  "@remix-run/dev": "Remix",
  "@react-router/dev": "React Router framework-mode",
  "@tanstack/react-start": "TanStack Start",
  vike: "Vike",
  waku: "Waku",
  astro: "Astro",
  "@redwoodjs/core": "RedwoodJS",
};
/** Bundlers other than Vite; a React app built with one of them is not the react-vite baseline. */
const OTHER_BUNDLERS = ["webpack", "parcel", "@rspack/core", "@rsbuild/core"];

/** Node.js backends (NestJS, Express) and frontends (Next.js, React + Vite), one per package.json. */
export function findNodeApps(index: RepoIndex): AppCandidate[] {
  const candidates: AppCandidate[] = [];
  for (const pkg of index.nodePackages) {
    // Published packages with entry points are libraries; a private one may be an app that exports
    // its types to the others (a Nest backend imported by the frontend), so it stays, ranked lower.
    if (pkg.library && !pkg.private) continue;
    const frontend = classifyFrontend(pkg, index);
    if (frontend) candidates.push(frontend);
    const backend = classifyBackend(pkg, frontend?.kind, index);
    if (backend) candidates.push(backend);
  }
  return candidates;
}

function classifyFrontend(pkg: NodePackage, index: RepoIndex): AppCandidate | undefined {
  const base = { role: "frontend" as const, language: "node" as const, ...located(pkg, index), signals: nodeAppSignals(index, pkg, "frontend") };
  if (pkg.deps.has("next")) {
    return { ...base, kind: "nextjs", reason: `${pkg.file} depends on next`, strength: 2 };
  }
  const ssr = Object.keys(SSR_ON_VITE).find((name) => pkg.deps.has(name));
  const spa = ssr === "@react-router/dev" ? spaModeConfig(pkg, index) : undefined;
  if (spa) {
    return { ...base, kind: "react-vite", reason: `${spa} sets ssr: false, so React Router builds a static Vite app`, strength: 2 };
  }
  if (ssr) {
    if (!isOutsideApp(pkg.dir)) index.unsupported.push({ role: "frontend", framework: SSR_ON_VITE[ssr] ?? ssr, file: pkg.file });
    return undefined;
  }
  const react = pkg.deps.has("react") || pkg.deps.has("react-dom");
  const viteConfig = ["vite.config.ts", "vite.config.js", "vite.config.mjs", "vite.config.mts"]
    .map((name) => joinPath(pkg.dir, name))
    .find((p) => index.pathSet.has(p));
  const vite = pkg.deps.has("vite") || pkg.deps.has("@vitejs/plugin-react") || pkg.deps.has("@vitejs/plugin-react-swc");
  if (react && (vite || viteConfig) && !pkg.deps.has("react-scripts")) {
    const how = vite ? "vite" : `a Vite config (${viteConfig})`;
    return { ...base, kind: "react-vite", reason: `${pkg.file} depends on react and ${how}`, strength: 2 };
  }
  const bundler = OTHER_BUNDLERS.find((name) => pkg.deps.has(name));
  const other =
    Object.keys(UNSUPPORTED_FRONTENDS).find((name) => pkg.deps.has(name)) ??
    (pkg.deps.has("react-dom") && bundler ? `React built with ${bundler}` : undefined);
  // A component library or a Node server may list vue/svelte as peers; only app-like packages warn.
  if (other && !pkg.workspaceRoot && !isOutsideApp(pkg.dir)) {
    index.unsupported.push({ role: "frontend", framework: UNSUPPORTED_FRONTENDS[other] ?? other, file: pkg.file });
  }
  return undefined;
}

function classifyBackend(pkg: NodePackage, frontend: AppCandidate["kind"] | undefined, index: RepoIndex): AppCandidate | undefined {
  const base = { role: "backend" as const, language: "node" as const, ...located(pkg, index), signals: nodeAppSignals(index, pkg, "backend") };
  // Nest runs on Express underneath, so @nestjs/core decides before express does.
  if (pkg.deps.has("@nestjs/core")) {
    return { ...base, kind: "nestjs", reason: `${pkg.file} depends on @nestjs/core`, strength: 2 };
  }
  if (pkg.deps.has("express")) {
    // Express inside a frontend's own package serves it (a custom Next.js server, a dev or mock server for a
    // Vite app); it is not a separate deployable backend.
    if (frontend === "nextjs" || frontend === "react-vite") {
      const role = frontend === "nextjs" ? "next to next (a custom Next.js server)" : "next to react and vite (a dev, mock or static server)";
      index.warnings.push(`${pkg.file} depends on express ${role}; it was not proposed as a separate backend`);
      return undefined;
    }
    return { ...base, kind: "express", reason: `${pkg.file} depends on express`, strength: 2 };
  }
  const other = Object.keys(UNSUPPORTED_SERVERS).find((name) => pkg.deps.has(name));
  if (other && !frontend && !pkg.workspaceRoot && !isOutsideApp(pkg.dir)) {
    index.unsupported.push({ role: "backend", framework: UNSUPPORTED_SERVERS[other] ?? other, file: pkg.file });
  }
  return undefined;
}

function located(pkg: NodePackage, index: RepoIndex) {
  const workspaceRoot = pkg.workspaceRoot || index.pathSet.has(joinPath(pkg.dir, "pnpm-workspace.yaml"));
  return { dir: pkg.dir, file: pkg.file, dirFile: pkg.file, node: pkg, workspaceRoot, exportsEntryPoints: pkg.library, size: pkg.deps.size };
}

/** The react-router.config.* beside the package when it turns server rendering off. */
function spaModeConfig(pkg: NodePackage, index: RepoIndex): string | undefined {
  return ["react-router.config.ts", "react-router.config.js", "react-router.config.mjs"]
    .map((name) => joinPath(pkg.dir, name))
    .find((path) => /\bssr\s*:\s*false\b/.test(index.files.get(path) ?? ""));
}
