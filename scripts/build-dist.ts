/**
 * `npm run build`: bundles the tool with esbuild so the npm package has no runtime dependencies.
 *
 * - `dist/` (npm package, gitignored): `cli/main.js` (the CLI), `cli/main.cjs` (the same as one CommonJS file,
 *   which the CommonJS bin runs through `cli/code-cache.cjs` with a V8 code cache), `index.js` (public API), `projen/index.js`
 *   and `projen/index.cjs` (the projen adapter; projen's own `.projenrc.ts` runs through ts-node as
 *   CommonJS), lazily loaded pieces as `chunks/*.js`, and `.d.ts` files from tsc.
 * - `dist/action/` (committed: GitHub runs actions straight from the repository): `index.js`, the action
 *   entry, and `lib.js`, the public API a config file imports there.
 *
 * `node --import tsx scripts/build-dist.ts [--package] [--action] [--no-types] [--outdir DIR]`
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type BuildOptions, type Metafile, type Plugin } from "esbuild";
import Handlebars from "handlebars";
import { TEMPLATE_COMPILE_OPTIONS } from "../src/synth/template-helpers.js";

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
        // Run from the code cache (src/cli/code-cache.ts), the CommonJS CLI gets its import() handed in.
        'const nativeImport = typeof __cdbImport === "function" ? __cdbImport : (id) => import(id);',
        "export function createJiti(id, opts = {}) {",
        "  return createJitiCore(id, { transform, ...opts }, { onError, nativeImport, createRequire });",
        "}",
        "export default createJiti;",
      ].join("\n"),
    }));
  },
};

/**
 * Swaps `src/synth/load-template.ts` (reads and compiles templates/ at run time) for a module holding every
 * template precompiled, on Handlebars' small runtime: the bundle skips the compiler and the per-run compile.
 */
const precompiledTemplatesPlugin: Plugin = {
  name: "precompiled-templates",
  setup(b) {
    b.onResolve({ filter: /\/load-template\.js$/ }, () => ({ path: "load-template", namespace: "precompiled-templates" }));
    b.onLoad({ filter: /.*/, namespace: "precompiled-templates" }, () => {
      const dir = join(ROOT, "templates");
      const specs = listTemplates(dir).map(
        (name) => `  ${JSON.stringify(name)}: ${Handlebars.precompile(readFileSync(join(dir, name), "utf8"), TEMPLATE_COMPILE_OPTIONS)},`,
      );
      return {
        resolveDir: ROOT,
        loader: "js",
        contents: [
          'import Runtime from "handlebars/runtime.js";',
          'import { registerTemplateHelpers } from "./src/synth/template-helpers.ts";',
          "const handlebars = Runtime.create();",
          "registerTemplateHelpers(handlebars);",
          `const SPECS = {\n${specs.join("\n")}\n};`,
          "export function loadTemplate(name) {",
          "  const spec = SPECS[name];",
          '  if (!spec) throw new Error(`No template ${name} in this build`);',
          "  return handlebars.template(spec);",
          "}",
        ].join("\n"),
      };
    });
  },
};

/**
 * zod re-exports error messages in 50 languages (`z.locales`); the tool uses only the English ones it
 * configures by default. Keeping just those halves zod's share of the bundle every command parses at start.
 */
const zodEnglishOnlyPlugin: Plugin = {
  name: "zod-english-only",
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, () => ({ contents: 'export { default as en } from "./en.js";', loader: "js" }));
  },
};

/**
 * commander loads `child_process` at start (with `net`, `dgram` and streams: about 3 ms) only to spawn
 * executable subcommands, which this CLI has none of: it loads on first use instead. The build fails if
 * commander's line changes, rather than shipping without the deferral unnoticed.
 */
const commanderLazyChildProcessPlugin: Plugin = {
  name: "commander-lazy-child-process",
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]commander[\\/]lib[\\/]command\.js$/ }, ({ path }) => {
      const eager = "const childProcess = require('node:child_process');";
      const source = readFileSync(path, "utf8");
      if (!source.includes(eager)) throw new Error(`${path} no longer has \`${eager}\`: update commanderLazyChildProcessPlugin`);
      const lazy = "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };";
      return { contents: source.replace(eager, lazy), loader: "js" };
    });
  },
};

/**
 * In the CommonJS CLI (Node.js 20's code cache), the config loader comes from the ES module build's
 * `cli/jiti.js` through the `__cdbImport` that src/cli/code-cache.ts hands in: one copy of it in the package.
 */
const jitiFromEsmPlugin: Plugin = {
  name: "jiti-from-esm",
  setup(b) {
    b.onResolve({ filter: /\/import-jiti\.js$/ }, () => ({ path: "import-jiti", namespace: "jiti-from-esm" }));
    b.onLoad({ filter: /.*/, namespace: "jiti-from-esm" }, () => ({
      loader: "js",
      contents: 'export const importJiti = () => __cdbImport(require("node:url").pathToFileURL(require("node:path").join(__dirname, "jiti.js")).href);',
    }));
  },
};

function listTemplates(dir: string, prefix = ""): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const name = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listTemplates(dir, name) : name.endsWith(".hbs") ? [name] : [];
  });
}

function common(lib: string): BuildOptions {
  return {
    absWorkingDir: ROOT,
    bundle: true,
    platform: "node",
    target: "node20",
    // projen (and its constructs) stay the user's own copy: an optional peer dependency.
    external: ["projen", "projen/*", "constructs"],
    define: { __DEVOPS_BASELINE_LIB__: JSON.stringify(lib) },
    plugins: [jitiPlugin, precompiledTemplatesPlugin, zodEnglishOnlyPlugin, commanderLazyChildProcessPlugin],
    legalComments: "eof",
    // Parsing is most of a cold start: minified code parses in about half the time.
    minify: true,
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
    entryPoints: { "cli/main": "src/cli/main.ts", "cli/jiti": "jiti", index: "src/index.ts", "projen/index": "src/projen/index.ts" },
    outdir: dist,
    format: "esm",
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    banner: { js: REQUIRE_SHIM },
  });
  // CommonJS copies: the adapter for `.projenrc.ts` files that ts-node compiles to CommonJS, and the CLI in
  // one file for `vm.Script`'s code cache on Node.js 20 (its lazy parts stay uncompiled until they run).
  const commonJs = (entry: string, source: string, extraPlugins: Plugin[] = []): BuildOptions => ({
    ...common("dist/index.js"),
    entryPoints: { [entry]: source },
    outdir: dist,
    outExtension: { ".js": ".cjs" },
    format: "cjs",
    define: { ...common("dist/index.js").define, "import.meta.url": "__cdbImportMetaUrl" },
    banner: { js: 'const __cdbImportMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
    plugins: [...extraPlugins, ...(common("dist/index.js").plugins ?? [])],
    // ASCII source becomes a one-byte V8 string: read and scanned about 5x faster than UTF-8 with a few
    // non-ASCII characters in it, which makes the whole file a two-byte string.
    charset: "ascii",
  });
  await build(commonJs("projen/index", "src/projen/index.ts"));
  await build(commonJs("cli/main", "src/cli/main.ts", [jitiFromEsmPlugin]));
  await build(commonJs("cli/code-cache", "src/cli/code-cache.ts"));
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
