import { manifestOf, type Manifest } from "./manifest.js";

/** Written before the first file, removed after the manifest: a crash in between is recovered from it. */
export const JOURNAL_PATH = ".devops-baseline/journal.json";

export interface Journal {
  version: 1;
  /** The manifest the interrupted run was about to write. */
  manifest: Manifest;
  /** Path → git blob SHA of the bytes the run was putting there (a merge writes more than the render). */
  written: Record<string, string>;
  /** Temp files the run may have left behind; removed by the next run. */
  temps: string[];
}

/** A journal, unknown keys dropped; `undefined` when it is not one (checked by hand, like the manifest). */
function journalOf(value: unknown): Journal | undefined {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  const { version, manifest, written, temps } = value as Record<string, unknown>;
  const parsedManifest = manifestOf(manifest);
  if (version !== 1 || !parsedManifest || written === null || typeof written !== "object" || Array.isArray(written) || !Array.isArray(temps)) return undefined;
  if (!Object.values(written).every((sha) => typeof sha === "string") || !temps.every((t) => typeof t === "string")) return undefined;
  return { version: 1, manifest: parsedManifest, written: { ...(written as Record<string, string>) }, temps: [...(temps as string[])] };
}

export function serializeJournal(journal: Journal): string {
  return `${JSON.stringify(journal, null, 2)}\n`;
}

/** `undefined` when the journal is unreadable: the run that wrote it died before renaming it in place. */
export function parseJournal(text: string): Journal | undefined {
  try {
    return journalOf(JSON.parse(text));
  } catch {
    return undefined;
  }
}

export type { Manifest };
