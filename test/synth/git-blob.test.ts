import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { gitBlobSha } from "../../src/synth/git-blob.js";

const gitHashObject = (bytes: Uint8Array): string => execFileSync("git", ["hash-object", "--stdin"], { input: bytes }).toString().trim();

describe("gitBlobSha", () => {
  // The string path hashes UTF-8 in place; a wrong byte count in the header would change every SHA.
  it.each([
    ["empty", ""],
    ["ASCII", "services:\n  app:\n    image: app\n"],
    ["multi-byte UTF-8", "# Café — 日本語 🚀\nline two\n"],
  ])("matches git hash-object for %s text, as a string and as bytes", (_name, text) => {
    const bytes = new TextEncoder().encode(text);
    const expected = gitHashObject(bytes);
    expect(gitBlobSha(text)).toBe(expected);
    expect(gitBlobSha(bytes)).toBe(expected);
  });
});
