import { describe, expect, it } from "vitest";
import { Router } from "./match-route.js";
import type { Route } from "./route-types.js";

const handler = () => ({ status: 200 });
const routes: Route[] = [
  { method: "GET", path: "/repos/{owner}/{repo}", handler },
  { method: "GET", path: "/repos/{owner}/{repo}/git/ref/{ref}", handler },
  { method: "GET", path: "/repos/{owner}/{repo}/contents/{path}", handler },
  { method: "PATCH", path: "/repos/{owner}/{repo}/git/refs/{ref}", handler },
];
const router = new Router(routes);

describe("Router", () => {
  it("decodes %2F-encoded and raw slashes in ref and path parameters alike", () => {
    expect(router.match("GET", "/repos/acme/api/git/ref/heads%2Fdevops-baseline%2Fresync")?.params).toEqual({
      owner: "acme",
      repo: "api",
      ref: "heads/devops-baseline/resync",
    });
    expect(router.match("GET", "/repos/acme/api/git/ref/heads/devops-baseline/resync")?.params["ref"]).toBe(
      "heads/devops-baseline/resync",
    );
    expect(router.match("GET", "/repos/acme/api/contents/.github%2Fworkflows/ci.yml")?.params["path"]).toBe(
      ".github/workflows/ci.yml",
    );
  });

  it("treats a missing contents path as the repository root", () => {
    expect(router.match("GET", "/repos/acme/api/contents")?.params["path"]).toBe("");
    expect(router.match("GET", "/repos/acme/api/contents/")?.params["path"]).toBe("");
  });

  it("does not match other methods, extra segments or missing ones", () => {
    expect(router.match("POST", "/repos/acme/api")).toBeUndefined();
    expect(router.match("GET", "/repos/acme/api/extra")).toBeUndefined();
    expect(router.match("GET", "/repos/acme")).toBeUndefined();
    expect(router.match("GET", "/repos/acme/api/git/ref")).toBeUndefined();
    expect(router.match("PATCH", "/repos/acme/api/git/refs/heads/x")?.route.path).toBe(
      "/repos/{owner}/{repo}/git/refs/{ref}",
    );
  });
});
