import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderModels } from "../../src/components/index.js";
import { parseOptions } from "../../src/options/index.js";
import { managedEdits } from "../../src/synth/managed-files.js";
import { manageDependabot } from "../../src/synth/managed-dependabot.js";
import { renderFiles } from "../../src/synth/render-files.js";

const options = (eject: string[] = []) => parseOptions({ backend: { kind: "express", packageManager: "npm", port: 3000 }, database: "postgres", eject });

function repo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "devops-baseline-managed-files-"));
  for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
  return root;
}

const editOf = (root: string, o: ReturnType<typeof options>, path: string) => managedEdits(root, o, renderFiles(renderModels(o), o), () => renderModels(o), manageDependabot).edits.find((e) => e.path === path);

describe("managed blocks in files the repository keeps", () => {
  it("a kept .dockerignore gets the baseline's patterns it lacks, after the user's lines; never one that would undo a `!` re-include", () => {
    const o = options([".dockerignore"]);
    const baseline = renderModels(o).find((m) => m.path === ".dockerignore");
    expect(baseline?.kind).toBe("text");
    const user = "node_modules\n# keep the build's public assets\nbuild\n!build/public\n";
    const edit = editOf(repo({ ".dockerignore": user, "package.json": "{}" }), o, ".dockerignore")!;
    expect(edit.content.startsWith(user)).toBe(true);
    const block = edit.content.slice(user.length).split("\n");
    expect(block[0]).toBe("# >>> create-devops-baseline: the baseline's patterns this file lacks (managed block) >>>");
    expect(block).toContain(".git");
    expect(block).not.toContain("node_modules");
    expect(block.filter((l) => /^\/?build\/?$/.test(l))).toEqual([]);
    // Applied, it is stable.
    expect(editOf(repo({ ".dockerignore": edit.content, "package.json": "{}" }), o, ".dockerignore")).toBeUndefined();
  });

  it("a .dockerignore the baseline owns is not touched here", () => {
    expect(editOf(repo({ ".dockerignore": "node_modules\n" }), options(), ".dockerignore")).toBeUndefined();
  });

  it("an existing .gitignore gets .env (compose reads secrets from it) and *.orig (backups of adopted files) when it lacks them", () => {
    const edit = editOf(repo({ ".gitignore": "node_modules/\n" }), options(), ".gitignore")!;
    expect(edit.content).toBe("node_modules/\n# >>> create-devops-baseline: files the baseline needs untracked (managed block) >>>\n.env\n*.orig\n# <<< create-devops-baseline <<<\n");
    expect(editOf(repo({ ".gitignore": "node_modules/\n/.env\n*.orig\n" }), options(), ".gitignore")).toBeUndefined();
    expect(editOf(repo({ ".gitignore": edit.content }), options(), ".gitignore")).toBeUndefined();
    // Without a .gitignore none is created.
    expect(editOf(repo({}), options(), ".gitignore")).toBeUndefined();
  });

  it("a kept .env.example gets only the variables it lacks; one that lists them all gets no block; an owned one is not touched here", () => {
    const o = options([".env.example"]);
    const all = renderModels(o).find((m) => m.path === ".env.example");
    expect(all?.kind).toBe("text");
    const names = (all as { text: string }).text.split("\n").flatMap((l) => /^(?:# )?([A-Z][A-Z0-9_]*)=/.exec(l)?.[1] ?? []);
    expect(names).toContain("POSTGRES_PASSWORD");
    const user = "# ours\r\nexport POSTGRES_PASSWORD=\r\n";
    const edit = editOf(repo({ ".env.example": user, "package.json": "{}" }), o, ".env.example")!;
    expect(edit.content.startsWith(user)).toBe(true);
    expect(edit.content.slice(user.length)).not.toContain("POSTGRES_PASSWORD=");
    expect(edit.content).toContain("\nPOSTGRES_USER=");
    // Every name present, assigned or commented out: nothing to add, and the file is left as it is.
    const complete = names.map((n, i) => (i % 2 ? `# ${n}=x` : `${n}=`)).join("\n") + "\n";
    expect(editOf(repo({ ".env.example": complete, "package.json": "{}" }), o, ".env.example")).toBeUndefined();
    expect(editOf(repo({ ".env.example": user, "package.json": "{}" }), options(), ".env.example")).toBeUndefined();
  });
});
