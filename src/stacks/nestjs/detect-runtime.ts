import type { AppCandidate } from "../../detect/app-candidate.js";
import { baseOf, dirOf, joinPath } from "../../detect/paths.js";
import type { RepoIndex } from "../../detect/repo-index.js";
import { emptyReport, type RuntimeFact, type RuntimeReport } from "../../detect/runtime/facts.js";
import { buildScriptFact, migrateScriptFacts, listenPort, nestHealthRoute, sourceFiles, startCommand } from "../../detect/runtime/node-start.js";

/**
 * How a Nest app runs: `start:prod` when it is a plain node command, else where `nest build` puts
 * main.js, from nest-cli.json (sourceRoot, entryFile) and the tsconfig (outDir, rootDir): tsc keeps
 * the folder layout below the common root of what it compiles, so a .ts file beside src/ moves
 * main.js to dist/src/main.js.
 */
export function detectNestRuntime(index: RepoIndex, app: AppCandidate): RuntimeReport {
  const report = emptyReport();
  if (!app.node) return report;
  const nxProject = joinPath(app.dir, "project.json");
  // An Nx app (project.json, no package.json of its own) is built by Nx targets, not by nest build's defaults: say so rather than guess.
  if (index.pathSet.has(nxProject) && !index.pathSet.has(joinPath(app.dir, "package.json"))) {
    report.warnings.push(`${nxProject} makes ${app.dir}/ an Nx project: Nx targets build it, and the baseline does not read them, so no build script or start command was detected; set backend.buildScript and backend.start (for example node dist/${app.dir}/main.js).`);
  } else {
    const built = builtEntry(index, app.dir, app.node.file);
    const declared = startCommand(app.node);
    const start = declared && !(declared.reason.includes("has main") && built) ? declared : built;
    if (start) report.facts.push(start);
    report.facts.push(buildScriptFact(app.node));
  }
  report.facts.push(...migrateScriptFacts(app.node));
  if (!index.pathSet.has(nxProject) && !app.node.scripts.has("build")) report.warnings.push(`${app.node.scriptsFile ?? app.node.file} has no build script, so nothing compiles the Nest app for its image; add "build": "nest build", or set backend.buildScript to the script that does.`);
  const files = sourceFiles(index, app.dir);
  const port = listenPort(index, files);
  if (port) report.facts.push(port);
  const route = nestHealthRoute(index, files);
  if (route) report.facts.push({ key: "deploy.healthPath", value: route.path, file: route.file, reason: `${route.file} declares GET ${route.path}` });
  return report;
}

function jsonOf(index: RepoIndex, file: string): Record<string, unknown> | undefined {
  const text = index.files.get(file);
  if (text === undefined) return undefined;
  try {
    // tsconfig allows comments and trailing commas.
    return JSON.parse(text.replace(/\/\*[\s\S]*?\*\/|(^|[^:"])\/\/.*$/gm, "$1").replace(/,(\s*[}\]])/g, "$1")) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

function builtEntry(index: RepoIndex, dir: string, packageFile: string): RuntimeFact | undefined {
  const cliFile = joinPath(dir, "nest-cli.json");
  const cli = jsonOf(index, cliFile) ?? {};
  const sourceRoot = typeof cli.sourceRoot === "string" ? cli.sourceRoot.replace(/^\.\//, "").replace(/\/$/, "") : "src";
  const entryFile = typeof cli.entryFile === "string" ? cli.entryFile : "main";
  const tsconfigFile = [joinPath(dir, "tsconfig.build.json"), joinPath(dir, "tsconfig.json")].find((f) => index.files.has(f));
  const options = (tsconfigFile ? (jsonOf(index, tsconfigFile)?.compilerOptions as Record<string, unknown> | undefined) : undefined) ?? {};
  const base = tsconfigFile ? (jsonOf(index, joinPath(dir, "tsconfig.json"))?.compilerOptions as Record<string, unknown> | undefined) ?? {} : {};
  const outDir = String(options.outDir ?? base.outDir ?? "dist").replace(/^\.\//, "").replace(/\/$/, "");
  const rootDir = String(options.rootDir ?? base.rootDir ?? "").replace(/^\.\//, "").replace(/\/$/, "");
  // Without rootDir, tsc's root is the common folder of every compiled file: a .ts file at the package
  // root (a TypeORM data source, a config) makes it the package itself.
  const include = tsconfigFile ? jsonOf(index, tsconfigFile)?.include : undefined;
  const onlySources = Array.isArray(include) && include.length > 0 && include.every((g) => typeof g === "string" && g.replace(/^\.\//, "").startsWith(sourceRoot));
  const strays = onlySources ? [] : index.paths.filter((p) => dirOf(p) === dir && /\.ts$/.test(baseOf(p)) && !/\.d\.ts$/.test(p) && !/\.(spec|test)\.ts$/.test(p));
  const underRoot = rootDir === sourceRoot || (rootDir === "" && strays.length === 0);
  const entry = underRoot ? `${outDir}/${entryFile}.js` : `${outDir}/${sourceRoot}/${entryFile}.js`;
  // Evidence names a file the repository has: without tsconfig or nest-cli.json, nest build's defaults apply.
  const configFile = tsconfigFile ?? (index.pathSet.has(cliFile) ? cliFile : undefined);
  const why = underRoot
    ? configFile ? `${configFile} compiles ${sourceRoot}/ into ${outDir}/` : `no tsconfig or nest-cli.json in ${dir === "." ? "the root" : `${dir}/`} (the app of ${packageFile}): nest build's defaults compile ${sourceRoot}/ into ${outDir}/`
    : rootDir
      ? `${tsconfigFile} sets rootDir ${rootDir}, so ${sourceRoot}/${entryFile}.ts compiles to ${entry}`
      : `${configFile ?? packageFile} sets no rootDir and ${strays[0]} sits beside ${sourceRoot}/, so tsc keeps ${sourceRoot}/ in the output: ${entry}`;
  return { key: "start", value: ["node", entry], file: configFile ?? packageFile, reason: why };
}
