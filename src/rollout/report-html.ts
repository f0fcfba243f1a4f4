import type { AuditCounts } from "../audit/audit-counts.js";
import { RULES_DOC_URL } from "../audit/rules-doc-url.js";
import { SEVERITIES, type Severity } from "../rules/types.js";
import { TOOL_VERSION } from "../version.js";
import { findingsByRule, rankByFindings } from "./report-audit.js";
import type { RolloutReport } from "./report.js";

/** A node of the page: built as data and escaped in one place, so no report value can become markup. */
type Node = string | number | Element | readonly Node[];
interface Element {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string | number>>;
  readonly children: readonly Node[];
}

const el = (tag: string, attrs: Element["attrs"] = {}, ...children: Node[]): Element => ({ tag, attrs, children });
const VOID = new Set(["meta", "rect"]);
const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function render(node: Node): string {
  if (typeof node === "string") return escape(node);
  if (typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(render).join("");
  const { tag, attrs, children } = node as Element;
  const open = `<${tag}${Object.entries(attrs).map(([k, v]) => ` ${k}="${escape(String(v))}"`).join("")}`;
  if (VOID.has(tag) && children.length === 0) return `${open}${tag === "meta" ? "" : " /"}>`;
  // Script and style bodies are our own constants, never report data.
  const body = tag === "script" || tag === "style" ? children.join("") : children.map(render).join("");
  return `${open}>${body}</${tag}>`;
}

const COLORS: Record<Severity, string> = { critical: "#7b1fa2", high: "#c62828", medium: "#ef6c00", low: "#9e9e9e" };

const STYLE = `
body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#1b1b1b;max-width:72rem}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}
table{border-collapse:collapse;width:100%}th,td{padding:.3rem .6rem;border-bottom:1px solid #ddd;text-align:right}
th:nth-child(2),td:nth-child(2),th:nth-child(3),td:nth-child(3){text-align:left}
th button{font:inherit;font-weight:600;background:none;border:0;cursor:pointer;padding:0}
th[aria-sort=ascending] button::after{content:" \\25B2"}th[aria-sort=descending] button::after{content:" \\25BC"}
.legend span{display:inline-block;margin-right:1rem}.legend i{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:middle}
svg text{font:12px system-ui,sans-serif}`;

// Click a header to sort by it; again to reverse. Numbers sort by data-sort, names as text.
const SCRIPT = `
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
});`;

/** Repositories past this are in the table but not in the chart, which would get unreadable. */
const CHART_ROWS = 30;

/**
 * The rollout report as one HTML page with no external asset (inline CSS, script and SVG, and a
 * Content-Security-Policy that forbids fetching anything): a sortable table of repositories and
 * charts of findings per repository and per rule. Opens from a CI artifact or a file share as is.
 */
export function reportHtml(report: RolloutReport): string {
  const ranked = rankByFindings(report.results);
  const rankOf = new Map(ranked.map((r) => [r.repo, r]));
  const withAfter = ranked.some((r) => r.after);
  const rows = [...report.results]
    .sort((a, b) => (rankOf.get(a.repo)?.rank ?? Infinity) - (rankOf.get(b.repo)?.rank ?? Infinity) || (a.repo < b.repo ? -1 : 1))
    .map((r) => {
      const audit = rankOf.get(r.repo);
      const num = (value: number | undefined) => (value === undefined ? el("td", { "data-sort": -1 }, "–") : el("td", { "data-sort": value }, value));
      return el(
        "tr",
        {},
        num(audit?.rank),
        el("td", {}, r.repo),
        el("td", {}, r.outcome),
        ...SEVERITIES.map((s) => num(audit?.before.bySeverity[s])),
        num(audit?.before.findings),
        num(audit?.before.score),
        ...(withAfter ? [num(audit?.after?.findings)] : []),
      );
    });
  const header = ["#", "repository", "result", ...SEVERITIES, "findings", "score", ...(withAfter ? ["after PR"] : [])];
  const title = `DevOps baseline ${report.auditOnly ? "audit" : report.apply ? "rollout" : "rollout (dry run)"}`;
  const byRule = findingsByRule(ranked);
  const page = el(
    "html",
    { lang: "en" },
    el(
      "head",
      {},
      el("meta", { charset: "utf-8" }),
      el("meta", { "http-equiv": "Content-Security-Policy", content: "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'" }),
      el("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }),
      el("title", {}, title),
      el("style", {}, STYLE),
    ),
    el(
      "body",
      {},
      el("h1", {}, title),
      el("p", {}, `${report.listed} repositories listed, ${report.results.length} checked, ${ranked.length} audited. ${report.startedAt} – ${report.finishedAt}, create-devops-baseline ${TOOL_VERSION}.`),
      el("p", { class: "legend" }, ...SEVERITIES.map((s) => el("span", {}, el("i", { style: `background:${COLORS[s]}` }), s))),
      el("h2", {}, "Findings per repository"),
      ranked.length > 0 ? repoChart(ranked.slice(0, CHART_ROWS).map((r) => ({ label: r.repo, counts: r.before }))) : el("p", {}, "No repository was audited."),
      ranked.length > CHART_ROWS ? el("p", {}, `The ${CHART_ROWS} with the most serious findings; the table lists all ${ranked.length}.`) : [],
      el("h2", {}, "Findings per rule"),
      byRule.length > 0 ? ruleChart(byRule) : el("p", {}, "No findings."),
      el("h2", {}, "Repositories"),
      el(
        "table",
        { class: "sortable", id: "repos" },
        el("thead", {}, el("tr", {}, ...header.map((h) => el("th", { scope: "col" }, el("button", { type: "button" }, h))))),
        el("tbody", {}, ...rows),
      ),
      el("script", {}, SCRIPT),
    ),
  );
  return `<!doctype html>\n${render(page)}\n`;
}

const BAR = 18;
const LABEL = 260;
const WIDTH = 520;
/** Room right of the longest bar for its count. */
const MARGIN = 140;

/** Horizontal bars, one per repository, stacked by severity. */
function repoChart(bars: readonly { label: string; counts: AuditCounts }[]): Element {
  const max = Math.max(1, ...bars.map((b) => b.counts.findings));
  const scale = (n: number) => (n * WIDTH) / max;
  const height = bars.length * (BAR + 6);
  return el(
    "svg",
    { id: "chart-repos", role: "img", "aria-label": "Findings per repository", width: LABEL + WIDTH + MARGIN, height, viewBox: `0 0 ${LABEL + WIDTH + MARGIN} ${height}` },
    ...bars.map((bar, i) => {
      const y = i * (BAR + 6);
      let x = LABEL;
      const segments = SEVERITIES.filter((s) => bar.counts.bySeverity[s] > 0).map((s) => {
        const w = scale(bar.counts.bySeverity[s]);
        const rect = el("rect", { x, y, width: w.toFixed(1), height: BAR, fill: COLORS[s] }, el("title", {}, `${bar.label}: ${bar.counts.bySeverity[s]} ${s}`));
        x += w;
        return rect;
      });
      return el("g", {}, el("text", { x: LABEL - 8, y: y + 13, "text-anchor": "end" }, bar.label), ...segments, el("text", { x: x + 6, y: y + 13 }, bar.counts.findings));
    }),
  );
}

const repos = (n: number) => `${n} ${n === 1 ? "repository" : "repositories"}`;

/** Horizontal bars, one per rule id, with the number of repositories it fired in. */
function ruleChart(rules: readonly { rule: string; findings: number; repos: number }[]): Element {
  const max = Math.max(1, ...rules.map((r) => r.findings));
  const height = rules.length * (BAR + 6);
  return el(
    "svg",
    { id: "chart-rules", role: "img", "aria-label": "Findings per rule", width: LABEL + WIDTH + MARGIN, height, viewBox: `0 0 ${LABEL + WIDTH + MARGIN} ${height}` },
    ...rules.map((r, i) => {
      const y = i * (BAR + 6);
      const w = (r.findings * WIDTH) / max;
      return el(
        "g",
        {},
        el("text", { x: LABEL - 8, y: y + 13, "text-anchor": "end" }, el("a", { href: `${RULES_DOC_URL}#${r.rule.toLowerCase()}` }, r.rule)),
        el("rect", { x: LABEL, y, width: w.toFixed(1), height: BAR, fill: "#1565c0" }, el("title", {}, `${r.rule}: ${r.findings} finding(s) in ${repos(r.repos)}`)),
        el("text", { x: LABEL + w + 6, y: y + 13 }, `${r.findings} (${repos(r.repos)})`),
      );
    }),
  );
}
