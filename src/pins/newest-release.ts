/** A plain release version (`2.4.1`, `v1.8.0`, `26.10.1`, `0.13`): no pre-release or dev suffix. */
const PLAIN = /^v?(\d+)\.(\d+)(?:\.(\d+))?$/;

type Key = readonly [number, number, number];

function keyOf(version: string): Key | undefined {
  const m = PLAIN.exec(version);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)] : undefined;
}

const compare = (a: Key, b: Key): number => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** The newest plain release among `versions`, optionally within one major; pre-releases never win. */
export function newestRelease(versions: Iterable<string>, major?: number): string | undefined {
  let best: { version: string; key: Key } | undefined;
  for (const version of versions) {
    const key = keyOf(version);
    if (!key || (major !== undefined && key[0] !== major)) continue;
    if (!best || compare(key, best.key) > 0) best = { version, key };
  }
  return best?.version;
}
