/** Repository files by path. */
export type Files = Readonly<Record<string, string>>;

/** One rule's proof: a bad sample it flags exactly once, at `at`, and a good sample it accepts. */
export interface RuleSample {
  readonly bad: Files;
  readonly good: Files;
  readonly at: { readonly file: string; readonly line: number | undefined };
}

/** `text` with `from` replaced; throws when `from` is absent, so a sample never silently equals its base. */
export function swap(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`sample: ${JSON.stringify(from)} not found`);
  return text.replace(from, to);
}

/** 1-based line of the first line containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const i = text.split("\n").findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`sample: ${JSON.stringify(needle)} not found`);
  return i + 1;
}

export const CHECKOUT = "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2";
export const PY = "python:3.12-slim@sha256:229a2c5bfa27522db7815ea81f9bed70af17ccb9de9fc7ad142b1877b5830d36";
export const PG = "postgres:17-alpine@sha256:b0f9560a2de083e2cc7382e75f808c7381a32852a7ec49117deedb300e552b24";
