import { createHash } from "node:crypto";

/** The git blob SHA-1 of some content, as `git hash-object` computes it. */
export function gitBlobSha(content: string | Uint8Array): string {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}

/** Content as git stores it with text normalisation: no BOM, LF line endings. */
export function normaliseText(content: string): string {
  return content.replace(/^\uFEFF/, "").replace(/\r\n/g, "\n");
}
