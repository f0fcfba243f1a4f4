import { createRequire as __cdbCreateRequire } from "node:module"; const require = __cdbCreateRequire(import.meta.url);
import {
  COMPONENTS,
  renderFiles,
  renderModels
} from "./chunks/chunk-IN6GNOLZ.js";
import {
  defineConfig,
  parseOptions
} from "./chunks/chunk-6XHZNQ6M.js";
import "./chunks/chunk-N7LTGFHY.js";
export {
  COMPONENTS,
  defineConfig,
  parseOptions,
  renderFiles,
  renderModels
};
