import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import type { EncodedTree, TreeBuffers } from "../github/encode-tree.js";

/** A plan as the writing pass needs it: what it says about the repository, and the commit's encoded tree. */
export interface SpooledPlan<Meta> {
  readonly meta: Meta;
  readonly tree: EncodedTree;
}

interface Slot {
  readonly treeSha: string;
  readonly offset: number;
  readonly metaBytes: number;
  readonly treeBytes: number;
  readonly rawTreeBytes: number;
}

/**
 * The planning pass's plans for the repositories it found changes in, kept on disk (a temporary file,
 * compressed) until the writing pass. There, a repository whose default branch still has the planned tree
 * is written from here instead of being planned again: rendering 2,000 baselines a second time made the
 * writing pass the peak of a rollout's memory (issue 14). A plan is a function of the tree's
 * content and the run's settings, so the same tree SHA means the same plan; a moved branch is planned
 * again. Only the offsets stay in memory.
 */
export class PlanSpool<Meta> {
  private readonly fd: number;
  private readonly slots = new Map<string, Slot>();
  private size = 0;

  private constructor(readonly dir: string) {
    this.fd = openSync(join(dir, "plans"), "w+");
  }

  /**
   * A spool in the temporary folder, or none when it cannot be made there: the writing pass then plans
   * every repository again, as it did before there was a spool. The same holds for a plan that cannot be
   * written or read back (a full disk): that repository is planned again.
   */
  static open<Meta>(): PlanSpool<Meta> | undefined {
    let dir: string | undefined;
    try {
      dir = mkdtempSync(join(tmpdir(), "devops-baseline-plans-"));
      return new PlanSpool<Meta>(dir);
    } catch {
      if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
      return undefined;
    }
  }

  /** Keeps a repository's plan of `treeSha`; the tree's buffer is given back. */
  put(repo: string, treeSha: string, plan: SpooledPlan<Meta>): void {
    try {
      const meta = Buffer.from(JSON.stringify(plan.meta));
      const tree = deflateRawSync(plan.tree.bytes, { level: 1 });
      const offset = this.size;
      this.write(meta, offset);
      this.write(tree, offset + meta.length);
      this.size = offset + meta.length + tree.length;
      this.slots.set(repo.toLowerCase(), { treeSha, offset, metaBytes: meta.length, treeBytes: tree.length, rawTreeBytes: plan.tree.bytes.byteLength });
    } catch {
      // Not kept: planned again in the writing pass.
    } finally {
      plan.tree.release();
    }
  }

  /** The plan kept for the repository, once, if it was made for `treeSha`. */
  take(repo: string, treeSha: string, buffers: TreeBuffers): SpooledPlan<Meta> | undefined {
    const key = repo.toLowerCase();
    const slot = this.slots.get(key);
    this.slots.delete(key);
    if (slot === undefined || slot.treeSha !== treeSha) return undefined;
    let meta: Meta;
    let inflated: Buffer;
    try {
      meta = JSON.parse(this.read(slot.offset, slot.metaBytes).toString("utf8")) as Meta;
      inflated = inflateRawSync(this.read(slot.offset + slot.metaBytes, slot.treeBytes));
    } catch {
      return undefined;
    }
    // Into a lent buffer: the inflated one is dropped at once, young.
    const buffer = buffers.take(slot.rawTreeBytes);
    inflated.copy(buffer);
    return { meta, tree: buffers.lend(buffer, slot.rawTreeBytes) };
  }

  close(): void {
    try {
      closeSync(this.fd);
    } finally {
      rmSync(this.dir, { recursive: true, force: true });
    }
  }

  private write(bytes: Uint8Array, at: number): void {
    let written = 0;
    while (written < bytes.length) written += writeSync(this.fd, bytes, written, bytes.length - written, at + written);
  }

  private read(offset: number, length: number): Buffer {
    const bytes = Buffer.allocUnsafe(length);
    let read = 0;
    while (read < length) {
      const n = readSync(this.fd, bytes, read, length - read, offset + read);
      if (n === 0) throw new Error("internal: the plan spool ended early");
      read += n;
    }
    return bytes;
  }
}
