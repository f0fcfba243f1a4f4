import type { BaselineConfig } from "../options/index.js";
import { OLDEST_MAINTAINED } from "./describe-apps.js";
import type { Detection, Evidence } from "./types.js";

/** Language versions that have a pinned base image: Node.js majors ("22"), Python minors ("3.12"). */
export interface SupportedVersions {
  readonly node: readonly string[];
  readonly python: readonly string[];
}

const PYTHON_BACKENDS: ReadonlySet<string> = new Set(["django", "fastapi"]);
const NODE_BACKENDS: ReadonlySet<string> = new Set(["express", "nestjs"]);

/**
 * A detected language version without a pinned base image would make every later step refuse the
 * proposal (the Docker component has no image for it), so `init --yes` on an old repository would
 * stop. Detection proposes instead the nearest supported version above it (the smallest upgrade),
 * or the newest one when the project is ahead of every pin, and says so in a warning. Only detected
 * versions move: a version the user writes in a config file or flag is still checked strictly.
 * Pure: the supported lists come in as an argument.
 */
export function snapVersions(detection: Detection, supported: SupportedVersions): Detection {
  const warnings = [...detection.warnings];
  let evidence = [...detection.evidence];
  const snap = (key: string, language: "node" | "python", value: string | undefined): string | undefined => {
    if (value === undefined) return undefined;
    const choice = nearestSupported(value, supported[language], language);
    if (choice === undefined || choice === versionKey(value, language)) return value;
    const source = evidence.find((e) => e.key === key);
    const name = language === "node" ? "Node.js" : "Python";
    const where = source ? ` (${source.file})` : "";
    const why = reasonFor(value, sorted(supported[language], language), language);
    warnings.push(`${name} ${value}${where} has no pinned base image (${why}); proposing ${choice}. Supported: ${sorted(supported[language], language).join(", ")}.`);
    // The end-of-life notice says the declared version is used as is; it no longer is.
    const stale = `${name} ${value} (from ${source?.file ?? ""}) reached end-of-life`;
    const at = warnings.findIndex((w) => w.startsWith(stale));
    if (at >= 0) warnings.splice(at, 1);
    evidence = evidence.map((e): Evidence =>
      e.key === key ? { ...e, value: choice, reason: `${e.reason}; ${choice} is proposed, the nearest maintained version with a pinned base image` } : e,
    );
    return choice;
  };

  const config: { -readonly [K in keyof BaselineConfig]: BaselineConfig[K] } = { ...detection.config };
  const backend = config.backend;
  if (backend?.kind && backend.version !== undefined) {
    const language = PYTHON_BACKENDS.has(backend.kind) ? "python" : NODE_BACKENDS.has(backend.kind) ? "node" : undefined;
    const version = language && snap("backend.version", language, backend.version);
    if (version !== undefined && version !== backend.version) config.backend = { ...backend, version };
  }
  const frontend = config.frontend;
  if (frontend?.kind && frontend.kind !== "none" && frontend.nodeVersion !== undefined) {
    const version = snap("frontend.nodeVersion", "node", frontend.nodeVersion);
    if (version !== undefined && version !== frontend.nodeVersion) config.frontend = { ...frontend, nodeVersion: version };
  }
  return { config, evidence, warnings: [...new Set(warnings)] };
}

/**
 * The supported version a detected one maps to: itself when pinned; otherwise the nearest pinned one above
 * it that is still maintained (an upgrade from an unpinned end-of-life line goes to a maintained one, not to
 * another end-of-life one); else the newest.
 */
export function nearestSupported(value: string, supported: readonly string[], language: "node" | "python"): string | undefined {
  const key = versionKey(value, language);
  if (supported.includes(key)) return key;
  const floor = OLDEST_MAINTAINED[language].slice(0, language === "node" ? 1 : 2).join(".");
  const target = compare(key, floor, language) < 0 ? floor : key;
  const ordered = sorted(supported, language);
  return ordered.find((s) => compare(s, target, language) >= 0 && compare(s, key, language) > 0) ?? ordered.at(-1);
}

/** Node.js images are per major ("20.11.1" → "20"), Python images per minor ("3.12.4" → "3.12"). */
function versionKey(value: string, language: "node" | "python"): string {
  return value.split(".").slice(0, language === "node" ? 1 : 2).join(".");
}

function compare(a: string, b: string, language: "node" | "python"): number {
  const pa = versionKey(a, language).split(".").map(Number);
  const pb = versionKey(b, language).split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function sorted(versions: readonly string[], language: "node" | "python"): string[] {
  return [...versions].sort((a, b) => compare(a, b, language));
}

/** Older than every pin means a release line the image maintainers no longer build. */
function reasonFor(value: string, ordered: readonly string[], language: "node" | "python"): string {
  const [oldest, newest] = [ordered[0], ordered.at(-1)];
  if (oldest !== undefined && compare(value, oldest, language) < 0) return "end of life";
  if (newest !== undefined && compare(value, newest, language) > 0) return "newer than every pinned image";
  return "not a pinned release line";
}
