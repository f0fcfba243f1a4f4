// The reference for src/synth/emit-yaml.ts: how YAML was rendered through the `yaml` library's Document
// API before the direct emitter (issue 14). test/synth/emit-yaml.test.ts holds the two byte-for-byte equal.
import { Document, isPair, isScalar, Scalar, visit } from "yaml";
import { pinComment } from "../../src/workflows/pins.js";

/** Strings a YAML 1.1 reader would take for a number or a boolean (`05:00`, `on`, `no`): always quoted. */
const YAML_11_AMBIGUOUS = /^(?:[0-9]+(?::[0-5]?[0-9])+(?:\.[0-9]*)?|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;

/**
 * YAML in prettier's default form: two-space indent, no line folding, sequences indented under keys.
 * SHA-pinned `uses:` values get their version as a trailing comment.
 */
export function renderYaml(data: unknown, headerLines: readonly string[] = []): string {
  // No anchors/aliases for objects used twice: each place reads on its own, as a hand-written file would.
  const doc = new Document(data, { keepUndefined: false, aliasDuplicateObjects: false });
  visit(doc, {
    Scalar(key, node) {
      if (key === "value" && typeof node.value === "string" && YAML_11_AMBIGUOUS.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
    Pair(_, pair) {
      if (isPair(pair) && isScalar(pair.key) && pair.key.value === "uses" && isScalar(pair.value)) {
        const version = pinComment(String(pair.value.value));
        if (version) pair.value.comment = ` ${version}`;
      }
    },
  });
  if (headerLines.length > 0) doc.commentBefore = headerLines.map((l) => ` ${l}`).join("\n");
  return doc.toString({ lineWidth: 0, indentSeq: true, singleQuote: false, flowCollectionPadding: true });
}
