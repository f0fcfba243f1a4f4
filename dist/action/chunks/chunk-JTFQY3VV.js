import { createRequire as __cdbCreateRequire } from "node:module"; const require = __cdbCreateRequire(import.meta.url);
import{a as o}from"./chunk-4XPCX4SJ.js";import{a as t}from"./chunk-UZWOH7DZ.js";function n(e){return t(o(e))}export{n as a};
