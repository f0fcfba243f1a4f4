import { createRequire as __cdbCreateRequire } from "node:module"; const require = __cdbCreateRequire(import.meta.url);
import{f as e,g as o,l as r}from"./chunks/chunk-JYVBRSZO.js";import{r as n,t as p}from"./chunks/chunk-4SPFRTOH.js";import"./chunks/chunk-YLJESIGR.js";export{e as COMPONENTS,p as defineConfig,n as parseOptions,r as renderFiles,o as renderModels};
