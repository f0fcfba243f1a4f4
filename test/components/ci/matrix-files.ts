import { ci } from "../../../src/components/ci/index.js";
import { dependencyUpdates } from "../../../src/components/dependency-updates/index.js";
import { security } from "../../../src/components/security/index.js";
import type { RenderedFile } from "../../../src/synth/file-model.js";
import { renderFiles } from "../../../src/synth/render-files.js";
import type { YamlFile } from "../../validators/index.js";
import { optionMatrix } from "./option-matrix.js";

/** Every distinct file ci, security and dependency-updates render across the option matrix. */
export function matrixFiles(): RenderedFile[] {
  const byContent = new Map<string, RenderedFile>();
  for (const { options } of optionMatrix()) {
    const models = [ci, security, dependencyUpdates].flatMap((c) => c.render(options));
    for (const file of renderFiles(models, options)) if (!byContent.has(file.content)) byContent.set(file.content, file);
  }
  return [...byContent.values()];
}

/** The distinct workflows, each under a unique name so findings say which one. */
export function matrixWorkflows(files: readonly RenderedFile[] = matrixFiles()): YamlFile[] {
  return files
    .filter((f) => f.path.startsWith(".github/workflows/"))
    .map((f, i) => ({ path: `${f.path}#${i}`, text: f.content }));
}
