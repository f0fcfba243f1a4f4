// `npm ci` once per lockfile: an `npm` in front of the real one. The first `npm ci` for a given
// package-lock.json (and arguments) runs for real, then its node_modules is kept as hard links in
// the cache; a later `npm ci` of the same lockfile and arguments — another CI job, the image's deps
// stage, another fixture with the same lockfile — links that tree instead of extracting ~500 MB
// again. Everything else (`npm run …`, `npm prune`, `npm ci` without a package-lock.json) runs the
// real npm. A lock folder makes parallel test files wait for one install instead of racing.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { hostEnv } from "./host-env.js";
import { CACHE_DIR, writeExecutable } from "./toolchain.js";

/**
 * The default cache: beside the test virtualenv, on the same filesystem as the temp folders.
 * `NPM_CI_CACHE_DIR` moves it (an empty folder measures a cold run, as on a fresh clone).
 */
export const NPM_CI_CACHE = process.env.NPM_CI_CACHE_DIR || join(CACHE_DIR, "npm-ci");

/** Writes the `npm` shim into `<shimRoot>/shims/npm-ci-cache` and returns that folder (to put first on PATH). */
export function npmCiCacheShim(shimRoot: string, cacheDir: string = NPM_CI_CACHE): string {
  const real = execFileSync("bash", ["-c", "command -v npm"], { env: { ...process.env, PATH: hostEnv().PATH } }).toString().trim();
  mkdirSync(cacheDir, { recursive: true });
  const quote = (text: string) => `'${text.replace(/'/g, "'\\''")}'`;
  const dir = join(shimRoot, "shims", "npm-ci-cache");
  writeExecutable(
    join(dir, "npm"),
    `#!/bin/sh
real=${quote(real)}
cache=${quote(cacheDir)}
if [ "$1" != ci ] || [ ! -f package-lock.json ]; then exec "$real" "$@"; fi
# Flags that do not change the installed tree are left out of the key.
key=$( { cat package-lock.json; for arg; do case "$arg" in --no-audit|--no-fund|--prefer-offline) ;; *) printf '%s\\n' "$arg" ;; esac; done; node --version; } | sha256sum | cut -c1-32)
entry="$cache/$key"
waited=0
while :; do
  if [ -d "$entry/node_modules" ]; then
    rm -rf node_modules && cp -al "$entry/node_modules" node_modules || exit 1
    echo "[harness] npm $*: node_modules hard-linked from the earlier real install of this package-lock.json ($entry)"
    exit 0
  fi
  if mkdir "$entry.lock" 2>/dev/null; then
    echo $$ > "$entry.lock/pid"
    "$real" "$@"; code=$?
    if [ "$code" -eq 0 ]; then
      tmp="$entry.tmp.$$"
      rm -rf "$tmp" && mkdir -p "$tmp" && cp -al node_modules "$tmp/node_modules" && mv -T "$tmp" "$entry" 2>/dev/null || rm -rf "$tmp"
      echo "[harness] npm $*: installed for real; node_modules kept for later installs of this package-lock.json ($entry)"
    fi
    rm -rf "$entry.lock"
    exit "$code"
  fi
  # A lock whose holder is gone (a test run killed mid-install) is taken over.
  holder=$(cat "$entry.lock/pid" 2>/dev/null)
  if [ -n "$holder" ] && ! kill -0 "$holder" 2>/dev/null; then rm -rf "$entry.lock"; continue; fi
  if [ "$waited" -ge 900 ]; then echo "[harness] npm ci: $entry.lock held for 900 s; installing without the cache"; exec "$real" "$@"; fi
  sleep 2; waited=$((waited + 2))
done
`,
  );
  return dir;
}
