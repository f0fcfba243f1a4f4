import type { TreeEntry } from "../github/tree-sha.js";
import { unifiedDiff } from "../synth/unified-diff.js";
import type { RemotePlan } from "./plan-remote.js";
import type { ReadBlob } from "./remote-options.js";

/** The unified diff of every change a PR would make; old contents are downloaded only here, for display. */
export async function remoteDiff(plan: RemotePlan, entries: ReadonlyMap<string, TreeEntry>, readBlob: ReadBlob): Promise<string> {
  const parts: string[] = [];
  for (const change of plan.changes) {
    const entry = entries.get(change.path);
    const before = entry?.type === "blob" ? await readBlob(entry.sha) : null;
    if (before === change.content) {
      parts.push(`mode ${change.path}: ${change.executable ? "100644 → 100755" : "100755 → 100644"}`);
      continue;
    }
    parts.push(unifiedDiff(change.path, before, change.content));
  }
  return parts.join("\n");
}
