/** One problem a validator reported about one generated file. */
export interface Finding {
  /** The validator; other test suites add their own rule sets (`string & {}` keeps the known names suggested). */
  readonly tool: "actionlint" | "schema" | "shellcheck" | "hardening" | "prettier" | "yaml" | (string & {});
  readonly file: string;
  readonly message: string;
  /** 1-based, when the tool gives one. */
  readonly line?: number;
  /** Rule id (shellcheck SC code, hardening rule name), when the tool has one. */
  readonly rule?: string;
}

export const formatFindings = (findings: readonly Finding[]): string =>
  findings.map((f) => `${f.file}${f.line ? `:${f.line}` : ""} [${f.tool}${f.rule ? ` ${f.rule}` : ""}] ${f.message}`).join("\n");
