import type { AppCandidate } from "../../detect/app-candidate.js";
import { joinPath } from "../../detect/paths.js";
import type { RepoIndex } from "../../detect/repo-index.js";
import { emptyReport, type RuntimeReport } from "../../detect/runtime/facts.js";

export const NEXT_CONFIG_NAMES = ["next.config.js", "next.config.mjs", "next.config.ts", "next.config.cjs", "next.config.mts"];
const MODES = ["standalone", "export"] as const;

/**
 * The output mode next.config sets, as the image build will see it: a literal `output: "standalone"`,
 * or a value chosen by a ternary or an environment variable, evaluated with that variable unset
 * (the image build does not set it). No config, or no `output`, is the default mode (`next start`).
 */
export function detectNextRuntime(index: RepoIndex, app: AppCandidate): RuntimeReport {
  const report = emptyReport();
  const file = NEXT_CONFIG_NAMES.map((name) => joinPath(app.dir, name)).find((p) => index.pathSet.has(p));
  const text = file ? index.files.get(file) : undefined;
  if (!file || text === undefined) {
    report.facts.push({ key: "nextOutput", value: "default", file: app.file, reason: `no next.config in ${app.dir === "." ? "the root" : app.dir}: next start serves the build` });
    return report;
  }
  const mode = outputMode(text);
  const reason = {
    literal: `${file} sets output: "${mode.value}"`,
    conditional: `${file} chooses output with ${mode.condition}; unset in the image build, it is ${mode.value === "default" ? "no output key" : `"${mode.value}"`}`,
    none: `${file} sets no output mode: next start serves the build`,
  }[mode.kind];
  report.facts.push({ key: "nextOutput", value: mode.value, file, reason });
  if (mode.value === "export") report.facts.push({ key: "outDir", value: distDir(text) ?? "out", file, reason: `${file} sets output: "export", so next build writes ${distDir(text) ?? "out"}/` });
  if (mode.kind === "conditional") report.warnings.push(`${reason}. Set frontend.nextOutput if production builds set that variable.`);
  return report;
}

export type Mode = { kind: "literal" | "none"; value: "standalone" | "export" | "default"; condition?: undefined } | { kind: "conditional"; value: "standalone" | "export" | "default"; condition: string };

/** The mode a next.config text selects with its variables unset; shared with the reference check. */
export function outputMode(text: string): Mode {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:])\/\/.*$/gm, "$1");
  const literal = /\boutput\s*:\s*["'](standalone|export)["']/.exec(code);
  if (literal) return { kind: "literal", value: literal[1] as "standalone" | "export" };
  // output: cond ? "standalone" : undefined — the branch taken when the variable is unset.
  const ternary = /\boutput\s*:\s*([^?,}\n]+?)\s*\?\s*([^:,}\n]+?)\s*:\s*([^,}\n]+)/.exec(code);
  if (ternary?.[1] && ternary[2] && ternary[3]) {
    const condition = ternary[1].trim();
    const negated = /^!|!==?|!=/.test(condition.replace(/^\(/, ""));
    const taken = negated ? ternary[2] : ternary[3];
    return { kind: "conditional", value: modeOf(taken), condition: `\`${condition}\`` };
  }
  // output: process.env.NEXT_OUTPUT (or ?? "standalone"): the fallback applies when it is unset.
  const fromEnv = /\boutput\s*:\s*(process\.env\.\w+)(?:\s*(?:\?\?|\|\|)\s*([^,}\n]+))?/.exec(code);
  if (fromEnv?.[1]) return { kind: "conditional", value: fromEnv[2] ? modeOf(fromEnv[2]) : "default", condition: `\`${fromEnv[1]}\`` };
  return { kind: "none", value: "default" };
}

function modeOf(expression: string): "standalone" | "export" | "default" {
  return MODES.find((mode) => new RegExp(`["']${mode}["']`).test(expression)) ?? "default";
}

function distDir(text: string): string | undefined {
  return /\bdistDir\s*:\s*["']([^"']+)["']/.exec(text)?.[1];
}
