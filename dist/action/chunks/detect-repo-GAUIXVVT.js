import { createRequire as __cdbCreateRequire } from "node:module"; const require = __cdbCreateRequire(import.meta.url);
import{a}from"./chunk-46I35CIY.js";import"./chunk-TF43YAF6.js";import"./chunk-NPZB4CSX.js";import"./chunk-UXWCOQDI.js";import"./chunk-JWCVA3DF.js";import"./chunk-HYMPNKDN.js";import"./chunk-W2CXPP6G.js";export{a as detectRepo};
