import { posix } from "node:path";
import type { DockerfileDoc, Hit, Instruction, Rule } from "./types.js";
import {
  finalChain,
  isExecForm,
  joinDir,
  knownContexts,
  kubernetesEnforcesNonRoot,
  kubernetesProbes,
  lastInChain,
  resolveImage,
  stageNames,
} from "./dockerfile-context.js";

const type = "dockerfile";

const DIGEST = /@sha256:[0-9a-f]{64}$/;
const TAGGED_DIGEST = /^[^@\s]+:[^@\s/]+@sha256:[0-9a-f]{64}$/;
// Names that usually carry credentials; a value baked into ARG/ENV ends up in the image history.
const SECRET_NAME = /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIAL)/i;
// Pointers to a secret (a mounted file, a path) are not the secret.
const SECRET_POINTER = /_(FILE|PATH|DIR|URL_FILE)$/i;
// Base images that already run as a non-root user by default.
const NON_ROOT_BASE = /:[^@]*nonroot|nginx-unprivileged|^cgr\.dev\/chainguard\//;
// Official data-store images whose entrypoint starts as root only to switch to their own user (gosu/su-exec).
const STEPS_DOWN_BASE = /^(docker\.io\/)?(library\/)?(postgres|postgis\/postgis|redis|mysql|mariadb|mongo|rabbitmq)([:@]|$)/;
// A compiler toolchain in the image: its build should happen in a stage the final image does not keep.
const TOOLCHAIN = /\b(build-essential|gcc|g\+\+|clang|make|build-base|musl-dev|python3?-dev|libpq-dev|[\w.+-]+-dev)\b/;
const COMPILE = /\b(go build|cargo build|mvn (package|install)|gradle (build|assemble)|dotnet publish)\b/;

const hitAt = (file: DockerfileDoc, at: Instruction | number, message: string): Hit => ({ file: file.path, line: typeof at === "number" ? at : at.line, message });

