import { createRequire as __cdbCreateRequire } from "node:module"; const require = __cdbCreateRequire(import.meta.url);
var e="https://github.com/create-devops-baseline/create-devops-baseline/blob/main/docs/audit.md";export{e as a};
