import { isProductionCompose } from "./classify.js";
import type { Hit, RepoView, Rule, YamlFile } from "./types.js";
import { asObj, isObj, type Obj, str } from "./walk.js";

const type = "compose";

interface ServiceAt {
  readonly file: YamlFile;
  readonly name: string;
  readonly service: Obj;
}

const dirOf = (path: string): string => (path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : ".");

const services = (repo: RepoView, only?: (path: string) => boolean): ServiceAt[] =>
  repo.composes
    .filter((f) => !only || only(f.path))
    .flatMap((file) => Object.entries(asObj(asObj(file.data).services)).flatMap(([name, service]) => (isObj(service) ? [{ file, name, service }] : [])));

const hit = (at: ServiceAt, key: string | undefined, message: string): Hit => ({
  file: at.file.path,
  line: at.file.lineOf(key ? ["services", at.name, key] : ["services", at.name]) ?? at.file.lineOf(["services", at.name]),
  message: `services.${at.name}: ${message}`,
});

/** One-shot services (migrations, seeders) exit by design: `restart: "no"`, or awaited as completed by another service. */
const isOneShot = (at: ServiceAt): boolean =>
  at.service.restart === "no" ||
  Object.values(asObj(asObj(at.file.data).services)).some((s) => asObj(asObj(asObj(s).depends_on)[at.name]).condition === "service_completed_successfully");

// Names that usually carry credentials.
const SECRET_NAME = /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIAL)/i;
const SECRET_POINTER = /_(FILE|PATH|DIR)$/i;

function environment(s: Obj): [string, string | undefined][] {
  const env = s.environment;
  if (Array.isArray(env)) {
    return env.map((e) => {
      const [k, ...v] = String(e).split("=");
      return [k!, v.length > 0 ? v.join("=") : undefined];
    });
  }
  return Object.entries(asObj(env)).map(([k, v]) => [k, v === null || v === undefined ? undefined : String(v)]);
}

export const composeRules: readonly Rule[] = [
  {
    id: "CP001",
    type,
    title: "Every long-running service has a healthcheck",
    severity: "medium",
    rationale: "Compose only knows a container is started, not ready; dependents and `docker compose up --wait` need a healthcheck to wait for.",
    fix: "Add `healthcheck: { test: [CMD, …], interval: 10s, timeout: 5s, retries: 5 }` (pg_isready, redis-cli ping, the app's health route). A Dockerfile HEALTHCHECK of a built image counts, and so does one for the same service in another compose file of the folder (files merge).",
    check: (repo) =>
      services(repo).flatMap((at) => {
        const hc = asObj(at.service.healthcheck);
        if (hc.disable === true) return [hit(at, "healthcheck", "healthcheck disabled")];
        if (at.service.healthcheck !== undefined || isOneShot(at)) return [];
        // Files of one folder merge (compose.yml + compose.override.yml): a healthcheck in any of them counts.
        const folder = repo.composes.filter((f) => dirOf(f.path) === dirOf(at.file.path) && isObj(asObj(asObj(f.data).services)[at.name]));
        if (folder.some((f) => asObj(asObj(asObj(f.data).services)[at.name]).healthcheck !== undefined)) return [];
        // Reported once, in the folder's first file that defines the service.
        if (folder[0] !== at.file) return [];
        // An image built here carries its own HEALTHCHECK.
        if (at.service.build !== undefined && repo.dockerfiles.some((d) => d.instructions.some((i) => i.keyword === "HEALTHCHECK" && !/^NONE\b/i.test(i.args)))) return [];
        return [hit(at, undefined, "no healthcheck")];
      }),
  },
  {
    id: "CP002",
    type,
    title: "depends_on waits for the dependency to be healthy",
    severity: "low",
    rationale: "A plain `depends_on` only orders container starts: the app starts before the database accepts connections and crash-loops or fails its first requests.",
    fix: "Use the long form: `depends_on: { db: { condition: service_healthy } }` (or `service_completed_successfully` for one-shot jobs).",
    check: (repo) =>
      services(repo).flatMap((at) => {
        const deps = at.service.depends_on;
        if (deps === undefined) return [];
        const names = Array.isArray(deps) ? deps.map(String) : Object.entries(asObj(deps)).filter(([, v]) => !str(asObj(v).condition) || asObj(v).condition === "service_started").map(([k]) => k);
        return names.length > 0 ? [hit(at, "depends_on", `depends_on ${names.join(", ")} without condition: service_healthy`)] : [];
      }),
  },
  {
    id: "CP003",
    type,
    title: "Production services restart on failure",
    severity: "medium",
    rationale: "Without a restart policy a crashed service, or every service after a host reboot, stays down until someone notices.",
    fix: "Add `restart: unless-stopped` to each long-running service of the production compose file.",
    check: (repo) =>
      services(repo, isProductionCompose).flatMap((at) => (at.service.restart === undefined && !isOneShot(at) && !asObj(asObj(at.service.deploy).restart_policy).condition ? [hit(at, undefined, "no restart policy")] : [])),
  },
  {
    id: "CP004",
    type,
    title: "Production services have resource limits",
    severity: "medium",
    rationale: "One leaking or runaway service without a memory limit takes the whole host, and every other service, down with it.",
    fix: "Add `deploy: { resources: { limits: { cpus: \"0.5\", memory: 256M } } }` (or `mem_limit`) to each service of the production compose file.",
    check: (repo) =>
      services(repo, isProductionCompose).flatMap((at) => {
        const limits = asObj(asObj(asObj(at.service.deploy).resources).limits);
        return limits.memory === undefined && at.service.mem_limit === undefined ? [hit(at, undefined, "no memory limit")] : [];
      }),
  },
  {
    id: "CP005",
    type,
    title: "No privileged container and no host network",
    severity: "high",
    rationale: "`privileged: true` gives the container every capability and the host's devices; `network_mode: host` removes network isolation. Either makes a compromise of the service a compromise of the host.",
    fix: "Drop `privileged`, add only the capabilities needed (`cap_add`), publish ports instead of `network_mode: host`.",
    check: (repo) =>
      services(repo).flatMap((at) => [
        ...(at.service.privileged === true ? [hit(at, "privileged", "privileged: true")] : []),
        ...(at.service.network_mode === "host" ? [hit(at, "network_mode", "network_mode: host")] : []),
        ...(at.service.pid === "host" ? [hit(at, "pid", "pid: host")] : []),
      ]),
  },
  {
    id: "CP006",
    type,
    title: "No plaintext secret in a compose file",
    severity: "high",
    rationale: "A password written in the compose file is in git history forever and on every clone.",
    fix: "Reference it from `.env` (`POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it in .env}`) or use compose `secrets:`; commit a `.env.example` without values.",
    check: (repo) =>
      services(repo).flatMap((at) =>
        environment(at.service)
          .filter(([k, v]) => SECRET_NAME.test(k) && !SECRET_POINTER.test(k) && v !== undefined && v !== "" && !/\$\{?\w/.test(v))
          .map(([k]) => ({ ...hit(at, "environment", `${k} is written in the file`), line: at.file.lineOf(["services", at.name, "environment", k]) ?? at.file.lineOf(["services", at.name, "environment"]) })),
      ),
  },
];
