import type { Finding } from "./detect-package-manager.js";
import type { RepoIndex } from "./repo-index.js";

/** Names that say "a part of a repository", not which project it is. */
const GENERIC = new Set(["root", "monorepo", "workspace", "workspaces", "app", "frontend", "backend", "web", "api", "server", "client", "project", "my-app", "repo", "source", "src"]);

/** "@Acme/Shop_API" → "shop-api"; the options schema allows lowercase letters, digits and dashes. */
export function normaliseName(raw: string): string | undefined {
  const unscoped = raw.replace(/^@[^/]+\//, "");
  const name = unscoped
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 63)
    .replace(/-+$/, "");
  return name === "" ? undefined : name;
}

/**
 * The project name: root package.json, then root pyproject.toml, then the folder or repository name.
 * When the backend is a Python project at the root, its pyproject.toml speaks first (a root
 * package.json there usually only builds assets or runs e2e tests).
 */
export function detectName(index: RepoIndex, pythonAtRoot = false): Finding<string> | undefined {
  const rootPackage = index.nodePackages.find((p) => p.dir === ".");
  const rootPython = index.pythonProjects.find((p) => p.dir === ".");
  const fromPackage = [
    rootPackage?.name && { raw: rootPackage.name, file: rootPackage.file, from: "the name in" },
    // "@acme/monorepo": the scope names the project when the package name is generic.
    rootPackage?.name?.startsWith("@") && { raw: rootPackage.name.slice(1).split("/")[0] ?? "", file: rootPackage.file, from: "the scope in" },
  ];
  const fromPython = [rootPython?.name && { raw: rootPython.name.value, file: rootPython.name.file, from: "the name in" }];
  const sources = [
    ...(pythonAtRoot ? [...fromPython, ...fromPackage] : [...fromPackage, ...fromPython]),
    index.folderName && { raw: index.folderName, file: ".", from: "the folder name" },
  ];
  for (const source of sources) {
    if (!source) continue;
    const value = normaliseName(source.raw);
    if (!value || GENERIC.has(value)) continue;
    const where = source.file === "." ? `the folder name "${source.raw}"` : `${source.from} ${source.file} ("${source.raw}")`;
    return { value, file: source.file, reason: `from ${where}` };
  }
  return undefined;
}
