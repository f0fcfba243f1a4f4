import { createRequire as __cdbCreateRequire } from "node:module"; const require = __cdbCreateRequire(import.meta.url);
import{createHash as e}from"node:crypto";function i(r){let t=typeof r=="string"?Buffer.byteLength(r,"utf8"):r.length;return e("sha1").update(`blob ${t}\0`).update(r).digest("hex")}function g(r){return r.replace(/^\uFEFF/,"").replace(/\r\n/g,`
`)}export{i as a,g as b};
