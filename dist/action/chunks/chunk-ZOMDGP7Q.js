import { createRequire as __cdbCreateRequire } from "node:module"; const require = __cdbCreateRequire(import.meta.url);
var a=n=>`# >>> create-devops-baseline: ${n} (managed block) >>>`,u=a("generated files"),r="# <<< create-devops-baseline <<<";function f(n,c,d="generated files"){let i=a(d),e=n??"",t=e.indexOf(i),l=e.indexOf(r),s=e;if(t>=0&&l>t&&(s=e.slice(0,t)+e.slice(l+r.length).replace(/^\r?\n/,"")),c.length===0)return s;let o=[i,...c,r].join(`
`)+`
`;if(t>=0&&l>t)return e.slice(0,t)+o+e.slice(l+r.length).replace(/^\r?\n/,"");let g=s===""||s.endsWith(`
`)?"":`
`;return s+g+o}var p=n=>n!==null&&n.includes(u)&&n.includes(r);export{f as a,p as b};
