import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** terraform is not a Debian package: the fmt checks run where it is installed, and are skipped elsewhere. */
export const HAS_TERRAFORM = spawnSync("terraform", ["version"], { encoding: "utf8" }).status === 0;

/** `terraform fmt -check -diff` over sets of files, each set in its own folder: the diff, empty when all are formatted. */
export function terraformFmtDiff(sets: Iterable<readonly (readonly [path: string, content: string])[]>): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), "tf-fmt-"));
  try {
    let i = 0;
    for (const files of sets) {
      for (const [path, content] of files) {
        if (!path.endsWith(".tf")) continue;
        const file = join(dir, String(i), path);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, content);
      }
      i++;
    }
    const r = spawnSync("terraform", ["fmt", "-check", "-recursive", "-diff", dir], { encoding: "utf8" });
    return { status: r.status, output: r.stdout + r.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
