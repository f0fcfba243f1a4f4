import { createRequire as __cdbCreateRequire } from "node:module"; const require = __cdbCreateRequire(import.meta.url);
import {
  COMPONENTS,
  defineConfig,
  parseOptions,
  renderFiles,
  renderModels
} from "./chunks/chunk-ZAS7YHMS.js";
import "./chunks/chunk-N7LTGFHY.js";
export {
  COMPONENTS,
  defineConfig,
  parseOptions,
  renderFiles,
  renderModels
};
