import { createRequire as __cdbCreateRequire } from "node:module"; const require = __cdbCreateRequire(import.meta.url);
import{a as o}from"./chunk-TF43YAF6.js";import{a as t}from"./chunk-VSZ5I5ET.js";function n(e){return t(o(e))}export{n as a};
