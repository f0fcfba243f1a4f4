import { createRequire as __cdbCreateRequire } from "node:module"; const require = __cdbCreateRequire(import.meta.url);
import{a as o}from"./chunk-6BASU4DN.js";var r=Object.fromEntries(Object.entries(o.tools).map(([t,e])=>[t,e.version]));export{r as a};
