import { createRequire as __cdbCreateRequire } from "node:module"; const require = __cdbCreateRequire(import.meta.url);
import{a}from"./chunk-G3N2T62O.js";import"./chunk-HMMKCMVK.js";import"./chunk-TU5DQ3CT.js";import"./chunk-IICLQBK4.js";import"./chunk-S4MPYQB4.js";import"./chunk-LVHM5NUU.js";import"./chunk-HYMPNKDN.js";import"./chunk-W2CXPP6G.js";export{a as loadDefaults};
