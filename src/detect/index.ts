/** Stack detection: paths and a few file contents in, proposed options with their evidence out. */
export type { Detection, Evidence, RepoSnapshot } from "./types.js";
export { filesToRead } from "./files-to-read.js";
export { detectFromSnapshot } from "./detect-from-snapshot.js";
export { detectRepo } from "./detect-repo.js";
export { readLocalSnapshot } from "./read-local-snapshot.js";
