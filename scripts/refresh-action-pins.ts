/**
 * Refresh `src/data/action-pins.json`: for each pinned action, the newest release tag of its pinned
 * major (or of the newest major with --major) and the commit that tag names.
 *
 *   node --import tsx scripts/refresh-action-pins.ts --mirrors /work/.mirror [--major] [--add owner/repo]... [--check]
 *   node --import tsx scripts/refresh-action-pins.ts --remote [--major] [--check]
 *
 * --mirrors DIR  read tags from local clones: DIR/<owner>+<repo>/repo, DIR/<owner>+<repo> or DIR/<owner>/<repo>
 * --remote       read tags with `git ls-remote --tags https://github.com/<owner>/<repo>`
 * --major        move to the newest major (review the action's changelog first)
 * --add ACTION   add an action (pinned to its newest major)
 * --check        write nothing; exit 1 when the file is out of date
 * --pins FILE    the pins file (default src/data/action-pins.json)
 *
 * See docs/action-pins.md.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { ActionPinEntry } from "../src/pins/pin-types.js";
import { type ActionPin, majorOf, parseLsRemote, selectPin, type TagRef } from "../src/workflows/select-pin.js";

const DEFAULT_PINS_FILE = new URL("../src/data/action-pins.json", import.meta.url);

const git = (args: readonly string[]): string => execFileSync("git", args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });

function findMirror(root: string, action: string): string | undefined {
  const [owner = "", repo = ""] = action.split("/");
  const wanted = new Set([`${owner}+${repo}`.toLowerCase(), `${owner}/${repo}`.toLowerCase()]);
  const candidates: string[] = [];
  for (const entry of readdirSync(root)) {
    if (wanted.has(entry.toLowerCase())) candidates.push(join(root, entry, "repo"), join(root, entry));
    else if (entry.toLowerCase() === owner.toLowerCase()) {
      for (const sub of readdirSync(join(root, entry))) if (sub.toLowerCase() === repo.toLowerCase()) candidates.push(join(root, entry, sub));
    }
  }
  return candidates.find((dir) => existsSync(join(dir, "HEAD")) || existsSync(join(dir, ".git")));
}

function mirrorTags(dir: string): TagRef[] {
  // %(*objectname) is the peeled commit of an annotated tag; lightweight tags name the commit directly.
  const out = git(["-C", dir, "for-each-ref", "--format=%(refname:strip=2) %(objectname) %(*objectname)", "refs/tags"]);
  return out
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [name = "", object = "", peeled = ""] = line.split(" ");
      return { name, commit: peeled || object };
    });
}

/** A tag moved to a commit on no branch is the signature of a hijacked tag: refuse to pin it. */
function assertOnABranch(dir: string, action: string, pin: ActionPin): void {
  const branches = git(["-C", dir, "for-each-ref", "--count=1", "--contains", pin.sha, "refs/heads", "refs/remotes"]);
  if (branches.trim() === "") throw new Error(`${action} ${pin.version} names ${pin.sha}, which is on no branch: not pinning it`);
}

function main(): void {
  const { values } = parseArgs({
    options: {
      mirrors: { type: "string" },
      remote: { type: "boolean", default: false },
      major: { type: "boolean", default: false },
      add: { type: "string", multiple: true, default: [] },
      check: { type: "boolean", default: false },
      pins: { type: "string" },
    },
  });
  const PINS_FILE = values.pins ?? DEFAULT_PINS_FILE;
  if (!values.mirrors && !values.remote) throw new Error("give --mirrors DIR or --remote");
  const current = JSON.parse(readFileSync(PINS_FILE, "utf8")) as Record<string, ActionPinEntry>;
  const today = new Date().toISOString().slice(0, 10);
  const actions = [...new Set([...Object.keys(current), ...(values.add ?? [])])].sort();
  const next: Record<string, ActionPinEntry> = {};
  const problems: string[] = [];
  for (const action of actions) {
    const pinned = current[action];
    const major = values.major || !pinned ? undefined : majorOf(pinned.version);
    let tags: TagRef[];
    let dir: string | undefined;
    if (values.mirrors) {
      dir = findMirror(values.mirrors, action);
      if (!dir) {
        problems.push(`${action}: no mirror under ${values.mirrors}; kept as it was`);
        if (pinned) next[action] = pinned;
        continue;
      }
      tags = mirrorTags(dir);
    } else {
      tags = parseLsRemote(git(["ls-remote", "--tags", `https://github.com/${action}`]));
    }
    const pin = selectPin(tags, major);
    if (!pin) {
      problems.push(`${action}: no release tag${major === undefined ? "" : ` in major v${major}`}; kept as it was`);
      if (pinned) next[action] = pinned;
      continue;
    }
    if (dir) assertOnABranch(dir, action, pin);
    if (pinned?.sha !== pin.sha) console.log(`${action}: ${pinned ? `${pinned.version} → ` : "added "}${pin.version} ${pin.sha}`);
    // An unchanged pin keeps its recorded source and date, so a refresh that finds nothing changes no byte.
    next[action] =
      pinned?.sha === pin.sha && pinned.version === pin.version
        ? pinned
        : { ...pin, source: `tag ${pin.version} of github.com/${action}, peeled to its commit (${dir ? "git for-each-ref on a local mirror; the commit is on a branch" : "git ls-remote --tags"})`, checkedAt: today };
  }
  for (const p of problems) console.error(p);
  const text = `${JSON.stringify(next, null, 2)}\n`;
  const changed = text !== readFileSync(PINS_FILE, "utf8");
  if (values.check) {
    console.log(changed ? "action pins are out of date" : "action pins are up to date");
    process.exitCode = changed ? 1 : 0;
    return;
  }
  if (changed) writeFileSync(PINS_FILE, text);
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
}
