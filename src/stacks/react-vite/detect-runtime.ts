import type { AppCandidate } from "../../detect/app-candidate.js";
import { joinPath } from "../../detect/paths.js";
import type { RepoIndex } from "../../detect/repo-index.js";
import { emptyReport, type RuntimeReport } from "../../detect/runtime/facts.js";

const CONFIG_NAMES = ["vite.config.ts", "vite.config.js", "vite.config.mjs", "vite.config.mts", "vite.config.cjs"];

/** Where `vite build` writes: `build.outDir` in the Vite config, else Vite's default dist/. */
export function detectViteRuntime(index: RepoIndex, app: AppCandidate): RuntimeReport {
  const report = emptyReport();
  const file = CONFIG_NAMES.map((name) => joinPath(app.dir, name)).find((p) => index.files.has(p));
  const outDir = file ? /\boutDir\s*:\s*["'`]([^"'`]+)["'`]/.exec(index.files.get(file) ?? "")?.[1] : undefined;
  const clean = outDir?.replace(/^\.\//, "").replace(/\/$/, "");
  if (file && clean && !clean.startsWith("..") && !clean.startsWith("/")) {
    report.facts.push({ key: "outDir", value: clean, file, reason: `${file} sets build.outDir to ${outDir}` });
  } else {
    report.facts.push({ key: "outDir", value: "dist", file: file ?? app.file, reason: file ? `${file} keeps Vite's default build.outDir (dist)` : `no Vite config beside ${app.file}: Vite builds into dist/` });
  }
  if (app.node && !app.node.scripts.has("build")) report.warnings.push(`${app.node.file} has no build script; the frontend image and CI run \`build\`. Add "build": "vite build".`);
  return report;
}
