import { createRequire as __cdbCreateRequire } from "node:module"; const require = __cdbCreateRequire(import.meta.url);
var c="https://unpkg.com/create-devops-baseline/schema/devops-baseline.schema.json";function g(n){return n==="ts"?"devops-baseline.config.ts":"devops-baseline.json"}function i(n,e){return e==="json"?`${JSON.stringify({$schema:c,...n},null,2)}
`:`import { defineConfig } from "create-devops-baseline";

export default defineConfig(${JSON.stringify(n,null,2).replace(/^(\s*)"([A-Za-z_$][\w$]*)":/gm,"$1$2:")});
`}function a(n,e,o,t){return n.endsWith(".json")?{text:i(t,"json")}:e===i(o,"ts")?{text:i(t,"ts")}:{refused:`${n} holds code of its own, so it is not rewritten`}}function u(...n){let e={};for(let o of n)if(s(o))for(let[t,r]of Object.entries(o)){let f=e[t];e[t]=s(r)&&s(f)?u(f,r):r}return e}function s(n){return n!==null&&typeof n=="object"&&!Array.isArray(n)}export{g as a,i as b,a as c,u as d};
