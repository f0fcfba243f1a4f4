import type { FileOverride } from "../synth/overrides.js";

/** What adoption keeps of a file the repository had, and what it cannot. */
export interface Carry {
  /** Config overrides that put the old file's extra parts into the baseline's version. */
  readonly override: FileOverride;
  /** One line per part carried over (`jobs.docs: a job the baseline does not have`). */
  readonly carried: readonly string[];
  /** One line per part the baseline's version drops or replaces, with what replaces it. */
  readonly notCarried: readonly string[];
}

export type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** A short, one-line view of a value for the lists above. */
export function preview(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}

/** A key as a segment of an override's dot path (dots in keys escaped). */
export const seg = (key: string): string => key.replace(/\./g, "\\.");
