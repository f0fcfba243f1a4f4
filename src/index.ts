/** Public API: typed config files use `defineConfig`; the projen adapter and scripts use the rest. */
export { defineConfig, parseOptions, type BaselineConfig, type BaselineOptions } from "./options/index.js";
export { COMPONENTS, renderModels, type Component } from "./components/index.js";
export { renderFiles } from "./synth/render-files.js";
export type { FileModel, RenderedFile } from "./synth/file-model.js";
