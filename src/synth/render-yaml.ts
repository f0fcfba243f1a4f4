import { pinComment } from "../workflows/pins.js";
import { emitYaml, type EmitHooks } from "./emit-yaml.js";

/** Strings a YAML 1.1 reader would take for a number or a boolean (`05:00`, `on`, `no`): always quoted. */
const YAML_11_AMBIGUOUS = /^(?:[0-9]+(?::[0-5]?[0-9])+(?:\.[0-9]*)?|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;

const HOOKS: EmitHooks = {
  valueStyle: (value) => (YAML_11_AMBIGUOUS.test(value) ? "double" : "auto"),
  // SHA-pinned `uses:` values get their version as a trailing comment.
  valueComment: (key, value) => (key === "uses" && (value === null || typeof value !== "object") ? pinComment(String(value)) : undefined),
};

/** YAML in prettier's default form: two-space indent, no line folding, sequences indented under keys. */
export function renderYaml(data: unknown, headerLines: readonly string[] = []): string {
  return emitYaml(data, HOOKS, headerLines.length > 0 ? headerLines.map((l) => ` ${l}`).join("\n") : undefined);
}
