import { createRequire as __cdbCreateRequire } from "node:module"; const require = __cdbCreateRequire(import.meta.url);
import{a,b,c,d}from"./chunk-5RZ66ILL.js";import"./chunk-WAEQEKR2.js";import"./chunk-4SHPEZTZ.js";import"./chunk-HYMPNKDN.js";import"./chunk-W2CXPP6G.js";export{a as DEFAULT_PYTHON_APP,d as defineConfig,b as parseOptions,c as show};
