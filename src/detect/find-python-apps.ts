import type { AppCandidate } from "./app-candidate.js";
import { baseOf, dirOf, isWithin, selfAndAncestors, showDir } from "./paths.js";
import type { PythonProject } from "./read-python-project.js";
import { isOutsideApp, type RepoIndex } from "./repo-index.js";

/** Python web frameworks the baseline has no pieces for; reported instead of guessed. */
const UNSUPPORTED: Record<string, string> = {
  flask: "Flask", quart: "Quart", sanic: "Sanic", tornado: "Tornado", litestar: "Litestar",
  falcon: "Falcon", pyramid: "Pyramid", bottle: "Bottle", starlette: "Starlette",
};

/** Django-based products that pull Django in without always listing it. */
const DJANGO_PACKAGES = ["django", "wagtail", "django-cms", "mezzanine"];

/**
 * Python backends: each project folder with Django or FastAPI in its dependencies, and each
 * manage.py, attached to the nearest folder above it that declares dependencies (so
 * backend/src/manage.py belongs to backend/ when backend/pyproject.toml is there).
 */
export function findPythonApps(index: RepoIndex): AppCandidate[] {
  const projects = new Map(index.pythonProjects.map((p) => [p.dir, p]));
  const managePys = new Map<string, string[]>();
  for (const path of index.paths) {
    if (baseOf(path) !== "manage.py") continue;
    const owner = ownerOf(dirOf(path), projects);
    // Flask-Script, Alembic helpers and plain modules are called manage.py too: one counts when it
    // names Django, or when the project it belongs to depends on Django.
    const text = index.files.get(path);
    const namesDjango = /DJANGO_SETTINGS_MODULE|django\.core\.management|from django\b|import django\b/.test(text ?? "");
    const ownerProject = projects.get(owner);
    if (text !== undefined && !namesDjango && !(ownerProject && dependency(ownerProject, DJANGO_PACKAGES))) continue;
    managePys.set(owner, [...(managePys.get(owner) ?? []), path]);
  }

  const candidates: AppCandidate[] = [];
  const dirs = new Set([...projects.keys(), ...managePys.keys()]);
  for (const dir of dirs) {
    const project = projects.get(dir) ?? { dir, manifests: [], deps: [], pythonSpecs: [], declaresProject: false };
    const manage = (managePys.get(dir) ?? []).sort((a, b) => a.length - b.length)[0];
    const candidate = classify(project, manage, index);
    if (candidate) candidates.push(candidate);
  }
  return candidates;
}

/** The nearest folder at or above `dir` that declares a Python project; else `dir` itself. */
function ownerOf(dir: string, projects: ReadonlyMap<string, PythonProject>): string {
  for (const candidate of selfAndAncestors(dir)) {
    const project = projects.get(candidate);
    if (project?.declaresProject) {
      return candidate;
    }
  }
  return dir;
}

function dependency(project: PythonProject, names: readonly string[]) {
  return project.deps.find((d) => names.includes(d.name));
}

function classify(project: PythonProject, manage: string | undefined, index: RepoIndex): AppCandidate | undefined {
  const django = dependency(project, DJANGO_PACKAGES);
  const fastapi = dependency(project, ["fastapi", "fastapi-slim"]);
  const dirFile = project.manifests[0] ?? manage ?? project.dir;
  const base = { role: "backend" as const, language: "python" as const, dir: project.dir, dirFile, python: project, size: new Set(project.deps.map((d) => d.name)).size };
  if (manage) {
    const where = dirOf(manage) === project.dir ? "" : `; its backend root is ${showDir(project.dir)}, where the dependencies are declared`;
    const deps = django ? ` and ${django.file} depends on ${django.name}` : "";
    return { ...base, kind: "django", file: manage, reason: `${manage} is a Django entry point${deps}${where}`, strength: 3 };
  }
  if (fastapi) {
    return { ...base, kind: "fastapi", file: fastapi.file, reason: `${fastapi.file} depends on fastapi`, strength: 2 };
  }
  if (django) {
    // A Django project always has an entry point; a reusable Django package (a library) has none.
    const entry = index.paths.find((p) => isWithin(p, project.dir) && /(^|\/)(wsgi|asgi)\.py$/.test(p) && !isOutsideApp(p));
    if (entry) {
      return { ...base, kind: "django", file: django.file, reason: `${django.file} depends on ${django.name} and ${entry} serves it`, strength: 2 };
    }
    if (!isOutsideApp(project.dir)) {
      index.warnings.push(
        `${django.file} depends on ${django.name} but has no manage.py, wsgi.py or asgi.py: it looks like a reusable Django package, so it was not proposed as a backend`,
      );
    }
    return undefined;
  }
  const other = dependency(project, Object.keys(UNSUPPORTED));
  if (other && !isOutsideApp(other.file)) {
    index.unsupported.push({ role: "backend", framework: UNSUPPORTED[other.name] ?? other.name, file: other.file });
  }
  return undefined;
}
