import { createRequire as __cdbCreateRequire } from "node:module"; const require = __cdbCreateRequire(import.meta.url);
import{a,b,c}from"./chunk-OFKOENYM.js";import"./chunk-ZOMDGP7Q.js";import"./chunk-Y7XAJ6HO.js";import"./chunk-W2CXPP6G.js";export{a as keepsDependabot,b as loadDependabotManager,c as managedEdits};
