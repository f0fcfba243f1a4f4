import type { RepoResult } from "./sync-repo.js";

/** What a run tells the person watching it. */
export interface Progress {
  /** `total` is unknown while the listing streams in. */
  phase(name: string, total?: number): void;
  done(result: RepoResult): void;
  note(line: string): void;
  end(): void;
}

interface Stream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
  readonly columns?: number;
}

/**
 * One live status line on a terminal (redrawn at most ten times a second); plain lines, one per
 * repository that needed something, when the output is a file or a CI log.
 */
export function createProgress(stream: Stream, redact: (s: string) => string, now: () => number = Date.now): Progress {
  const live = stream.isTTY === true;
  let phaseName = "";
  let total: number | undefined;
  let count = 0;
  let writes = 0;
  let failed = 0;
  let lastDraw = 0;
  let started = now();
  const clear = () => live && stream.write("\r\x1b[2K");
  const draw = (force = false) => {
    if (!live || (!force && now() - lastDraw < 100)) return;
    lastDraw = now();
    const rate = count / Math.max(1, (now() - started) / 60_000);
    const text = `${phaseName} ${count}${total === undefined ? "" : `/${total}`} repos · ${writes} writes · ${failed} failed · ${Math.round(rate)} repos/min`;
    stream.write(`\r\x1b[2K${text.slice(0, (stream.columns ?? 100) - 1)}`);
  };
  const line = (text: string) => {
    clear();
    stream.write(`${redact(text)}\n`);
    draw(true);
  };
  return {
    phase(name, n) {
      if (live && phaseName) clear();
      phaseName = name;
      total = n;
      count = writes = failed = 0;
      started = now();
      if (!live) stream.write(n === undefined ? `${name}: repositories as they are listed\n` : `${name}: ${n} repositories\n`);
      draw(true);
    },
    done(result) {
      count++;
      writes += result.writes;
      if (result.outcome === "failed") failed++;
      if (result.outcome !== "clean" && result.outcome !== "skipped") {
        const pr = result.pr ? ` #${result.pr.number}` : "";
        line(`${result.repo}  ${result.outcome}${pr}  (${result.writes} writes)${result.error ? `  ${result.error}` : ""}`);
      } else {
        draw();
      }
    },
    note: line,
    end() {
      clear();
    },
  };
}

export const silentProgress: Progress = { phase: () => undefined, done: () => undefined, note: () => undefined, end: () => undefined };
