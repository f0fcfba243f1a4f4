import { Document, isPair, isScalar, visit } from "yaml";
import { pinComment } from "../workflows/pins.js";

/**
 * YAML in prettier's default form: two-space indent, no line folding, sequences indented under keys.
 * SHA-pinned `uses:` values get their version as a trailing comment.
 */
export function renderYaml(data: unknown, headerLines: readonly string[] = []): string {
  const doc = new Document(data, { keepUndefined: false });
  visit(doc, {
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
