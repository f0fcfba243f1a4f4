import { pc } from "./colors.js";
import { writeStdio } from "./stdio.js";
import type { PlannedAction } from "../synth/plan.js";
import { pathOf } from "../synth/plan.js";
import { unifiedDiff } from "../synth/unified-diff.js";

/** Where commands print. Tests pass their own to capture output. */
export interface Output {
  out(line: string): void;
  err(line: string): void;
}

export const processOutput: Output = {
  out: (line) => writeStdio(1, `${line}\n`),
  err: (line) => writeStdio(2, `${line}\n`),
};

const LABEL: Record<PlannedAction["type"], string> = {
  create: pc.green("create   "),
  update: pc.cyan("update   "),
  unchanged: pc.dim("unchanged"),
  replace: pc.yellow("replace  "),
  delete: pc.red("delete   "),
  "skip-unowned": pc.yellow("skip     "),
  merge: pc.cyan("merged   "),
  conflict: pc.red("conflict "),
  "keep-edited": pc.yellow("kept     "),
  "keep-orphan": pc.yellow("disowned "),
  blocked: pc.red("blocked  "),
};

/** One line per file: what synth did (or would do) and why, when it is not the obvious. */
export function describeAction(action: PlannedAction): string {
  const path = pathOf(action);
  switch (action.type) {
    case "skip-unowned":
      return `${LABEL[action.type]} ${path} — exists and is not owned; kept as is (--adopt takes it over, keeping a .orig backup; or add it to "eject")`;
    case "keep-edited":
      return `${LABEL[action.type]} ${path} — edited by hand; kept (--force overwrites, keeping a .orig backup)${action.note ? `; ${action.note}` : ""}`;
    case "merge":
      return action.conflicts > 0
        ? `${LABEL[action.type]} ${path} — your edit and the new baseline merged, ${action.conflicts} conflicting region(s) written with conflict markers; resolve them`
        : `${LABEL[action.type]} ${path} — your edit and the new baseline merged cleanly`;
    case "conflict":
      return `${LABEL[action.type]} ${path} — your edit and the new baseline change the same lines; not written (see the report)`;
    case "keep-orphan":
      return `${LABEL[action.type]} ${path} — no longer generated, but edited by hand; left in place and no longer owned`;
    case "blocked":
      return `${LABEL[action.type]} ${path} — ${action.reason}`;
    case "replace":
      return `${LABEL[action.type]} ${path} (${action.why === "adopt" ? "adopted" : "forced"})`;
    default:
      return `${LABEL[action.type]} ${path}`;
  }
}

/** The unified diff from what is on disk to what synth would write, for one action. */
export function actionDiff(action: PlannedAction): string | undefined {
  switch (action.type) {
    case "create":
      return unifiedDiff(action.file.path, null, action.file.content);
    case "update":
    case "replace":
      return unifiedDiff(action.file.path, action.previous, action.file.content);
    case "keep-edited":
    case "skip-unowned":
      return unifiedDiff(action.file.path, action.existing, action.file.content);
    case "merge":
      return unifiedDiff(action.file.path, action.previous, action.content);
    case "conflict":
      return action.report;
    case "delete":
      return unifiedDiff(action.path, action.previous, null);
    default:
      return undefined;
  }
}

export function colorDiff(diff: string): string {
  return diff
    .split("\n")
    .map((line) =>
      line.startsWith("+++") || line.startsWith("---")
        ? pc.bold(line)
        : line.startsWith("+")
          ? pc.green(line)
          : line.startsWith("-")
            ? pc.red(line)
            : line.startsWith("@@")
              ? pc.cyan(line)
              : line,
    )
    .join("\n");
}

/** A kept file whose managed part (marked entries or block) synth updates; the user's own lines stay. */
export const describeManaged = (path: string): string => `${pc.cyan("managed  ")} ${path} — yours; its marked baseline entries were brought up to date, your own lines are untouched`;
