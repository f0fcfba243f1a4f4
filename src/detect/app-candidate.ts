import type { Backend, Frontend } from "../options/index.js";
import type { NodePackage } from "./read-package-json.js";
import type { PythonProject } from "./read-python-project.js";

/** One app detection found; several may compete for the backend or frontend slot. */
export interface AppCandidate {
  readonly role: "backend" | "frontend";
  readonly kind: Exclude<Backend, "none"> | Exclude<Frontend, "none">;
  readonly language: "python" | "node";
  readonly dir: string;
  /** The file that told it, and why, for the evidence. */
  readonly file: string;
  readonly reason: string;
  /** The manifest that places the app in `dir` (may differ from `file`, e.g. manage.py below it). */
  readonly dirFile: string;
  /** 3 = entry point plus dependency, 2 = dependency, 1 = weaker hint. */
  readonly strength: number;
  /** How many dependencies it declares: the main app of a monorepo is usually the biggest. */
  readonly size: number;
  /** It publishes entry points (exports, types): more often a shared package than an app. */
  readonly exportsEntryPoints?: boolean;
  /** A workspace root: its dependencies are often hoisted from the apps below it. */
  readonly workspaceRoot?: boolean;
  /** Signs that the folder is a real app (a framework config, pages, an entry point, a build script, a Dockerfile), for ranking. */
  readonly signals?: readonly string[];
  readonly python?: PythonProject;
  readonly node?: NodePackage;
}
