import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COMPONENTS } from "../../src/components/index.js";
import { parseOptions } from "../../src/options/index.js";
import { createLineRedactor, findSecrets, redact, REDACTED } from "../../src/redact.js";
import { isSecretsFile, renderFiles } from "../../src/synth/render-files.js";
import { cli } from "../helpers/cli.js";
import { makeRepo, read, small } from "./fixture.js";
import { scanForSecrets } from "./secret-scan.js";

// Fake tokens in each issuer's documented shape (never real ones).
const GH = {
  classic: `ghp_${"A1b2C3d4E5".repeat(3)}abcdef`,
  oauth: `gho_${"Z9y8X7w6V5".repeat(3)}uvwxyz`,
  app: `ghs_${"Q1w2E3r4T5".repeat(3)}qwerty`,
  fineGrained: `github_pat_11ABCDEFG0${"abcdefghij".repeat(8)}_XYZ`,
};
const PEM = ["-----BEGIN RSA PRIVATE KEY-----", "MIIEowIBAAKCAQEAx4Yx8n3Y1", "Zm9vYmFyYmF6cXV4cXV1eA==", "-----END RSA PRIVATE KEY-----"].join("\n");
const OPENSSH = ["-----BEGIN OPENSSH PRIVATE KEY-----", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ", "-----END OPENSSH PRIVATE KEY-----"].join("\n");
const AWS_ID = "AKIAIOSFODNN7EXAMPLE";
const AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

describe("redact()", () => {
  it.each([
    ["GitHub classic token", `token ${GH.classic} rejected`, GH.classic],
    ["GitHub OAuth token", `Authorization: token ${GH.oauth}`, GH.oauth],
    ["GitHub App installation token", `x-access-token ${GH.app}`, GH.app],
    ["GitHub fine-grained token", `GITHUB_TOKEN=${GH.fineGrained}`, GH.fineGrained],
    ["AWS access key id", `key ${AWS_ID} denied`, AWS_ID],
    ["AWS secret key", `aws_secret_access_key = ${AWS_SECRET}`, AWS_SECRET],
    ["AWS secret key (env)", `AWS_SECRET_ACCESS_KEY: "${AWS_SECRET}"`, AWS_SECRET],
    ["URL with a password", "cloning https://deploy:s3cr3t-pass@github.com/acme/shop.git failed", "s3cr3t-pass"],
    ["URL with a token as user", `https://x-access-token:${GH.app}@github.com/acme/shop`, GH.app],
    ["database URL", "postgres://app:hunter2@db:5432/app", "hunter2"],
    ["Bearer header", "authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOjF9.c2lnbmF0dXJl", "eyJhbGciOiJIUzI1NiJ9"],
    ["query token", "GET /api?access_token=abc123def456&page=2", "abc123def456"],
    ["Slack webhook", "posting to https://hooks.slack.com/services/T0000/B0000/XXXXXXXXXXXXXXXX", "XXXXXXXXXXXXXXXX"],
    ["JSON Web Token", "jwt eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiIxMjM0NSJ9.c2lnbmF0dXJlLWJ5dGVz ok", "eyJhbGciOiJSUzI1NiJ9"],
    ["legacy installation token", `token v1.${"0123456789abcdef".repeat(2)}01234567`, `v1.${"0123456789abcdef".repeat(2)}01234567`],
    ["npm token", `//registry.npmjs.org/:_authToken=npm_${"a1B2c3D4e5".repeat(3)}abcdef`, `npm_${"a1B2c3D4e5".repeat(3)}abcdef`],
  ])("removes a %s", (_name, text, secret) => {
    const out = redact(text);
    expect(out).not.toContain(secret);
    expect(out).toMatch(/\[REDACTED\]|\*\*\*@/);
    expect(redact(out)).toBe(out);
  });

  it("removes whole PEM private keys (RSA, OpenSSH), also cut off", () => {
    for (const key of [PEM, OPENSSH, PEM.split("\n").slice(0, 2).join("\n")]) {
      const out = redact(`before\n${key}\nafter`);
      expect(out).not.toMatch(/MIIEowIBAAKCAQEAx4Yx8n3Y1|b3BlbnNzaC1rZXktdjEAAAAABG5vbmU/);
      expect(out).toContain(REDACTED);
      expect(out.startsWith("before\n")).toBe(true);
    }
    expect(redact(PEM)).toContain("-----BEGIN RSA PRIVATE KEY-----");
  });

  it("keeps JSON valid around a key, whole or cut off", () => {
    for (const key of [PEM, PEM.split("\n").slice(0, 3).join("\n")]) {
      const json = JSON.stringify({ file: "id_rsa", content: key, next: 1 });
      const out = redact(json);
      expect(out).not.toMatch(/MIIEowIBAAKCAQEAx4Yx8n3Y1|Zm9vYmFy/);
      expect(JSON.parse(out)).toMatchObject({ file: "id_rsa", next: 1 });
    }
  });

  it("catches a key printed one line per call", () => {
    const line = createLineRedactor();
    const printed = [...PEM.split("\n"), "next line"].map(line);
    expect(printed.join("\n")).not.toMatch(/MIIEow|Zm9vYmFy/);
    expect(printed.at(-1)).toBe("next line");
  });

  it("leaves ordinary text alone: git SHAs, public keys, URLs without credentials, references", () => {
    const text = [
      "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2",
      "-----BEGIN PUBLIC KEY-----",
      "https://github.com/acme/shop/pull/12?tab=files",
      "password: ${{ secrets.DB_PASSWORD }}",
      "git@github.com:acme/shop.git",
    ].join("\n");
    expect(redact(text)).toBe(text);
    expect(findSecrets(text)).toEqual([]);
  });
});

describe("redact() under fuzzing", () => {
  it("finds a token wherever it sits in random text, never throws, and is idempotent", () => {
    const alnum = fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    const token = fc.tuple(fc.constantFrom("ghp_", "gho_", "ghs_", "ghu_", "ghr_"), fc.array(alnum, { minLength: 36, maxLength: 40 })).map(([p, cs]) => p + cs.join(""));
    const around = fc.string({ maxLength: 40 }).map((s) => s.replace(/[A-Za-z0-9_]$/, " "));
    fc.assert(
      fc.property(around, token, around, (before, secret, after) => {
        const text = `${before} ${secret}\n${after}`;
        const out = redact(text);
        expect(out).not.toContain(secret);
        expect(redact(out)).toBe(out);
      }),
      { numRuns: 500 },
    );
  });
});

describe("the CLI redacts every output and error line", () => {
  it("an error raised with a token in it", async () => {
    const repo = mkdtempSync(join(tmpdir(), "devops-baseline-redact-"));
    writeFileSync(join(repo, "devops-baseline.config.ts"), `throw new Error("GitHub said 401 for ${GH.classic} and ${AWS_ID}");\nexport default {};\n`);
    const result = await cli("check", "--cwd", repo);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("GitHub said 401 for [REDACTED] and [REDACTED]");
    expect(result.stderr + result.stdout).not.toContain(GH.classic);
  });

  it("any value of a secret-named environment variable, whatever its shape", async () => {
    const repo = mkdtempSync(join(tmpdir(), "devops-baseline-redact-"));
    process.env.ACME_DEPLOY_TOKEN = "plain-but-secret-value-42";
    try {
      writeFileSync(join(repo, "devops-baseline.config.ts"), 'throw new Error("rejected " + process.env.ACME_DEPLOY_TOKEN);\nexport default {};\n');
      const result = await cli("check", "--cwd", repo);
      expect(result.stderr).toContain(`rejected ${REDACTED}`);
      expect(result.stderr).not.toContain("plain-but-secret-value-42");
    } finally {
      delete process.env.ACME_DEPLOY_TOKEN;
    }
  });

  it("a diff of a hand edit that pasted a token", async () => {
    const repo = makeRepo(small({ name: "demo" }));
    expect((await cli("synth", "--cwd", repo)).code).toBe(0);
    const path = ".github/dependabot.yml";
    writeFileSync(join(repo, path), `${read(repo, path)}# token: ${GH.fineGrained}\n# ${PEM.replace(/\n/g, "\n# ")}\n`);
    for (const args of [["check"], ["check", "--json"], ["diff"]]) {
      const result = await cli(...args, "--cwd", repo);
      expect(result.stdout).toContain(REDACTED);
      expect(result.stdout).not.toContain(GH.fineGrained);
      expect(result.stdout).not.toMatch(/MIIEowIBAAKCAQEAx4Yx8n3Y1|Zm9vYmFy/);
    }
  });
});

describe("the scanner that checks generated files", () => {
  it("flags literal secrets (known-bad) and accepts references to secrets", () => {
    const bad = [
      "password: hunter2",
      "DB_PASSWORD=supersecret",
      'api_key = "abcd1234efgh"',
      "url: postgres://app:hunter2@db:5432/app",
      `token: ${GH.classic}`,
      PEM,
      `AWS_ACCESS_KEY_ID: ${AWS_ID}`,
    ];
    for (const text of bad) expect(scanForSecrets("x.yml", text), text).not.toEqual([]);
    const good = [
      "password: ${{ secrets.DB_PASSWORD }}",
      "POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it in .env}",
      "DATABASE_URL: postgres://${POSTGRES_USER}:${POSTGRES_PASSWORD}@db:5432/app",
      "permissions:\n  id-token: write",
      "smtp_auth_password_file: /run/secrets/smtp_password",
      'token=$(curl -s "$URL")',
      "# PGPASSWORD: never on the command line",
    ];
    for (const text of good) expect(scanForSecrets("x.yml", text), text).toEqual([]);
  });
});

describe(".env is never written, only .env.example", () => {
  it("recognises secrets files by name", () => {
    for (const path of [".env", "backend/.env", ".env.local", "web/.env.production"]) expect(isSecretsFile(path), path).toBe(true);
    for (const path of [".env.example", "backend/.env.production.example", "env.ts", ".envrc.md", "docs/.env-guide.md"]) expect(isSecretsFile(path), path).toBe(false);
  });

  it("the engine refuses a component that renders .env", () => {
    const options = parseOptions({}, "test");
    for (const path of [".env", "backend/.env.local"]) {
      expect(() => renderFiles([{ kind: "text", path, component: "rogue", text: "SECRET=1\n", comment: "hash" }], options)).toThrow(`rogue renders ${path}`);
    }
  });

  it("no registered component renders a path named .env for any option in the matrix", () => {
    const paths = new Set<string>();
    for (const cloud of ["compose", "aws-ecs", "kubernetes"]) {
      const options = parseOptions({ name: "shop", backend: { kind: "django", dir: "backend" }, frontend: { kind: "nextjs", dir: "web" }, database: "postgres", cache: "redis", objectStorage: "minio", cloud }, "test");
      for (const component of COMPONENTS) for (const model of component.render(options)) paths.add(model.path);
    }
    expect([...paths].filter(isSecretsFile)).toEqual([]);
    expect([...paths].some((p) => p.endsWith(".env.example"))).toBe(true);
  });
});
