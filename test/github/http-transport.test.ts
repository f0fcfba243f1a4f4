import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliCompressSync, deflateSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpFetch } from "../../src/github/http-transport.js";

/** A real HTTP server; each test routes by path and sees what arrived. */
type Route = (request: IncomingMessage, body: string, response: ServerResponse) => void;

async function listen(route: Route): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => (body += chunk));
    request.on("end", () => route(request, body, response));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe("the node:http transport behind Octokit", () => {
  const seen: { method: string; url: string; headers: IncomingMessage["headers"]; body: string }[] = [];
  let main: { server: Server; url: string };
  let other: { server: Server; url: string };
  const json = JSON.stringify({ name: "héllo ✓", items: Array.from({ length: 200 }, (_, i) => i) });

  beforeAll(async () => {
    other = await listen((request, body, response) => {
      seen.push({ method: request.method!, url: request.url!, headers: request.headers, body });
      response.writeHead(200, { "content-type": "application/json" }).end('{"other":true}');
    });
    main = await listen((request, body, response) => {
      seen.push({ method: request.method!, url: request.url!, headers: request.headers, body });
      const path = request.url!;
      if (path === "/gzip") response.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" }).end(gzipSync(json));
      else if (path === "/deflate") response.writeHead(200, { "content-encoding": "deflate" }).end(deflateSync(json));
      else if (path === "/br") response.writeHead(200, { "content-encoding": "br" }).end(brotliCompressSync(json));
      else if (path === "/echo") response.writeHead(201, "Made", { "content-type": "application/json", "set-cookie": ["a=1", "b=2"] }).end(JSON.stringify({ method: request.method, body }));
      else if (path === "/empty") response.writeHead(204).end();
      else if (path === "/not-modified") response.writeHead(304, { etag: '"x"', "content-encoding": "gzip" }).end();
      else if (path === "/see-other") response.writeHead(303, { location: "/echo" }).end();
      else if (path === "/moved-keep") response.writeHead(307, { location: "/echo" }).end();
      else if (path === "/away") response.writeHead(302, { location: `${other.url}/landed` }).end();
      else if (path === "/loop") response.writeHead(302, { location: "/loop" }).end();
      else if (path === "/hang") setTimeout(() => response.end("late"), 2000);
      else if (path === "/cut") response.socket?.destroy();
      else response.writeHead(404).end();
    });
  });

  afterAll(async () => {
    for (const { server } of [main, other]) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("decodes gzip, deflate and br answers, and asks for them", async () => {
    const fetch = createHttpFetch();
    for (const path of ["/gzip", "/deflate", "/br"]) {
      const response = await fetch(`${main.url}${path}`, {});
      expect(await response.text()).toBe(json);
    }
    expect(seen.at(-1)?.headers["accept-encoding"]).toBe("gzip, deflate, br");
  });

  it("sends the method, headers and a UTF-8 body with its byte length; answers with status, text, joined headers", async () => {
    const fetch = createHttpFetch();
    const body = JSON.stringify({ tree: "ü".repeat(100) });
    const response = await fetch(`${main.url}/echo`, { method: "POST", headers: { "content-type": "application/json", authorization: "token t" }, body });
    expect(response.status).toBe(201);
    expect(response.statusText).toBe("Made");
    expect(response.url).toBe(`${main.url}/echo`);
    expect(response.headers.get("Content-Type")).toBe("application/json");
    expect(response.headers.get("set-cookie")).toBe("a=1, b=2");
    expect(Object.fromEntries(response.headers)).toMatchObject({ "content-type": "application/json" });
    expect(await response.json()).toEqual({ method: "POST", body });
    expect(seen.at(-1)?.headers["content-length"]).toBe(String(Buffer.byteLength(body)));
    expect(seen.at(-1)?.headers.authorization).toBe("token t");
  });

  it("sends a body given as bytes as it is, with its byte length (a commit's encoded tree)", async () => {
    const fetch = createHttpFetch();
    const body = JSON.stringify({ tree: [{ content: "ä".repeat(70_000) }, { content: "✓" }] });
    const response = await fetch(`${main.url}/echo`, { method: "POST", body: Buffer.from(body) });
    expect(await response.json()).toEqual({ method: "POST", body });
    expect(seen.at(-1)?.headers["content-length"]).toBe(String(Buffer.byteLength(body)));
  });

  it("reads unread bodies itself, so 204s and 304s hand their socket back (one socket, 50 requests, no hang)", async () => {
    const fetch = createHttpFetch({ maxSockets: 1 });
    const statuses = [];
    for (let i = 0; i < 25; i++) {
      statuses.push((await fetch(`${main.url}/empty`, {})).status, (await fetch(`${main.url}/not-modified`, {})).status);
    }
    expect(new Set(statuses)).toEqual(new Set([204, 304]));
  });

  it("follows redirects as fetch does: 303 becomes a GET without a body, 307 keeps both", async () => {
    const fetch = createHttpFetch();
    const seeOther = await fetch(`${main.url}/see-other`, { method: "POST", body: "x", headers: { "content-type": "text/plain" } });
    expect(await seeOther.json()).toEqual({ method: "GET", body: "" });
    expect(seeOther.url).toBe(`${main.url}/echo`);
    const kept = await fetch(`${main.url}/moved-keep`, { method: "PATCH", body: "y" });
    expect(await kept.json()).toEqual({ method: "PATCH", body: "y" });
  });

  it("drops the token when a redirect leaves the origin", async () => {
    const fetch = createHttpFetch();
    const response = await fetch(`${main.url}/away`, { headers: { Authorization: "token secret", accept: "application/json" } });
    expect(await response.json()).toEqual({ other: true });
    const landed = seen.at(-1)!;
    expect(landed.url).toBe("/landed");
    expect(landed.headers.authorization).toBeUndefined();
    expect(landed.headers.accept).toBe("application/json");
  });

  it("stops a redirect loop, and rejects network failures the way fetch does (TypeError with a cause)", async () => {
    const fetch = createHttpFetch();
    const loop = await fetch(`${main.url}/loop`, {}).catch((error: unknown) => error);
    expect(loop).toBeInstanceOf(TypeError);
    expect((loop as TypeError).cause).toMatchObject({ message: "more than 20 redirects" });
    const cut = await fetch(`${main.url}/cut`, {}).catch((error: unknown) => error);
    expect(cut).toBeInstanceOf(TypeError);
    expect((cut as TypeError).cause).toMatchObject({ code: "ECONNRESET" });
    const refused = await fetch("http://127.0.0.1:1/", {}).catch((error: unknown) => error);
    expect((refused as TypeError).cause).toMatchObject({ code: "ECONNREFUSED" });
  });

  it("aborts with the signal's reason, before and during a request", async () => {
    const fetch = createHttpFetch();
    const early = new AbortController();
    early.abort();
    await expect(fetch(`${main.url}/echo`, { signal: early.signal })).rejects.toMatchObject({ name: "AbortError" });
    const during = new AbortController();
    const pending = fetch(`${main.url}/hang`, { signal: during.signal });
    setTimeout(() => during.abort(), 50);
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
  });
});
