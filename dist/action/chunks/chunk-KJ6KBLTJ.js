import { createRequire as __cdbCreateRequire } from "node:module"; const require = __cdbCreateRequire(import.meta.url);
import{createHash as i}from"node:crypto";function a(r){let e=typeof r=="string"?Buffer.byteLength(r,"utf8"):r.length,t=i("sha1").update(`blob ${e}\0`);return(typeof r=="string"?t.update(r,"utf8"):t.update(r)).digest("hex")}function g(r){return r.replace(/^\uFEFF/,"").replace(/\r\n/g,`
`)}export{a,g as b};
