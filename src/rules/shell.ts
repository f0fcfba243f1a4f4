import type { Rule } from "./types.js";

/** The option letters and `-o` names turned on by `set` lines and the shebang. */
function strictOptions(text: string): Set<string> {
  const on = new Set<string>();
  const lines = text.split("\n");
  // `#!/bin/bash -eu`: flags on the shebang line count too.
  for (const w of (lines[0] ?? "").startsWith("#!") ? lines[0]!.split(/\s+/) : []) if (/^-[a-zA-Z]+$/.test(w)) for (const c of w.slice(1)) on.add(c);
  for (const line of lines) {
    const m = /^\s*set\s+(.*?)\s*(?:#.*)?$/.exec(line);
    if (!m) continue;
    const words = m[1]!.split(/\s+/);
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (!/^-[a-zA-Z]+$/.test(w)) continue;
      for (const c of w.slice(1)) if (c !== "o") on.add(c);
      // `-o name`, also as the last letter of a group (`-euo pipefail`).
      if (w.endsWith("o") && words[i + 1]) on.add(words[++i]!);
    }
  }
  return on;
}

export const shellRules: readonly Rule[] = [
  {
    id: "SH001",
    type: "shell",
    title: "Shell scripts run in strict mode",
    severity: "medium",
    rationale: "Without `set -e` a failed command is ignored and the script carries on (a backup that uploads an empty dump); without `-u` a typo in a variable name expands to nothing (`rm -rf \"$DIR/\"*`); without pipefail `pg_dump | gzip` succeeds when pg_dump fails.",
    fix: "Start the script with `set -euo pipefail` (bash) or `set -eu` (POSIX sh). Scripts meant to be sourced have no shebang and are not checked.",
    check: (repo) =>
      repo.shells.flatMap((file) => {
        const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(file.text);
        if (!shebang) return [];
        const shell = (/env$/.test(shebang[1]!) ? shebang[2] : shebang[1])?.split("/").pop() ?? "";
        const on = strictOptions(file.text);
        const missing = [
          ...(on.has("e") || on.has("errexit") ? [] : ["-e"]),
          ...(on.has("u") || on.has("nounset") ? [] : ["-u"]),
          ...(shell === "sh" || shell === "dash" || on.has("pipefail") ? [] : ["-o pipefail"]),
        ];
        return missing.length > 0 ? [{ file: file.path, line: 1, message: `${shell} script without ${missing.join(", ")}` }] : [];
      }),
  },
];
