import fc from "fast-check";

/**
 * Text of every kind: printable ASCII, or random bytes decoded as UTF-8 (control characters, NULs,
 * U+FFFD, multi-byte sequences). Cheaper than fast-check's "binary" unit, whose first use costs seconds.
 */
export function anyText(maxLength: number): fc.Arbitrary<string> {
  return fc.oneof(fc.string({ maxLength }), fc.uint8Array({ maxLength }).map((bytes) => Buffer.from(bytes).toString("utf8")));
}
