import { createRequire as __cdbCreateRequire } from "node:module"; const require = __cdbCreateRequire(import.meta.url);
import{a}from"./chunk-VSZ5I5ET.js";import"./chunk-UXWCOQDI.js";import"./chunk-QSPHG2XJ.js";import"./chunk-B5SM3FR2.js";import"./chunk-IICLQBK4.js";import"./chunk-HYMPNKDN.js";import"./chunk-W2CXPP6G.js";export{a as detectFromSnapshot};
