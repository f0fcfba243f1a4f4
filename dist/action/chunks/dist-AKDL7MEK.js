import { createRequire as __cdbCreateRequire } from "node:module"; const require = __cdbCreateRequire(import.meta.url);
import{a,b,c,d,e,f,g,h,i,j,k}from"./chunk-VUIAAWHG.js";import"./chunk-W2CXPP6G.js";export{a as Separator,b as checkbox,d as confirm,c as editor,g as expand,e as input,f as number,i as password,h as rawlist,j as search,k as select};
