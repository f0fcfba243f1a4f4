import { createRequire as __cdbCreateRequire } from "node:module"; const require = __cdbCreateRequire(import.meta.url);
import{a as t}from"./chunk-YF4FYOKK.js";import{a as o,b as i}from"./chunk-3JXHFAHG.js";import"./chunk-W2CXPP6G.js";var r={actions:t,images:i,tools:o};export{r as BUNDLED_PINS};
