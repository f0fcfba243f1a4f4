import { createTwoFilesPatch } from "diff";
import { normaliseText } from "./git-blob.js";

/** A git-style unified diff of one file, from what is on disk to what would be there. */
export function unifiedDiff(path: string, before: string | null, after: string | null): string {
  const patch = createTwoFilesPatch(
    before === null ? "/dev/null" : `a/${path}`,
    after === null ? "/dev/null" : `b/${path}`,
    normaliseText(before ?? ""),
    after ?? "",
    undefined,
    undefined,
    { context: 3 },
  );
  // Drop the "Index:"/"====" preamble the library adds; keep ---/+++ and hunks.
  return patch.split("\n").filter((line, i) => !(i < 2 && (line.startsWith("Index:") || line.startsWith("===")))).join("\n");
}
