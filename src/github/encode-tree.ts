import type { TreeChange } from "./tree-sha.js";

/** The body of `POST /git/trees`, as UTF-8 JSON bytes in a buffer lent by {@link TreeBuffers}. */
export interface EncodedTree {
  readonly bytes: Uint8Array;
  /** Gives the buffer back once the tree is written; the bytes must not be used after. */
  release(): void;
}

/**
 * `POST /git/trees` over `baseTree`: every file inline, mode 100755 for an executable, `sha: null` for a
 * deletion. Encoded as soon as a plan is made, so the rendered files (a changed repository's largest part)
 * die young instead of being kept alive into the old generation by the commit's round trips (issue 14).
 * Each file is one JSON string: one string of the whole body would be allocated straight into the old
 * generation.
 */
export function encodeTree(baseTree: string, changes: readonly TreeChange[], buffers: TreeBuffers): EncodedTree {
  const parts = [`{"base_tree":${JSON.stringify(baseTree)},"tree":[`];
  for (const [i, c] of changes.entries()) {
    const entry = c.content === null ? { path: c.path, mode: "100644", type: "blob", sha: null } : { path: c.path, mode: c.executable ? "100755" : "100644", type: "blob", content: c.content };
    parts.push(`${i > 0 ? "," : ""}${JSON.stringify(entry)}`);
  }
  parts.push("]}");
  const buffer = buffers.take(parts.reduce((n, part) => n + Buffer.byteLength(part), 0));
  let length = 0;
  for (const part of parts) length += buffer.write(part, length);
  return buffers.lend(buffer, length);
}

/**
 * Buffers for encoded trees, reused from one commit to the next. A fresh buffer per commit outlives the
 * young generation (it waits for the tree's round trip), and its memory then stays taken until the next
 * full collection: 40 MB of dead trees at a time in a 10,000-repository rollout (issue 14). At most
 * `keep` buffers wait here; the rest are left to the collector.
 */
export class TreeBuffers {
  private readonly free: Buffer[] = [];

  constructor(private readonly keep = 16) {}

  take(size: number): Buffer {
    const fits = this.free.findIndex((b) => b.length >= size);
    if (fits >= 0) return this.free.splice(fits, 1)[0]!;
    // Rounded up, so a buffer serves the next, slightly larger tree too.
    return Buffer.allocUnsafeSlow(Math.ceil(size / 65_536) * 65_536);
  }

  /** The first `length` bytes of `buffer` (taken from here) as an encoded tree; released, it comes back. */
  lend(buffer: Buffer, length: number): EncodedTree {
    let lent = true;
    return {
      bytes: buffer.subarray(0, length),
      release: () => {
        if (lent && this.free.length < this.keep) this.free.push(buffer);
        lent = false;
      },
    };
  }
}
