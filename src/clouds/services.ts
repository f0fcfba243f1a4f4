import { dockerfilePath, imageBuilds, type ServiceRole } from "../components/docker/image-builds.js";
import type { BaselineOptions } from "../options/index.js";
import { pinnedAction } from "../workflows/pins.js";
import type { DeployContext, Environment, ServiceTarget, Step } from "./types.js";

/** Containers the deploy path ships: the backend API and the frontend, when present. */
export function serviceTargets(options: BaselineOptions): ServiceTarget[] {
  const targets: ServiceTarget[] = [];
  // One source of truth for where each image builds from (shared folders, monorepo contexts).
  const builds = imageBuilds(options);
  const build = (role: ServiceRole) => {
    const b = builds.find((x) => x.role === role);
    if (!b) throw new Error(`no ${role} image build`);
    // One port and one probe per service, the image's own, for every platform and check.
    return { context: b.context, dockerfile: dockerfilePath(b), port: b.port, probe: b.probe, healthPath: b.probe.path };
  };
  if (options.backend.kind !== "none") {
    targets.push({
      key: "api",
      image: `${options.name}-backend`,
      dir: options.backend.dir,
      ...build("backend"),
      urlVar: "API_URL",
      migrate: hasDatabase(options),
    });
  }
  if (options.frontend.kind !== "none") {
    targets.push({
      key: "web",
      image: `${options.name}-frontend`,
      dir: options.frontend.dir,
      ...build("frontend"),
      urlVar: "WEB_URL",
      migrate: false,
    });
  }
  return targets;
}

/** Only a server database gets snapshots, migrations and backups; SQLite lives in the container. */
export function hasDatabase(options: BaselineOptions): boolean {
  return options.database === "postgres" || options.database === "postgis";
}

export function deployContext(options: BaselineOptions, environment: Environment): DeployContext {
  const services = serviceTargets(options);
  return { options, environment, services, migrator: services.find((s) => s.migrate), hasDatabase: hasDatabase(options) };
}

/** The one-off migration command of the backend, as an argv list. */
export function migrationCommand(options: BaselineOptions): string[] {
  switch (options.backend.kind) {
    case "django":
      return ["python", "manage.py", "migrate", "--noinput"];
    case "fastapi":
      return ["alembic", "upgrade", "head"];
    case "express":
    case "nestjs":
      // The repository's own script (backend.migrateScript), run in the image like the app.
      return [options.backend.packageManager, "run", options.backend.migrateScript ?? "migrate"];
    case "none":
      return [];
  }
}

/** `<name>-<environment>`: the prefix every cloud resource of one environment carries (Terraform uses the same). */
export const resourcePrefix = (ctx: Pick<DeployContext, "options" | "environment">): string =>
  `${ctx.options.name}-${ctx.environment}`;

/** Joins script lines into a `run:` block. */
export const script = (...lines: string[]): string => `${lines.join("\n")}\n`;

/** Log in to GHCR with the job's own token, and its lowercase path: compose and Kubernetes pull from there. */
export const ghcrRegistrySteps = (): Step[] => [
  {
    name: "Log in to GitHub Container Registry with the job token",
    uses: pinnedAction("docker/login-action"),
    with: { registry: "ghcr.io", username: "${{ github.actor }}", password: "${{ secrets.GITHUB_TOKEN }}" },
  },
  {
    id: "registry",
    name: "Registry path (lowercase, as GHCR requires)",
    run: script(`echo "registry=ghcr.io/\${GITHUB_REPOSITORY,,}" >> "$GITHUB_OUTPUT"`),
  },
];
