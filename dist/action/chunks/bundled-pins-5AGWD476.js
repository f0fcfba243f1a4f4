import { createRequire as __cdbCreateRequire } from "node:module"; const require = __cdbCreateRequire(import.meta.url);
import{a as t,b as o,c as i}from"./chunk-HVRO43WK.js";import"./chunk-W2CXPP6G.js";var r={actions:i,images:t,tools:o};export{r as BUNDLED_PINS};
