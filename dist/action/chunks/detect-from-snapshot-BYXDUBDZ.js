import { createRequire as __cdbCreateRequire } from "node:module"; const require = __cdbCreateRequire(import.meta.url);
import{a}from"./chunk-T42NWUX4.js";import"./chunk-6UKS7M33.js";import"./chunk-LT6EKLG7.js";import"./chunk-QRK3TCI5.js";import"./chunk-6AVLHOCC.js";import"./chunk-RHHODDUJ.js";import"./chunk-HYMPNKDN.js";import"./chunk-W2CXPP6G.js";export{a as detectFromSnapshot};
