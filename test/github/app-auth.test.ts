import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGitHubServer, type GitHubServer } from "../github-server/index.js";
import { cli } from "../helpers/cli.js";
import { simulatedRepo } from "../rollout/stack-fixtures.js";

describe("GitHub App authentication", () => {
  let server: GitHubServer;
  let keyFile: string;
  let pem: string;
  beforeAll(async () => {
    server = await startGitHubServer();
    server.addRepo(simulatedRepo("acme", 2));
    pem = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs1", format: "pem" }).toString();
    keyFile = join(mkdtempSync(join(tmpdir(), "app-key-")), "app.pem");
    writeFileSync(keyFile, pem);
  });
  afterAll(async () => {
    expect(server.violations).toEqual([]);
    await server.close();
  });

  it("finds the organisation's installation, mints its token and opens the PR with it", async () => {
    const saved = process.env.GITHUB_TOKEN;
    delete process.env.GITHUB_TOKEN;
    server.resetCounts();
    const { code, stdout, stderr } = await cli("resync", "--repo", "acme/express-00002", "--apply", "--app-id", "12345", "--app-private-key-file", keyFile, "--api-url", server.url, "--pacing", "off", "--debug");
    if (saved !== undefined) process.env.GITHUB_TOKEN = saved;
    expect(code).toBe(0);
    expect(stdout).toContain("Opened");
    expect(server.counts.byRoute["GET /orgs/{org}/installation"]).toBe(1);
    expect(server.counts.byRoute["POST /app/installations/{installation_id}/access_tokens"]).toBe(1);
    // Neither the key nor anything token-shaped reaches the output, debug lines included.
    const printed = `${stdout}\n${stderr}`;
    expect(printed).toContain("debug:");
    expect(printed).not.toContain(pem.split("\n")[1]!);
    expect(printed).not.toMatch(/\bghs_[A-Za-z0-9]{16,}/);
    expect(printed).not.toMatch(/\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\./);
  });

  it("rejects an App without its private key, naming both ways to give it", async () => {
    const { code, stderr } = await cli("resync", "--repo", "acme/express-00002", "--app-id", "12345", "--api-url", server.url);
    expect(code).toBe(2);
    expect(stderr).toContain("--app-private-key-file PATH or set GITHUB_APP_PRIVATE_KEY");
  });
});
