import { createRequire as __cdbCreateRequire } from "node:module"; const require = __cdbCreateRequire(import.meta.url);
import{a}from"./chunk-E225GI7G.js";import"./chunk-6UKS7M33.js";import"./chunk-LT6EKLG7.js";import"./chunk-QRK3TCI5.js";import"./chunk-IBFYGPXF.js";import"./chunk-3JXHFAHG.js";import"./chunk-HYMPNKDN.js";import"./chunk-W2CXPP6G.js";export{a as detectFromSnapshot};
