import { createRequire as __cdbCreateRequire } from "node:module"; const require = __cdbCreateRequire(import.meta.url);
import{a as i}from"./chunk-YF4FYOKK.js";import{a as t,b as o}from"./chunk-B5SM3FR2.js";import"./chunk-W2CXPP6G.js";var r={actions:i,images:t,tools:o};export{r as BUNDLED_PINS};
