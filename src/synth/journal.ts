import { z } from "zod";
import { manifestSchema, type Manifest } from "./manifest.js";

/** Written before the first file, removed after the manifest: a crash in between is recovered from it. */
export const JOURNAL_PATH = ".devops-baseline/journal.json";

const journalSchema = z.object({
  version: z.literal(1),
  /** The manifest the interrupted run was about to write. */
  manifest: manifestSchema,
  /** Path → git blob SHA of the bytes the run was putting there (a merge writes more than the render). */
  written: z.record(z.string(), z.string()),
  /** Temp files the run may have left behind; removed by the next run. */
  temps: z.array(z.string()),
});

export type Journal = z.infer<typeof journalSchema>;

export function serializeJournal(journal: Journal): string {
  return `${JSON.stringify(journal, null, 2)}\n`;
}

/** `undefined` when the journal is unreadable: the run that wrote it died before renaming it in place. */
export function parseJournal(text: string): Journal | undefined {
  try {
    const parsed = journalSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export type { Manifest };
