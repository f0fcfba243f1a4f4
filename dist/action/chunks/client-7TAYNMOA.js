import { createRequire as __cdbCreateRequire } from "node:module"; const require = __cdbCreateRequire(import.meta.url);
import{a}from"./chunk-PIZMCFHH.js";import"./chunk-HSU32ZMN.js";import"./chunk-XXEMNSAB.js";import"./chunk-3FKIUK2V.js";import"./chunk-Q55NVSMI.js";import"./chunk-W2CXPP6G.js";export{a as createGitHubClient};
