import { createRequire as __cdbCreateRequire } from "node:module"; const require = __cdbCreateRequire(import.meta.url);
import {
  COMPONENTS,
  renderFiles,
  renderModels
} from "./chunks/chunk-ZOX226VZ.js";
import {
  defineConfig,
  parseOptions
} from "./chunks/chunk-Y3CQRHNO.js";
import "./chunks/chunk-N7LTGFHY.js";
export {
  COMPONENTS,
  defineConfig,
  parseOptions,
  renderFiles,
  renderModels
};