export const dockerfileRules: readonly Rule[] = [
  {
    id: "DF001",
    type,
    title: "Base images are pinned by tag and digest",
    severity: "medium",
    rationale: "A tag is re-pointed on every upstream push: the same Dockerfile builds a different image tomorrow. The digest makes builds reproducible; the tag beside it tells the update tool which track to follow.",
    fix: "Write `FROM name:tag@sha256:<digest>` (`docker buildx imagetools inspect name:tag` prints the digest); let Dependabot's docker ecosystem bump both. `scratch` and earlier stages need no pin.",
    check: (repo) =>
      repo.dockerfiles.flatMap((file) => {
        const hits: Hit[] = [];
        file.stages.forEach((stage, index) => {
          const image = resolveImage(file, stage.image);
          if (image.toLowerCase() === "scratch" || stageNames(file, index).has(image.toLowerCase()) || image.includes("$")) return;
          if (!DIGEST.test(image)) hits.push(hitAt(file, stage.from, `FROM ${image} is not pinned by digest`));
          else if (!TAGGED_DIGEST.test(image)) hits.push(hitAt(file, stage.from, `FROM ${image} has a digest but no tag; add the tag so updates know the track`));
        });
        const names = stageNames(file, file.stages.length);
        for (const i of file.instructions.filter((x) => x.keyword === "COPY")) {
          const from = /--from=(\S+)/.exec(i.args)?.[1];
          if (from && !names.has(from.toLowerCase()) && !DIGEST.test(from) && !from.includes("$")) hits.push(hitAt(file, i, `COPY --from=${from} copies from an image not pinned by digest`));
        }
        return hits;
      }),
  },
  {
    id: "DF002",
    type,
    title: "The final stage runs as a non-root user",
    severity: "high",
    rationale: "Root in the container is root on the host's kernel interface: one application bug away from a container escape. Build stages may stay root; only the final stage runs in production. Official data-store images (postgres, redis, mysql, mariadb, mongo, rabbitmq) switch to their own user in their entrypoint and count as non-root; so does an image no compose file builds in a repository whose Kubernetes containers all set runAsNonRoot.",
    fix: "Create a system user in the final stage (`useradd --system --uid 10001 app`) and end with `USER app` (or `USER 10001`).",
    check: (repo) =>
      repo.dockerfiles.flatMap((file) => {
        const final = file.stages.at(-1);
        if (!final) return [];
        const user = lastInChain(file, "USER");
        const who = user?.args.trim().split(":")[0];
        if (user && who !== "root" && who !== "0") return [];
        const base = resolveImage(file, finalChain(file).at(-1)!.image);
        if (!user && (NON_ROOT_BASE.test(base) || STEPS_DOWN_BASE.test(base))) return [];
        // Run only on Kubernetes, where every container is held to runAsNonRoot: the cluster enforces it.
        if (!user && kubernetesEnforcesNonRoot(repo) && knownContexts(repo, file.path, true).length === 0) return [];
        return [hitAt(file, user ?? final.from, user ? `the final stage runs as ${user.args.trim()}` : "the final stage has no USER: it runs as root")];
      }),
  },
  {
    id: "DF003",
    type,
    title: "The final image has a HEALTHCHECK (or a Kubernetes probe)",
    severity: "low",
    rationale: "Without a health check, compose and `docker run` report a hung or crash-looping server as running, and dependents start against it.",
    fix: "Add `HEALTHCHECK CMD [\"<probe>\", ...]` hitting the app's health route; in Kubernetes, liveness/readiness probes take this role.",
    check: (repo) => {
      if (kubernetesProbes(repo)) return [];
      return repo.dockerfiles.flatMap((file) => {
        const final = file.stages.at(-1);
        if (!final) return [];
        const healthcheck = lastInChain(file, "HEALTHCHECK");
        if (healthcheck && !/^NONE\b/i.test(healthcheck.args)) return [];
        return [hitAt(file, healthcheck ?? final.from, healthcheck ? "HEALTHCHECK NONE disables the health check" : "the final stage has no HEALTHCHECK")];
      });
    },
  },
  {
    id: "DF004",
    type,
    title: "A build that compiles uses a separate build stage",
    severity: "medium",
    rationale: "Compilers and headers left in the runtime image add hundreds of megabytes and a toolchain for an attacker.",
    fix: "Compile in a `builder` stage; `COPY --from=builder` only the result into a slim final stage.",
    check: (repo) =>
      repo.dockerfiles.flatMap((file) => {
        if (file.stages.length !== 1) return [];
        const compile = file.instructions.find(
          (i) => i.keyword === "RUN" && ((/\b(apt-get|apt|apk|yum|dnf|microdnf)\b[^&;]*\b(install|add)\b/.test(i.args) && TOOLCHAIN.test(i.args.replace(/--no-install-recommends/g, ""))) || COMPILE.test(i.args)),
        );
        return compile ? [hitAt(file, compile, "compiles in the only stage: the toolchain ships in the image")] : [];
      }),
  },
  {
    id: "DF005",
    type,
    title: "Package installs skip recommends and leave no cache",
    severity: "low",
    rationale: "Recommended packages and package-manager caches bloat the image and its attack surface, and make layers differ between builds.",
    fix: "`apt-get install -y --no-install-recommends … && rm -rf /var/lib/apt/lists/*` in one RUN; `apk add --no-cache`; `pip install --no-cache-dir` (or a `RUN --mount=type=cache`).",
    check: (repo) =>
      repo.dockerfiles.flatMap((file) => {
        const hits: Hit[] = [];
        for (const stage of file.stages) {
          let pipNoCache = false;
          for (const i of stage.body) {
            if ((i.keyword === "ENV" || i.keyword === "ARG") && /\bPIP_NO_CACHE_DIR[= ]/.test(i.args)) pipNoCache = true;
            if (i.keyword !== "RUN") continue;
            const cacheMount = /--mount=type=cache/.test(i.args);
            if (/\bapt-get\s+(-\S+\s+)*install\b/.test(i.args)) {
              if (!i.args.includes("--no-install-recommends")) hits.push(hitAt(file, i, "apt-get install without --no-install-recommends"));
              if (!cacheMount && !/rm -rf \/var\/lib\/apt\/lists/.test(i.args)) hits.push(hitAt(file, i, "apt-get install without rm -rf /var/lib/apt/lists/* in the same RUN"));
            }
            if (/\bapk\s+add\b/.test(i.args) && !/--no-cache\b/.test(i.args) && !cacheMount) hits.push(hitAt(file, i, "apk add without --no-cache"));
            if (/(^|[;&|]\s*|\s)(python3? -m )?pip3? install\b/.test(i.args.replace(/\buv pip install\b/g, "")) && !/--no-cache-dir/.test(i.args) && !pipNoCache && !cacheMount) {
              hits.push(hitAt(file, i, "pip install without --no-cache-dir"));
            }
          }
        }
        return hits;
      }),
  },
  {
    id: "DF006",
    type,
    title: "COPY, not ADD",
    severity: "medium",
    rationale: "ADD fetches URLs without verification and unpacks archives implicitly; COPY does only what it says.",
    fix: "Use COPY for local files; download with `ADD --checksum=sha256:…` or curl + checksum; keep ADD only to unpack a local archive.",
    check: (repo) =>
      repo.dockerfiles.flatMap((file) =>
        file.instructions
          .filter((i) => i.keyword === "ADD" && !/--checksum=/.test(i.args))
          .filter((i) => {
            const sources = i.args.split(/\s+/).filter((p) => !p.startsWith("--")).slice(0, -1);
            return !sources.every((s) => /\.(tar|tar\.gz|tgz|tar\.bz2|tar\.xz|txz)$/.test(s) && !/^https?:/.test(s));
          })
          .map((i) => hitAt(file, i, "ADD: use COPY (ADD fetches URLs and unpacks archives implicitly)")),
      ),
  },
  {
    id: "DF007",
    type,
    title: "Each build context has a .dockerignore",
    severity: "medium",
    rationale: "Without it `.git`, `.env` files, local virtualenvs and node_modules are sent to the builder and can land in the image by a `COPY . .`.",
    fix: "Add a `.dockerignore` at the build context's root (or `<Dockerfile>.dockerignore` beside the Dockerfile) excluding .git, .env*, dependencies and build output.",
    check: (repo) => {
      const paths = new Set(repo.paths);
      return repo.dockerfiles.flatMap((file) => {
        if (paths.has(`${file.path}.dockerignore`)) return [];
        const contexts = knownContexts(repo, file.path);
        if (contexts.length > 0) {
          const missing = contexts.filter((c) => !paths.has(joinDir(c, ".dockerignore")));
          return missing.map((c) => hitAt(file, 1, `build context ${c === "." ? "the repository root" : `${c}/`} has no .dockerignore`));
        }
        // Context unknown: the Dockerfile's folder or one of its parents.
        let dir = posix.dirname(file.path);
        for (;;) {
          if (paths.has(joinDir(dir, ".dockerignore"))) return [];
          if (dir === ".") break;
          dir = posix.dirname(dir);
        }
        return [hitAt(file, 1, "no .dockerignore beside the Dockerfile or in a parent folder")];
      });
    },
  },
  {
    id: "DF008",
    type,
    title: "No secret in ARG or ENV",
    severity: "high",
    rationale: "ARG and ENV values are stored in the image's history and config; anyone who can pull the image can read them.",
    fix: "Pass build secrets with `RUN --mount=type=secret,id=…`, runtime secrets as environment at run time.",
    check: (repo) =>
      repo.dockerfiles.flatMap((file) =>
        file.instructions
          .filter((i) => i.keyword === "ARG" || i.keyword === "ENV")
          .flatMap((i) => {
            const names = [...i.args.matchAll(/(?:^|\s)([A-Za-z_][A-Za-z0-9_]*)(?==|\s|$)/g)].map((m) => m[1]!);
            const declared = i.keyword === "ENV" && !i.args.includes("=") ? names.slice(0, 1) : names;
            return declared
              .filter((name) => SECRET_NAME.test(name) && !SECRET_POINTER.test(name))
              .map((name) => hitAt(file, i, `${i.keyword} ${name} looks like a secret; pass it at run time or via RUN --mount=type=secret`));
          }),
      ),
  },
  {
    id: "DF009",
    type,
    title: "CMD, ENTRYPOINT and HEALTHCHECK use exec form",
    severity: "low",
    rationale: "Shell form runs the server under `/bin/sh -c`, which does not forward SIGTERM: every stop waits for the kill timeout and drops in-flight requests. A shell-form HEALTHCHECK needs /bin/sh, which distroless and scratch images lack.",
    fix: "Write `CMD [\"gunicorn\", \"--bind\", \"0.0.0.0:8000\", \"app.wsgi\"]` (a JSON array).",
    check: (repo) =>
      repo.dockerfiles.flatMap((file) => {
        const final = file.stages.at(-1);
        if (!final) return [];
        return final.body.flatMap((i) => {
          if (i.keyword === "CMD" || i.keyword === "ENTRYPOINT") return isExecForm(i.args) ? [] : [hitAt(file, i, `${i.keyword} uses shell form; signals do not reach the process`)];
          if (i.keyword === "HEALTHCHECK") {
            const cmd = /\bCMD\s+(.*)$/s.exec(i.args)?.[1];
            return cmd !== undefined && !isExecForm(cmd) ? [hitAt(file, i, "HEALTHCHECK CMD uses shell form")] : [];
          }
          return [];
        });
      }),
  },
];
