import { parse } from "yaml";
import { actionlintFindings } from "./actionlint.js";
import type { Finding } from "./finding.js";
import { hardeningFindings } from "./hardening.js";
import { schemaFindings } from "./json-schema.js";
import { prettierFindings } from "./prettier-check.js";
import { runScripts } from "./run-scripts.js";
import { type Script, shellcheckFindings } from "./shellcheck.js";

export interface YamlFile {
  readonly path: string;
  readonly text: string;
}

function parseYaml(file: YamlFile, findings: Finding[]): unknown {
  try {
    return parse(file.text);
  } catch (error) {
    findings.push({ tool: "yaml", file: file.path, message: (error as Error).message });
    return undefined;
  }
}

/**
 * Every workflow check for many files at once: actionlint, GitHub's workflow JSON Schema,
 * shellcheck on each `run:` block (one shellcheck process for all), the hardening rules, prettier.
 */
export type WorkflowCheck = "actionlint" | "schema" | "shellcheck" | "hardening" | "prettier";
const ALL_CHECKS: readonly WorkflowCheck[] = ["actionlint", "schema", "shellcheck", "hardening", "prettier"];

export async function validateWorkflows(files: readonly YamlFile[], checks: readonly WorkflowCheck[] = ALL_CHECKS): Promise<Finding[]> {
  const findings: Finding[] = [];
  const scripts: Script[] = [];
  for (const file of files) {
    const data = parseYaml(file, findings);
    if (data === undefined) continue;
    if (checks.includes("schema")) findings.push(...schemaFindings("github-workflow.json", data, file.path));
    if (checks.includes("hardening")) findings.push(...hardeningFindings(file.text, file.path));
    if (checks.includes("prettier")) findings.push(...(await prettierFindings(file.text, file.path, "yaml")));
    if (checks.includes("shellcheck")) scripts.push(...runScripts(data, file.path));
  }
  if (checks.includes("actionlint")) findings.push(...(await actionlintFindings(files)));
  findings.push(...(await shellcheckFindings(scripts)));
  return findings;
}

/** All workflow checks for one workflow text. */
export async function validateWorkflow(yamlText: string, path = ".github/workflows/workflow.yml"): Promise<Finding[]> {
  return validateWorkflows([{ path, text: yamlText }]);
}

/** `.github/dependabot.yml`: the Dependabot JSON Schema and prettier. */
export async function validateDependabot(yamlText: string, path = ".github/dependabot.yml"): Promise<Finding[]> {
  const findings: Finding[] = [];
  const data = parseYaml({ path, text: yamlText }, findings);
  if (data !== undefined) findings.push(...schemaFindings("dependabot-2.0.json", data, path));
  findings.push(...(await prettierFindings(yamlText, path, "yaml")));
  return findings;
}
