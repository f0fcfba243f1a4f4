import type { BaselineConfig } from "../options/index.js";

/** One fact detection relied on: which file told what. */
export interface Evidence {
  /** Option key, dot path (`backend.kind`, `database`). */
  readonly key: string;
  readonly value: string;
  /** Repo-relative file that told it ("." when the answer comes from the absence of files). */
  readonly file: string;
  /** One human-readable sentence, e.g. "backend/pyproject.toml depends on django". */
  readonly reason: string;
}

export interface Detection {
  /** Proposed options, only the keys detection is sure of. */
  readonly config: BaselineConfig;
  readonly evidence: readonly Evidence[];
  /** Things the baseline cannot cover or detection could not decide (e.g. MongoDB, two backends). */
  readonly warnings: readonly string[];
}

/**
 * A repository as detection sees it: every file path (POSIX, repo-relative), and the contents of the
 * few files detection asked for. The same input comes from a local folder or a GitHub tree listing.
 */
export interface RepoSnapshot {
  readonly paths: readonly string[];
  readonly files: ReadonlyMap<string, string>;
  /** The folder or GitHub repository name, the project name of last resort. */
  readonly name?: string;
}
