import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot, publicApiPath } from "../../src/package-root.js";

describe("packageRoot / publicApiPath (from the sources)", () => {
  it("finds this package's root, its templates and its public API", () => {
    const root = packageRoot();
    expect(root).toBe(new URL("../../", import.meta.url).pathname.replace(/\/$/, ""));
    expect((JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { name: string }).name).toBe("create-devops-baseline");
    expect(existsSync(join(root, "templates"))).toBe(true);
    expect(publicApiPath()).toBe(join(root, "src/index.ts"));
  });
});
