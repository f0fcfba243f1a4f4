import type { Finding } from "./detect-package-manager.js";
import { collectServiceSignals } from "./detect-services.js";
import type { RepoIndex } from "./repo-index.js";
import type { ServiceSignal } from "./service-signals.js";

export interface ServiceResult {
  readonly findings: readonly ["database" | "cache" | "objectStorage", Finding<string>][];
  readonly warnings: readonly string[];
}

/** When sources disagree the more specific service wins: PostGIS is Postgres with more; MinIO is the self-hosted S3. */
const PRECEDENCE = {
  database: ["postgis", "postgres", "sqlite"],
  cache: ["redis"],
  objectStorage: ["minio", "s3"],
} as const;

/** Turns every signal into one value per key (or none) and a warning per unsupported service. */
export function resolveServices(index: RepoIndex): ServiceResult {
  const signals = collectServiceSignals(index);
  const findings: ["database" | "cache" | "objectStorage", Finding<string>][] = [];
  for (const key of ["database", "cache", "objectStorage"] as const) {
    const winner = PRECEDENCE[key]
      .map((value) => signals.find((s) => s.signal.key === key && s.signal.value === value))
      .find((s): s is ServiceSignal => s !== undefined);
    findings.push([
      key,
      winner
        ? { value: winner.signal.value, file: winner.file, reason: winner.reason }
        : { value: "none", file: ".", reason: `nothing in settings, compose files or dependencies asks for ${label(key)}` },
    ]);
  }
  const warnings: string[] = [];
  const database = findings.find(([key]) => key === "database")?.[1].value ?? "none";
  const seen = new Set<string>();
  for (const { signal, reason } of signals) {
    if (signal.key !== "unsupported" || seen.has(signal.value)) continue;
    seen.add(signal.value);
    const outcome =
      isDatabase(signal.value) && database === "none"
        ? "database is left none (never faked as Postgres)"
        : "the baseline leaves it to you";
    warnings.push(`${signal.value} is not supported by the baseline's ${isDatabase(signal.value) ? "database" : "storage"} pieces (${reason}); ${outcome}.`);
  }
  return { findings, warnings };
}

function isDatabase(name: string): boolean {
  return !/storage/i.test(name);
}

function label(key: string): string {
  return key === "objectStorage" ? "object storage" : `a ${key}`;
}

/** For repositories without a proposed app: nothing to connect a database, cache or bucket to. */
export function noServices(): ServiceResult {
  const reason = "no backend or frontend was proposed, so no service is";
  return {
    findings: (["database", "cache", "objectStorage"] as const).map((key) => [key, { value: "none", file: ".", reason }]),
    warnings: [],
  };
}
