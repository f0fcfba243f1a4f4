import { createRequire as __cdbCreateRequire } from "node:module"; const require = __cdbCreateRequire(import.meta.url);
import{a,b}from"./chunk-HSU32ZMN.js";import"./chunk-3FKIUK2V.js";import"./chunk-W2CXPP6G.js";export{a as createRedactor,b as redactValue};
