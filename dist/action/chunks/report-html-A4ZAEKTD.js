import { createRequire as __cdbCreateRequire } from "node:module"; const require = __cdbCreateRequire(import.meta.url);
import{a as v,b as S}from"./chunk-MCOMJ6HE.js";import{a as w}from"./chunk-725RB4AX.js";import{b as x}from"./chunk-LF4FPO6Y.js";import"./chunk-YA6PXQI3.js";import{a as f}from"./chunk-TU5DQ3CT.js";import"./chunk-W2CXPP6G.js";var t=(e,r={},...s)=>({tag:e,attrs:r,children:s}),A=new Set(["meta","rect"]),E=e=>e.replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/"/g,"&quot;");function $(e){if(typeof e=="string")return E(e);if(typeof e=="number")return String(e);if(Array.isArray(e))return e.map($).join("");let{tag:r,attrs:s,children:i}=e,o=`<${r}${Object.entries(s).map(([a,u])=>` ${a}="${E(String(u))}"`).join("")}`;if(A.has(r)&&i.length===0)return`${o}${r==="meta"?"":" /"}>`;let c=r==="script"||r==="style"?i.join(""):i.map($).join("");return`${o}>${c}</${r}>`}var R={critical:"#7b1fa2",high:"#c62828",medium:"#ef6c00",low:"#9e9e9e"},k=`
body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#1b1b1b;max-width:72rem}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}
table{border-collapse:collapse;width:100%}th,td{padding:.3rem .6rem;border-bottom:1px solid #ddd;text-align:right}
th:nth-child(2),td:nth-child(2),th:nth-child(3),td:nth-child(3){text-align:left}
th button{font:inherit;font-weight:600;background:none;border:0;cursor:pointer;padding:0}
th[aria-sort=ascending] button::after{content:" \\25B2"}th[aria-sort=descending] button::after{content:" \\25BC"}
.legend span{display:inline-block;margin-right:1rem}.legend i{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:middle}
svg text{font:12px system-ui,sans-serif}`,C=`
document.querySelectorAll("table.sortable").forEach(function (table) {
  table.querySelectorAll("th button").forEach(function (button, column) {
    button.addEventListener("click", function () {
      var th = button.parentElement;
      var dir = th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
      table.querySelectorAll("th").forEach(function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", dir);
      var body = table.tBodies[0];
      var key = function (row) { var cell = row.cells[column]; return cell.dataset.sort !== undefined ? Number(cell.dataset.sort) : cell.textContent.toLowerCase(); };
      Array.from(body.rows).sort(function (a, b) {
        var x = key(a), y = key(b);
        return (x < y ? -1 : x > y ? 1 : 0) * (dir === "ascending" ? 1 : -1);
      }).forEach(function (row) { body.appendChild(row); });
    });
  });
});`,b=30;function F(e){let r=v(e.results),s=new Map(r.map(n=>[n.repo,n])),i=r.some(n=>n.after),o=[...e.results].sort((n,l)=>(s.get(n.repo)?.rank??1/0)-(s.get(l.repo)?.rank??1/0)||(n.repo<l.repo?-1:1)).map(n=>{let l=s.get(n.repo),h=m=>m===void 0?t("td",{"data-sort":-1},"–"):t("td",{"data-sort":m},m);return t("tr",{},h(l?.rank),t("td",{},n.repo),t("td",{},n.outcome),...f.map(m=>h(l?.before.bySeverity[m])),h(l?.before.findings),h(l?.before.score),...i?[h(l?.after?.findings)]:[])}),c=["#","repository","result",...f,"findings","score",...i?["after PR"]:[]],a=`DevOps baseline ${e.auditOnly?"audit":e.apply?"rollout":"rollout (dry run)"}`,u=S(r),y=t("html",{lang:"en"},t("head",{},t("meta",{charset:"utf-8"}),t("meta",{"http-equiv":"Content-Security-Policy",content:"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'"}),t("meta",{name:"viewport",content:"width=device-width, initial-scale=1"}),t("title",{},a),t("style",{},k)),t("body",{},t("h1",{},a),t("p",{},`${e.listed} repositories listed, ${e.results.length} checked, ${r.length} audited. ${e.startedAt} – ${e.finishedAt}, create-devops-baseline ${x}.`),t("p",{class:"legend"},...f.map(n=>t("span",{},t("i",{style:`background:${R[n]}`}),n))),t("h2",{},"Findings per repository"),r.length>0?O(r.slice(0,b).map(n=>({label:n.repo,counts:n.before}))):t("p",{},"No repository was audited."),r.length>b?t("p",{},`The ${b} with the most serious findings; the table lists all ${r.length}.`):[],t("h2",{},"Findings per rule"),u.length>0?L(u):t("p",{},"No findings."),t("h2",{},"Repositories"),t("table",{class:"sortable",id:"repos"},t("thead",{},t("tr",{},...c.map(n=>t("th",{scope:"col"},t("button",{type:"button"},n))))),t("tbody",{},...o)),t("script",{},C)));return`<!doctype html>
${$(y)}
`}var g=18,d=260,p=520;function O(e){let r=Math.max(1,...e.map(o=>o.counts.findings)),s=o=>o*p/r,i=e.length*(g+6);return t("svg",{id:"chart-repos",role:"img","aria-label":"Findings per repository",width:d+p+60,height:i,viewBox:`0 0 ${d+p+60} ${i}`},...e.map((o,c)=>{let a=c*(g+6),u=d,y=f.filter(n=>o.counts.bySeverity[n]>0).map(n=>{let l=s(o.counts.bySeverity[n]),h=t("rect",{x:u,y:a,width:l.toFixed(1),height:g,fill:R[n]},t("title",{},`${o.label}: ${o.counts.bySeverity[n]} ${n}`));return u+=l,h});return t("g",{},t("text",{x:d-8,y:a+13,"text-anchor":"end"},o.label),...y,t("text",{x:u+6,y:a+13},o.counts.findings))}))}function L(e){let r=Math.max(1,...e.map(i=>i.findings)),s=e.length*(g+6);return t("svg",{id:"chart-rules",role:"img","aria-label":"Findings per rule",width:d+p+60,height:s,viewBox:`0 0 ${d+p+60} ${s}`},...e.map((i,o)=>{let c=o*(g+6),a=i.findings*p/r;return t("g",{},t("text",{x:d-8,y:c+13,"text-anchor":"end"},t("a",{href:`${w}#${i.rule.toLowerCase()}`},i.rule)),t("rect",{x:d,y:c,width:a.toFixed(1),height:g,fill:"#1565c0"},t("title",{},`${i.rule}: ${i.findings} finding(s) in ${i.repos} repositories`)),t("text",{x:d+a+6,y:c+13},`${i.findings} (${i.repos} repos)`))}))}export{F as reportHtml};
