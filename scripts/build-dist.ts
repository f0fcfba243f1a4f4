/**
 * `npm run build`: bundles the tool with esbuild so the npm package has no runtime dependencies.
 *
 * - `dist/` (npm package, gitignored): `cli/main.js` (the bin), `index.js` (public API), `projen/index.js`
 *   and `projen/index.cjs` (the projen adapter; projen's own `.projenrc.ts` runs through ts-node as
 *   CommonJS), lazily loaded pieces as `chunks/*.js`, and `.d.ts` files from tsc.
 * - `dist/action/` (committed: GitHub runs actions straight from the repository): `index.js`, the action
 *   entry, and `lib.js`, the public API a config file imports there.
 *
 * `node --import tsx scripts/build-dist.ts [--package] [--action] [--no-types] [--outdir DIR]`
 */
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type BuildOptions, type Metafile, type Plugin } from "esbuild";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Node ESM bundles of CommonJS code need a `require` for Node's built-ins. */
const REQUIRE_SHIM = 'import { createRequire as __cdbCreateRequire } from "node:module"; const require = __cdbCreateRequire(import.meta.url);';

/**
 * jiti's ESM entry loads its Babel transform with `createRequire(import.meta.url)("../dist/babel.cjs")`,
 * which a bundle cannot follow. This stand-in imports both CommonJS halves statically instead; the whole
 * of it stays in a lazily loaded chunk, used only for `devops-baseline.config.ts`.
 */
const jitiPlugin: Plugin = {
  name: "jiti-static",
  setup(b) {
    b.onResolve({ filter: /^jiti$/ }, () => ({ path: "jiti", namespace: "jiti-static" }));
    b.onLoad({ filter: /.*/, namespace: "jiti-static" }, () => ({
      resolveDir: ROOT,
      loader: "js",
      contents: [
        'import { createRequire } from "node:module";',
        'import createJitiCore from "./node_modules/jiti/dist/jiti.cjs";',
        'import transform from "./node_modules/jiti/dist/babel.cjs";',
        "const onError = (error) => { throw error; };",
        "const nativeImport = (id) => import(id);",
        "export function createJiti(id, opts = {}) {",
        "  return createJitiCore(id, { transform, ...opts }, { onError, nativeImport, createRequire });",
        "}",
        "export default createJiti;",
      ].join("\n"),
    }));
  },
};

function common(lib: string): BuildOptions {
  return {
    absWorkingDir: ROOT,
    bundle: true,
    platform: "node",
    target: "node20",
    // projen (and its constructs) stay the user's own copy: an optional peer dependency.
    external: ["projen", "projen/*", "constructs"],
    define: { __DEVOPS_BASELINE_LIB__: JSON.stringify(lib) },
    plugins: [jitiPlugin],
    legalComments: "eof",
    logLevel: "warning",
    charset: "utf8",
  };
}

export interface BuildDistOptions {
  /** Folder that receives `dist/` (the repository root by default). */
  readonly root?: string;
  readonly package?: boolean;
  readonly action?: boolean;
  /** Emit `.d.ts` files with tsc (slow; not needed to run the package). */
  readonly types?: boolean;
}

/** What went into each output file, so tests can check which modules load lazily. */
export interface BuildResult {
  readonly package?: Metafile;
  readonly action?: Metafile;
}

export async function buildDist(options: BuildDistOptions = {}): Promise<BuildResult> {
  const root = options.root ?? ROOT;
  const dist = join(root, "dist");
  return {
    package: (options.package ?? true) ? await buildPackage(dist, options.types ?? true) : undefined,
    action: (options.action ?? true) ? await buildAction(join(dist, "action")) : undefined,
  };
}

async function buildPackage(dist: string, types: boolean): Promise<Metafile> {
  for (const name of ["cli", "chunks", "projen", "types", "index.js"]) rmSync(join(dist, name), { recursive: true, force: true });
  const esm = await build({
    ...common("dist/index.js"),
    metafile: true,
    entryPoints: { "cli/main": "src/cli/main.ts", index: "src/index.ts", "projen/index": "src/projen/index.ts" },
    outdir: dist,
    format: "esm",
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    banner: { js: REQUIRE_SHIM },
  });
  // CommonJS copy of the adapter for `.projenrc.ts` files that ts-node compiles to CommonJS.
  await build({
    ...common("dist/index.js"),
    entryPoints: { "projen/index": "src/projen/index.ts" },
    outdir: dist,
    outExtension: { ".js": ".cjs" },
    format: "cjs",
    define: { ...common("dist/index.js").define, "import.meta.url": "__cdbImportMetaUrl" },
    banner: { js: 'const __cdbImportMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  });
  if (types) {
    execFileSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", join(ROOT, "tsconfig.build.json"), "--emitDeclarationOnly", "--outDir", join(dist, "types")], {
      stdio: "inherit",
    });
  }
  return esm.metafile;
}

async function buildAction(outdir: string): Promise<Metafile> {
  rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    ...common("dist/action/lib.js"),
    metafile: true,
    entryPoints: { index: "src/action/index.ts", lib: "src/index.ts" },
    outdir,
    format: "esm",
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    banner: { js: REQUIRE_SHIM },
  });
  return result.metafile;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const only = args.includes("--package") || args.includes("--action");
  const outdirAt = args.indexOf("--outdir");
  await buildDist({
    root: outdirAt >= 0 ? resolve(args[outdirAt + 1]!) : undefined,
    package: !only || args.includes("--package"),
    action: !only || args.includes("--action"),
    types: !args.includes("--no-types"),
  });
}
