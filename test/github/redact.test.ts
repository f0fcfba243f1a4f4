import { describe, expect, it } from "vitest";
import { createRedactor, redactValue } from "../../src/github/redact.js";

describe("redaction", () => {
  it("masks registered secrets and anything shaped like a GitHub token or key", () => {
    const r = createRedactor();
    r.addSecret("s3cr3t-value-123");
    r.addSecret("short"); // too short to mask safely: ignored
    const text = [
      "token s3cr3t-value-123",
      "ghp_ABCDEFGHIJKLMNOPQRSTUVWXYZ012345",
      "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz",
      "ghs_abcdefghijklmnopqrstuvwxyz0123",
      '{"authorization":"bearer eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiIxMjMifQ.c2lnbmF0dXJlLXNpZ24"}',
      "-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----",
      "https://user:hunter22@github.example.com/api/v3",
      "a short word stays",
    ].join("\n");
    const out = r.redact(text);
    for (const leaked of ["s3cr3t-value-123", "ghp_ABC", "github_pat_11", "ghs_abc", "eyJhbGci", "MIIEow", "hunter22"]) expect(out).not.toContain(leaked);
    expect(out).toContain("a short word stays");
    expect(out).toContain("authorization\":\"bearer [REDACTED]");
  });

  it("redacts errors and objects too", () => {
    const r = createRedactor();
    r.addSecret("tok-1234567890");
    expect(redactValue(r, new Error("bad tok-1234567890"))).toBe("bad [REDACTED]");
    expect(redactValue(r, { headers: { authorization: "token tok-1234567890" } })).not.toContain("tok-1234567890");
  });
});
