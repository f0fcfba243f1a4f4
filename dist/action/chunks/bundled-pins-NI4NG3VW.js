import { createRequire as __cdbCreateRequire } from "node:module"; const require = __cdbCreateRequire(import.meta.url);
import{a as t,b as i}from"./chunk-7DSJ44YC.js";import{a as o}from"./chunk-6BASU4DN.js";import"./chunk-W2CXPP6G.js";var r={actions:i,images:t,tools:o};export{r as BUNDLED_PINS};
