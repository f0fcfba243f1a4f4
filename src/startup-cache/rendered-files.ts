/**
 * The files that a set of options renders, so that `check` and `synth` of an unchanged config and build
 * skip rendering (YAML emitting, templates, Markdown wrapping: about a fifth of a cold `check`, issue 14).
 * Rendering is a pure function of the options and the build (templates and pins are bundled), which is
 * exactly the key. Where the running build has no cache, this renders every time.
 */
import type { FileModel, RenderedFile } from "../synth/file-model.js";
import type { BaselineOptions } from "../options/index.js";
import { renderFiles } from "../synth/render-files.js";
import { jsonStore, runningStartupCache, type StartupCache } from "./store.js";

const isRenderedFiles = (value: unknown): value is RenderedFile[] =>
  Array.isArray(value) &&
  value.every((f: Partial<RenderedFile> | null) => f !== null && typeof f === "object" && typeof f.path === "string" && typeof f.content === "string" && typeof f.component === "string" && typeof f.executable === "boolean");

export type Render = (options: BaselineOptions, modelsOf: () => readonly FileModel[]) => RenderedFile[];

/** `renderFiles`, answered from the cache when these options were rendered by this build before. */
export function cachedRender(cache: StartupCache | undefined = runningStartupCache()): Render {
  if (!cache) return (options, modelsOf) => renderFiles(modelsOf(), options);
  const store = jsonStore(cache, "rendered", isRenderedFiles);
  return (options, modelsOf) => {
    const key = [JSON.stringify(options)];
    const cached = store.read(key);
    if (cached) return cached;
    const files = renderFiles(modelsOf(), options);
    store.write(key, files);
    return files;
  };
}
