import { detectFromSnapshot } from "./detect-from-snapshot.js";
import { readLocalSnapshot } from "./read-local-snapshot.js";
import type { Detection } from "./types.js";

/** readLocalSnapshot, then detectFromSnapshot. */
export function detectRepo(root: string): Detection {
  return detectFromSnapshot(readLocalSnapshot(root));
}
