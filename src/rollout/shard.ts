import { createHash } from "node:crypto";
import { badInput } from "../errors.js";

export interface Shard {
  /** 1-based, as a GitHub Actions matrix counts. */
  readonly index: number;
  readonly count: number;
}

export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw badInput(`--shard: "${text}" is not a shard. Use i/n with 1 ≤ i ≤ n, e.g. --shard 3/20`);
  }
  return { index, count };
}

/**
 * Which shard a repository belongs to: a hash of its lower-cased full name, so every shard of a
 * matrix computes the same split without talking to the others, and the split does not move when
 * repositories are added or removed elsewhere in the list.
 */
export function shardOf(fullName: string, count: number): number {
  const digest = createHash("sha256").update(fullName.toLowerCase()).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

export function inShard(fullName: string, shard: Shard | undefined): boolean {
  return shard === undefined || shardOf(fullName, shard.count) === shard.index;
}
