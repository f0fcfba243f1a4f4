import { describe, expect, it } from "vitest";
import { pinnedVersions } from "../../src/components/docker/base-images.js";
import { detectFromSnapshot, filesToRead, type Detection, type RepoSnapshot } from "../../src/detect/index.js";
import { nearestSupported, snapVersions, type SupportedVersions } from "../../src/detect/snap-versions.js";
import { parseOptions } from "../../src/options/index.js";
import { docker } from "../../src/components/docker/index.js";

const supported: SupportedVersions = { node: ["24", "20", "22"], python: ["3.11", "3.12", "3.13"] };

function detection(config: Detection["config"], evidence: Detection["evidence"] = [], warnings: string[] = []): Detection {
  return { config, evidence, warnings };
}

function snapshot(tree: Record<string, string>): RepoSnapshot {
  const paths = Object.keys(tree);
  const wanted = new Set(filesToRead(paths));
  return { paths, files: new Map(Object.entries(tree).filter(([p]) => wanted.has(p))), name: "app" };
}

describe("nearestSupported", () => {
  it.each([
    ["20", "node", "20"],
    ["20.11.1", "node", "20"],
    ["16", "node", "20"],
    ["21", "node", "22"],
    ["26", "node", "24"],
    ["3.12", "python", "3.12"],
    ["3.12.4", "python", "3.12"],
    ["3.8", "python", "3.11"],
    ["3.14", "python", "3.13"],
    ["4.0", "python", "3.13"],
  ] as const)("%s (%s) → %s", (value, language, expected) => {
    expect(nearestSupported(value, supported[language], language)).toBe(expected);
  });

  it("compares numerically, not as text (3.9 is below 3.10)", () => {
    expect(nearestSupported("3.9", ["3.10", "3.11"], "python")).toBe("3.10");
    expect(nearestSupported("21", ["9", "22", "100"], "node")).toBe("22");
  });

  it("moves an unpinned end-of-life version to a maintained one, not to the next end-of-life one", () => {
    expect(nearestSupported("16", ["18", "20", "22"], "node")).toBe("20");
    expect(nearestSupported("8", ["18", "20", "22"], "node")).toBe("20");
    expect(nearestSupported("3.8", ["3.9", "3.10", "3.12"], "python")).toBe("3.10");
    expect(nearestSupported("18", ["18", "20"], "node")).toBe("18");
  });

  it("has nothing to propose without supported versions", () => {
    expect(nearestSupported("20", [], "node")).toBeUndefined();
  });
});

describe("snapVersions", () => {
  it("leaves supported versions, and their patch releases, untouched", () => {
    const d = detection({ backend: { kind: "django", dir: ".", version: "3.12.4" }, frontend: { kind: "nextjs", dir: "web", nodeVersion: "22" } });
    expect(snapVersions(d, supported)).toEqual(d);
  });

  it("moves an end-of-life Node.js frontend to the nearest newer pin and says so", () => {
    const d = detection(
      { frontend: { kind: "react-vite", dir: "frontend", nodeVersion: "16" } },
      [{ key: "frontend.nodeVersion", value: "16", file: "frontend/.nvmrc", reason: "frontend/.nvmrc pins Node.js 16" }],
    );
    const snapped = snapVersions(d, supported);
    expect(snapped.config.frontend).toEqual({ kind: "react-vite", dir: "frontend", nodeVersion: "20" });
    expect(snapped.warnings).toEqual([
      "Node.js 16 (frontend/.nvmrc) has no pinned base image (end of life); proposing 20. Supported: 20, 22, 24.",
    ]);
    expect(snapped.evidence[0]).toMatchObject({ key: "frontend.nodeVersion", value: "20", file: "frontend/.nvmrc" });
    expect(snapped.evidence[0]?.reason).toMatch(/^frontend\/\.nvmrc pins Node\.js 16; 20 is proposed/);
    // The input is not mutated: detection stays a pure value.
    expect(d.config.frontend).toMatchObject({ nodeVersion: "16" });
  });

  it("uses the Python list for django/fastapi and the Node.js list for express/nestjs", () => {
    const py = snapVersions(detection({ backend: { kind: "fastapi", dir: ".", version: "3.8" } }), supported);
    expect(py.config.backend).toMatchObject({ version: "3.11" });
    expect(py.warnings[0]).toMatch(/^Python 3\.8 has no pinned base image \(end of life\); proposing 3\.11\./);
    const js = snapVersions(detection({ backend: { kind: "nestjs", dir: ".", version: "23" } }), supported);
    expect(js.config.backend).toMatchObject({ version: "24" });
    expect(js.warnings[0]).toMatch(/^Node\.js 23 has no pinned base image \(not a pinned release line\); proposing 24\./);
    const ahead = snapVersions(detection({ backend: { kind: "express", dir: ".", version: "26" } }), supported);
    expect(ahead.config.backend).toMatchObject({ version: "24" });
    expect(ahead.warnings[0]).toMatch(/newer than every pinned image/);
  });

  it("ignores versions of kinds that build no image, and keeps other warnings", () => {
    const d = detection({ backend: { kind: "none" }, frontend: { kind: "none" } }, [], ["MongoDB is not supported"]);
    expect(snapVersions(d, supported)).toEqual(d);
  });
});

describe("detection of a real layout proposes options the Docker component can render", () => {
  const tree = {
    "backend/manage.py": "",
    "backend/requirements.txt": "Django==3.2\n",
    "backend/.python-version": "3.8.18\n",
    "frontend/package.json": JSON.stringify({ name: "web", dependencies: { react: "17", vite: "4" }, devDependencies: { "@vitejs/plugin-react": "4" } }),
    "frontend/.nvmrc": "16\n",
  };

  it("snaps Node.js 16 and Python 3.8, replacing the 'used as declared' end-of-life notice", () => {
    const d = detectFromSnapshot(snapshot(tree));
    const { node, python } = pinnedVersions();
    expect(node).not.toContain("16");
    expect(python).not.toContain("3.8");
    expect(d.config.frontend).toMatchObject({ kind: "react-vite", nodeVersion: "20" });
    expect(d.config.backend).toMatchObject({ kind: "django", version: "3.10" });
    expect(d.warnings).toContain(`Node.js 16 (frontend/.nvmrc) has no pinned base image (end of life); proposing 20. Supported: ${node.join(", ")}.`);
    expect(d.warnings.some((w) => w.startsWith("Python 3.8 (backend/.python-version) has no pinned base image (end of life); proposing 3.10."))).toBe(true);
    expect(d.warnings.join("\n")).not.toMatch(/uses it as declared/);
    const options = parseOptions({ name: "app", ...d.config });
    expect(docker.render(options).length).toBeGreaterThan(0);
  });

  it("keeps a pinned Node.js 20 as declared", () => {
    const d = detectFromSnapshot(snapshot({ ...tree, "frontend/.nvmrc": "20\n", "backend/.python-version": "3.12\n" }));
    expect(d.config.frontend).toMatchObject({ nodeVersion: "20" });
    expect(d.config.backend).toMatchObject({ version: "3.12" });
    expect(d.warnings.join("\n")).not.toMatch(/no pinned base image/);
  });
});
