// Shared validators for generated files; each returns findings, zero findings is the bar.
export { actionlintFindings } from "./actionlint.js";
export { type Finding, formatFindings } from "./finding.js";
export { HARDENING_RULES, type HardeningRule, hardeningFindings } from "./hardening.js";
export { schemaPath, type SchemaName, schemaFindings } from "./json-schema.js";
export { prettierFindings } from "./prettier-check.js";
export { EXPRESSION_PLACEHOLDER, replaceExpressions, runScripts } from "./run-scripts.js";
export { type Script, shellcheckFindings } from "./shellcheck.js";
export { validateDependabot, validateWorkflow, validateWorkflows, type WorkflowCheck, type YamlFile } from "./validate-workflow.js";
