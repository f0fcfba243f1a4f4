import { createRequire as __cdbCreateRequire } from "node:module"; const require = __cdbCreateRequire(import.meta.url);
import{a,b,c,d}from"./chunk-7GRKKBM5.js";import"./chunk-QARL4HDD.js";import"./chunk-LVHM5NUU.js";import"./chunk-HYMPNKDN.js";import"./chunk-W2CXPP6G.js";export{a as DEFAULT_PYTHON_APP,d as defineConfig,b as parseOptions,c as show};
