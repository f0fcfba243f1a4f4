import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGitHubClient } from "../../src/github/client.js";
import { createRedactor } from "../../src/github/redact.js";

/** A server that answers each path from a script of statuses (or "cut" to drop the connection), then 200. */
describe("the GitHub client tries again after server errors, not after client errors", () => {
  const scripts = new Map<string, (number | "cut")[]>();
  const seen = new Map<string, number>();
  let server: Server;
  let url: string;

  beforeAll(async () => {
    server = createServer((request, response) => {
      const path = request.url!;
      seen.set(path, (seen.get(path) ?? 0) + 1);
      const next = scripts.get(path)?.shift();
      if (next === "cut") return request.socket.destroy();
      response.writeHead(next ?? 200, { "content-type": "application/json" }).end(JSON.stringify(next ? { message: `status ${next}` } : { name: "app" }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const client = (retries = 3) => createGitHubClient({ auth: { token: "ghp_retryTOKENabcdefghijklmnopqrstuvwxyz123" }, baseUrl: url, pacing: "off", redactor: createRedactor(), retry: { retries, baseMs: 1 } });
  const get = (github: ReturnType<typeof client>, repo: string) => github.rest.repos.get({ owner: "acme", repo });

  it("502, a dropped connection and 503 are tried again until the answer comes", async () => {
    scripts.set("/repos/acme/flaky", [502, "cut", 503]);
    const { data } = await get(client(), "flaky");
    expect(data).toEqual({ name: "app" });
    expect(seen.get("/repos/acme/flaky")).toBe(4);
  });

  it("gives up after the retries, with the last error", async () => {
    scripts.set("/repos/acme/down", [500, 500, 500]);
    await expect(get(client(2), "down")).rejects.toMatchObject({ status: 500 });
    expect(seen.get("/repos/acme/down")).toBe(3);
  });

  it.each([404, 422, 409])("%i is an answer, asked once", async (status) => {
    scripts.set(`/repos/acme/no-${status}`, [status]);
    await expect(get(client(), `no-${status}`)).rejects.toMatchObject({ status });
    expect(seen.get(`/repos/acme/no-${status}`)).toBe(1);
  });
});
