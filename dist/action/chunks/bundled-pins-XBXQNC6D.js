import { createRequire as __cdbCreateRequire } from "node:module"; const require = __cdbCreateRequire(import.meta.url);
import{a as t,b as o,c as i}from"./chunk-A3GWW5P3.js";import"./chunk-W2CXPP6G.js";var r={actions:i,images:t,tools:o};export{r as BUNDLED_PINS};
