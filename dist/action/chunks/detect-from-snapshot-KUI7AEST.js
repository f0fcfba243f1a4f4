import { createRequire as __cdbCreateRequire } from "node:module"; const require = __cdbCreateRequire(import.meta.url);
import{a}from"./chunk-QJOVCUH7.js";import"./chunk-ROSSYLHC.js";import"./chunk-QRK3TCI5.js";import"./chunk-AM6QKYLI.js";import"./chunk-MPBZDDBC.js";import"./chunk-HYMPNKDN.js";import"./chunk-RHHODDUJ.js";import"./chunk-W2CXPP6G.js";export{a as detectFromSnapshot};
