/** What `pins --json` lists: one pinned thing, its value, and where and when that value was read. */
export interface Pin {
  readonly kind: "action" | "image" | "tool";
  /** `owner/repo` of an action, the image name (`python`, `quay.io/minio/minio`), or the tool's key. */
  readonly name: string;
  /** The action's release tag, the image's tag, or the tool's version. */
  readonly version: string;
  /** An action's commit. */
  readonly sha?: string;
  /** An image's multi-arch index digest. */
  readonly digest?: string;
  readonly source: string;
  /** Day (UTC) the value was last read from its source; a refresh that finds the same value keeps it. */
  readonly checkedAt: string;
}

/** One entry of `src/data/action-pins.json`, keyed by lower-case `owner/repo`. */
export interface ActionPinEntry {
  readonly version: string;
  readonly sha: string;
  readonly source: string;
  readonly checkedAt: string;
}

/** One entry of `src/data/base-images.json`'s `images`, keyed by `image:tag`. */
export interface ImagePinEntry {
  readonly image: string;
  readonly tag: string;
  readonly digest: string;
  readonly source: string;
  readonly checkedAt: string;
}

/** Where a tool's releases are listed: PyPI, the npm registry, or a GitHub repository's release tags. */
export type ToolRegistry = "pypi" | "npm" | "github";

/** One entry of `src/data/tool-versions.json`'s `tools`. */
export interface ToolPinEntry {
  readonly registry: ToolRegistry;
  /** The package name on the registry (`owner/repo` for `github`). */
  readonly package: string;
  /** Stay within this major on refresh (pnpm's majors differ in lockfile format and install-script policy). */
  readonly major?: number;
  readonly version: string;
  readonly source: string;
  readonly checkedAt: string;
}

export interface ImagePinsFile {
  readonly $comment: string;
  readonly images: Readonly<Record<string, ImagePinEntry>>;
}

export interface ToolPinsFile {
  readonly $comment: string;
  readonly tools: Readonly<Record<string, ToolPinEntry>>;
}

export type ActionPinsFile = Readonly<Record<string, ActionPinEntry>>;

/** The three data files, as read. */
export interface PinData {
  readonly actions: ActionPinsFile;
  readonly images: ImagePinsFile;
  readonly tools: ToolPinsFile;
}
