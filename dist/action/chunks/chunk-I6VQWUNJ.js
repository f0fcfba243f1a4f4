import { createRequire as __cdbCreateRequire } from "node:module"; const require = __cdbCreateRequire(import.meta.url);
import{a as o}from"./chunk-H2WXBA3C.js";import{a as t}from"./chunk-QJOVCUH7.js";function n(e){return t(o(e))}export{n as a};
