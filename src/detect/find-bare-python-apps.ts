import { fileKindOf } from "./files-to-read.js";
import { baseOf, dirOf, joinPath, selfAndAncestors, showDir } from "./paths.js";
import type { RepoIndex } from "./repo-index.js";

const IMPORTS_FASTAPI = /^\s*(from\s+fastapi(\.\w+)*\s+import\b|import\s+fastapi\b)/m;
const DEPENDENCY_FILES = ["requirements.txt", "pyproject.toml", "Pipfile", "setup.py", "setup.cfg"];

/**
 * A FastAPI app whose folder (and the folders above it) declares no dependencies cannot be installed by the
 * baseline's CI or image, so it is not proposed; this says what was seen and what to add, instead of
 * "nothing recognisable". Pure: reads only the entry modules `filesToRead` asked for.
 */
export function bareFastapiHints(index: RepoIndex): string[] {
  const hints: string[] = [];
  for (const [path, text] of index.files) {
    if (fileKindOf(path) !== "python-entry" || !IMPORTS_FASTAPI.test(text)) continue;
    // app/main.py belongs to the folder above app/ (FastAPI's usual layout).
    const dir = baseOf(dirOf(path)) === "app" ? dirOf(dirOf(path)) : dirOf(path);
    const declared = selfAndAncestors(dir).some((d) => DEPENDENCY_FILES.some((f) => index.pathSet.has(joinPath(d, f))));
    if (declared) continue;
    hints.push(
      `${path} imports FastAPI, but ${showDir(dir)} declares no dependencies (no requirements.txt, pyproject.toml or Pipfile), ` +
        "so the baseline could not install it and proposes no backend. Add one and run init again, or set backend.kind and backend.dir.",
    );
  }
  return hints;
}
