import type { RenderedFile } from "../../src/synth/file-model.js";
import type { RenderedTree } from "../../src/synth/synthesize-rendered.js";

const lines = (n: number, f: (i: number) => string): string => Array.from({ length: n }, (_, i) => `${f(i + 1)}\n`).join("");

/**
 * A small owned tree whose version-2 render touches every kind of write: an update, an unchanged
 * executable, a delete, a create in a new folder, two files users edit by hand (a clean merge and an
 * overlap), and g.yml, which exists unowned (UNOWNED_FILES) and is adopted with a backup.
 */
export function testTree(version: 1 | 2): RenderedTree {
  const file = (path: string, content: string, executable = false): RenderedFile => ({ path, component: "test", content, executable });
  const files = [
    file("a.yml", `version: ${version}\nname: a\n`),
    file("bin/b.sh", "#!/bin/sh\necho b\n", true),
    ...(version === 1 ? [file("docs/c.md", "# c\n")] : [file("deep/new/d.txt", "d\n")]),
    file("e.yml", lines(12, (i) => (i === 2 && version === 2 ? "line 2: from baseline v2" : `line ${i}`))),
    file("f.yml", `f: ${version}\n`),
    ...(version === 2 ? [file("g.yml", "g: 2\n")] : []),
  ];
  return { files, optionsHash: `test-v${version}`, readOnly: false };
}

/** The hand edits made after version 1 was written: e.yml far from what v2 changes, f.yml on the same line. */
export const HAND_EDITS: Record<string, (content: string) => string> = {
  "e.yml": (c) => c.replace("line 11\n", "line 11: edited by hand\n"),
  "f.yml": () => "f: mine\n",
};

/** Files the user has before version 2 renders them: taken over with `--adopt`, backed up. */
export const UNOWNED_FILES: Record<string, string> = { "g.yml": "g: the user's own\n" };
