import pins from "../data/action-pins.json" with { type: "json" };
import { BaselineError } from "../errors.js";

interface Pin {
  readonly version: string;
  readonly sha: string;
}

const PINS: Readonly<Record<string, Pin>> = pins;
// GitHub resolves `uses:` owner/repo case-insensitively (`Azure/login` = `azure/login`), so do we.
const PIN_BY_LOWER_NAME = new Map(Object.entries(PINS).map(([name, pin]) => [name.toLowerCase(), pin]));
const VERSION_BY_SHA = new Map(Object.values(PINS).map((p) => [p.sha, p.version]));

/**
 * `owner/repo[/path]@<full sha>` for an action in `src/data/action-pins.json`
 * (refreshed by `scripts/refresh-action-pins.ts`). The version goes in a comment at render time.
 */
export function pinnedAction(action: string): string {
  const repo = action.split("/").slice(0, 2).join("/");
  const pin = PIN_BY_LOWER_NAME.get(repo.toLowerCase());
  if (!pin) throw new BaselineError("IO", `No pin for action ${repo} in src/data/action-pins.json`);
  return `${action}@${pin.sha}`;
}

/** The version comment for a SHA-pinned `uses:` value, if we pinned it. */
export function pinComment(uses: string): string | undefined {
  const sha = /@([0-9a-f]{40})$/.exec(uses)?.[1];
  return sha ? VERSION_BY_SHA.get(sha) : undefined;
}
