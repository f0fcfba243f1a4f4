import { parse as parseYaml } from "yaml";
import { fileKindOf, isDjangoSettings } from "./files-to-read.js";
import { baseOf } from "./paths.js";
import { firstLine, isRecord } from "./read-package-json.js";
import { isOutsideApp, type RepoIndex } from "./repo-index.js";
import { splitImage } from "./parse-versions.js";
import {
  imageSignal,
  NODE_DEPENDENCIES,
  PYTHON_DEPENDENCIES,
  pythonExtraSignal,
  serviceNameSignal,
  TEXT_PATTERNS,
  type ServiceSignal,
} from "./service-signals.js";

/**
 * Every hint about the database, cache and object storage, most explicit sources first: settings and
 * .env examples, compose files, the Prisma schema, Dockerfiles, then dependencies.
 */
export function collectServiceSignals(index: RepoIndex): ServiceSignal[] {
  const signals: ServiceSignal[] = [];
  const files = [...index.files.keys()].filter((f) => !isOutsideApp(f));
  for (const file of files.filter((f) => isDjangoSettings(f) || fileKindOf(f) === "env-example")) {
    signals.push(...textSignals(file, index.files.get(file) ?? ""));
  }
  for (const file of files.filter((f) => fileKindOf(f) === "compose")) {
    signals.push(...composeSignals(file, index.files.get(file) ?? "", index.warnings));
  }
  for (const file of files.filter((f) => baseOf(f) === "schema.prisma")) {
    signals.push(...prismaSignals(file, index.files.get(file) ?? ""));
  }
  for (const { file, facts } of index.dockerfiles.filter((d) => !isOutsideApp(d.file))) {
    for (const image of facts.images) {
      const { path, name } = splitImage(image);
      const signal = imageSignal(path, name);
      if (signal) signals.push({ signal, file, reason: `${file} builds FROM ${image}` });
    }
  }
  for (const project of index.pythonProjects.filter((p) => !isOutsideApp(p.dir))) {
    for (const dep of project.deps) {
      const signal =
        pythonExtraSignal(dep.name, dep.extras) ?? (Object.hasOwn(PYTHON_DEPENDENCIES, dep.name) ? PYTHON_DEPENDENCIES[dep.name] : undefined);
      const extras = dep.extras.length > 0 ? `[${dep.extras.join(",")}]` : "";
      if (signal) signals.push({ signal, file: dep.file, reason: `${dep.file} depends on ${dep.name}${extras}` });
    }
  }
  for (const pkg of index.nodePackages.filter((p) => !isOutsideApp(p.dir))) {
    for (const name of pkg.deps.keys()) {
      const signal = Object.hasOwn(NODE_DEPENDENCIES, name) ? NODE_DEPENDENCIES[name] : undefined;
      if (signal) signals.push({ signal, file: pkg.file, reason: `${pkg.file} depends on ${name}` });
    }
  }
  return signals;
}

function textSignals(file: string, text: string): ServiceSignal[] {
  const signals: ServiceSignal[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith("#")) continue;
    for (const [pattern, signal, what] of TEXT_PATTERNS) {
      if (pattern.test(line)) signals.push({ signal, file, reason: `${file} ${what}` });
    }
  }
  return signals;
}

function composeSignals(file: string, text: string, warnings: string[]): ServiceSignal[] {
  let data: unknown;
  try {
    data = parseYaml(text, { merge: true, maxAliasCount: 1000 });
  } catch (error) {
    warnings.push(`${file} is not valid YAML (${firstLine(error)}); it was skipped`);
    return [];
  }
  const services = isRecord(data) && isRecord(data.services) ? data.services : {};
  const signals: ServiceSignal[] = [];
  for (const [name, service] of Object.entries(services)) {
    const image = isRecord(service) && typeof service.image === "string" ? interpolate(service.image).toLowerCase() : undefined;
    const fromImage = image ? imageSignal(splitImage(image).path, splitImage(image).name) : undefined;
    if (fromImage && image) {
      signals.push({ signal: fromImage, file, reason: `${file} runs service "${name}" from image ${image}` });
      continue;
    }
    const fromName = serviceNameSignal(name);
    if (fromName) signals.push({ signal: fromName, file, reason: `${file} has a service named "${name}"` });
  }
  return signals;
}

/** Compose's "${PG_IMAGE:-postgres:16}" → its default; an unset variable → "". */
function interpolate(value: string): string {
  return value.replace(/\$\{[A-Za-z_][A-Za-z0-9_]*(?::?-([^}]*)|:?\?[^}]*)?\}/g, (_match, fallback: string | undefined) => fallback ?? "");
}

/** The datasource provider of a Prisma schema decides its database. */
function prismaSignals(file: string, text: string): ServiceSignal[] {
  const block = /datasource\s+\w+\s*\{([^}]*)\}/.exec(text)?.[1] ?? "";
  const provider = /provider\s*=\s*"(\w+)"/.exec(block)?.[1];
  const reason = `${file} has datasource provider "${provider}"`;
  switch (provider) {
    case "postgresql":
    case "postgres":
      return [{ signal: { key: "database", value: "postgres" }, file, reason }];
    case "sqlite":
      return [{ signal: { key: "database", value: "sqlite" }, file, reason }];
    case "mongodb":
      return [{ signal: { key: "unsupported", value: "MongoDB" }, file, reason }];
    case "mysql":
      return [{ signal: { key: "unsupported", value: "MySQL" }, file, reason }];
    case "sqlserver":
      return [{ signal: { key: "unsupported", value: "SQL Server" }, file, reason }];
    case "cockroachdb":
      return [{ signal: { key: "unsupported", value: "CockroachDB" }, file, reason }];
    default:
      return [];
  }
}
