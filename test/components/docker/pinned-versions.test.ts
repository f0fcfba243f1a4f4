import { validate } from "dockerfile-utils";
import { describe, expect, it } from "vitest";
import { pinFor, pinnedVersions } from "../../../src/components/docker/base-images.js";
import { docker } from "../../../src/components/docker/index.js";
import { BaselineError } from "../../../src/errors.js";
import { parseOptions, type BaselineConfig } from "../../../src/options/index.js";
import { renderFiles } from "../../../src/synth/render-files.js";
import { checkDockerfile } from "../../validators/dockerfile-rules.js";

const { node, python } = pinnedVersions();

function dockerfiles(config: BaselineConfig) {
  const options = parseOptions({ name: "app", ...config });
  return renderFiles(docker.render(options), options).filter((f) => /(^|\/)Dockerfile(\.(backend|frontend))?$/.test(f.path));
}

function expectValid(files: ReturnType<typeof dockerfiles>, ref: string) {
  expect(files.length).toBeGreaterThan(0);
  for (const f of files) {
    expect(f.content, f.path).toContain(`FROM ${ref} AS`);
    expect(checkDockerfile(f.content), f.path).toEqual([]);
    expect(validate(f.content), f.path).toEqual([]);
  }
}

const ref = (key: string) => {
  const pin = pinFor(key);
  if (!pin) throw new Error(`no pin ${key}`);
  return `${pin.image}:${pin.tag}@${pin.digest}`;
};

describe("every pinned language version renders a valid Dockerfile", () => {
  it("pins the versions real repositories declare", () => {
    expect(node).toEqual(expect.arrayContaining(["18", "20", "22", "24"]));
    expect(python).toEqual(expect.arrayContaining(["3.9", "3.10", "3.11", "3.12", "3.13", "3.14"]));
  });

  it.each(python)("Python %s: django and fastapi", (version) => {
    for (const kind of ["django", "fastapi"] as const) {
      expectValid(dockerfiles({ backend: { kind, version } }), ref(`python:${version}-slim`));
      // A patch release uses its minor's image.
      expectValid(dockerfiles({ backend: { kind, version: `${version}.4` } }), ref(`python:${version}-slim`));
    }
  });

  it.each(node)("Node.js %s: express, nestjs, nextjs and react-vite", (version) => {
    for (const kind of ["express", "nestjs"] as const) expectValid(dockerfiles({ backend: { kind, version } }), ref(`node:${version}-alpine`));
    for (const kind of ["nextjs", "react-vite"] as const) {
      expectValid(dockerfiles({ frontend: { kind, nodeVersion: version } }), ref(`node:${version}-alpine`));
    }
  });

  it("every pin is a sha256 index digest with a recorded source", () => {
    for (const key of [...node.map((v) => `node:${v}-alpine`), ...python.map((v) => `python:${v}-slim`)]) {
      const pin = pinFor(key);
      expect(pin?.digest, key).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(pin?.source, key).toMatch(/repo-info repos\/(node|python)\/remote\//);
    }
  });
});

describe("an explicit version without a pinned image", () => {
  it.each([
    [{ frontend: { kind: "nextjs", nodeVersion: "16" } }, /frontend\.nodeVersion: "16" has no pinned node base image\. Allowed: 18, 20, 22, 24/],
    [{ backend: { kind: "express", version: "17" } }, /backend\.version: "17" has no pinned node base image/],
    [{ backend: { kind: "django", version: "3.8" } }, /backend\.version: "3\.8" has no pinned python base image\. Allowed: 3\.9, 3\.10, 3\.11, 3\.12, 3\.13, 3\.14/],
  ] as [BaselineConfig, RegExp][])("is bad input (exit 2) naming the allowed versions: %j", (config, message) => {
    let error: unknown;
    try {
      dockerfiles(config);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BaselineError);
    expect((error as BaselineError).exitCode).toBe(2);
    expect((error as BaselineError).message).toMatch(message);
  });
});
