import { createHash } from "node:crypto";

/** The git blob SHA-1 of some content, as `git hash-object` computes it. */
export function gitBlobSha(content: string | Uint8Array): string {
  // A string is hashed as UTF-8 as it is, with no copy into a Buffer first (issue 14: every rendered file is hashed).
  const length = typeof content === "string" ? Buffer.byteLength(content, "utf8") : content.length;
  return createHash("sha1").update(`blob ${length}\0`).update(content).digest("hex");
}

/** Content as git stores it with text normalisation: no BOM, LF line endings. */
export function normaliseText(content: string): string {
  return content.replace(/^\uFEFF/, "").replace(/\r\n/g, "\n");
}
