import type { BaselineOptions } from "../../options/index.js";
import { buildArgsInput } from "../app-config/build-args.js";
import type { Job, Step } from "../../workflows/model.js";
import { pinnedAction } from "../../workflows/pins.js";
import { checkoutStep, runStep } from "../../workflows/steps.js";
import { TOOL_VERSIONS } from "../../pins/tool-versions.js";
import { healthyBelow } from "../docker/health-probe.js";
import { dockerfilePath, type ImageBuild } from "../docker/index.js";
import { job } from "./runner.js";
import { appCiEnv, serviceContainers, serviceEnv, throwawaySecretsStep } from "./service-containers.js";

/** GHCR image of a service: `ghcr.io/<owner>/<repo>/<role>` (metadata-action lower-cases it). */
export const ghcrImage = (role: string): string => `ghcr.io/\${{ github.repository }}/${role}`;

/** Pushes happen on the default branch only; pull requests and other branches build without pushing. */
export const ON_DEFAULT_BRANCH = "github.event_name == 'push' && github.ref == format('refs/heads/{0}', github.event.repository.default_branch)";

const localTag = (build: ImageBuild): string => `ci-${build.role}:latest`;

function buildStep(build: ImageBuild, push: boolean, extra: Record<string, string | boolean> = {}): Step {
  return {
    id: push ? "push" : "build",
    name: push ? "Build and push" : "Build image",
    uses: pinnedAction("docker/build-push-action"),
    with: {
      context: build.context,
      file: dockerfilePath(build),
      // BuildKit layer cache in the Actions cache, one scope per image so they don't evict each other.
      "cache-from": `type=gha,scope=${build.role}`,
      ...(push ? {} : { "cache-to": `type=gha,mode=max,scope=${build.role}` }),
      push,
      ...extra,
    },
  };
}

/**
 * What the backend container gets in the image job: the service URLs, and what the deploy always gives a
 * Django backend (compose requires DJANGO_SECRET_KEY and DJANGO_ALLOWED_HOSTS): production settings
 * commonly read `os.environ["DJANGO_SECRET_KEY"]` with no default, and the container would exit at
 * import without it. Secrets get a random value per run (`generated`), never a literal.
 */
export function imageJobEnv(options: BaselineOptions): { env: Record<string, string>; generated: readonly string[] } {
  const app = appCiEnv(options, true);
  return { env: { ...app.env, ...serviceEnv(options) }, generated: app.generated };
}

/**
 * Builds the image (layer cache in GHA), runs it beside the service containers, waits for its health
 * endpoint with retries, then runs the k6 smoke test (perf/smoke.js) against it.
 */
export function imageJob(build: ImageBuild, options: BaselineOptions): Job {
  const isBackend = build.role === "backend";
  const services = isBackend ? serviceContainers(options) : {};
  const app = isBackend ? imageJobEnv(options) : { env: {}, generated: [] };
  const appEnv = [...Object.keys(app.env), ...app.generated].sort();
  const run = [
    "docker run --detach --name app --network host \\",
    ...appEnv.map((name) => `  --env ${name} \\`),
    '  "$IMAGE"',
  ].join("\n");
  const url = `http://localhost:${build.port}`;
  return job(`Image ${build.role}: build and performance smoke test`, 30, [
    checkoutStep(),
    { id: "setup-buildx", name: "Set up Docker Buildx", uses: pinnedAction("docker/setup-buildx-action") },
    buildStep(build, false, { load: true, tags: localTag(build), ...buildArgsInput(options, build.role) }),
    ...throwawaySecretsStep(app.generated),
    runStep("start", "Start the container", run, { env: { IMAGE: localTag(build), ...app.env } }),
    // The image's own HEALTHCHECK decides, polled instead of a fixed sleep: fast when the app is fast.
    runStep(
      "wait-healthy",
      "Wait until the container's health check passes",
      [
        "for attempt in $(seq 1 60); do",
        "  status=$(docker inspect --format '{{.State.Health.Status}}' app)",
        '  echo "attempt $attempt: $status"',
        '  if [ "$status" = healthy ]; then exit 0; fi',
        '  if [ "$status" = unhealthy ]; then break; fi',
        "  sleep 2",
        "done",
        'echo "::error::The container did not become healthy"',
        "exit 1",
      ].join("\n"),
    ),
    // Unset, the action installs whatever k6 is newest that day; the pin keeps CI reproducible.
    { id: "setup-k6", name: "Set up k6", uses: pinnedAction("grafana/setup-k6-action"), with: { "k6-version": TOOL_VERSIONS.k6 } },
    // perf/smoke.js is shared by every image job: each passes its own probe's status bound, not the primary's.
    runStep("perf-smoke", "Performance smoke test (k6)", "k6 run perf/smoke.js", { env: { BASE_URL: url, SMOKE_PATHS: build.probe.path, HEALTHY_BELOW: String(healthyBelow(build.probe)) } }),
    runStep("container-logs", "Container logs", "docker logs app", { if: "failure()" }),
  ], Object.keys(services).length > 0 ? { services } : {});
}

/** On the default branch: rebuild from the warm cache and push to GHCR. The only job that may write packages. */
export function publishJob(build: ImageBuild, needs: readonly string[], options: BaselineOptions): Job {
  return job(`Publish ${build.role} image to GHCR`, 30, [
    checkoutStep(),
    { id: "setup-buildx", name: "Set up Docker Buildx", uses: pinnedAction("docker/setup-buildx-action") },
    {
      id: "login",
      name: "Log in to GHCR",
      uses: pinnedAction("docker/login-action"),
      with: { registry: "ghcr.io", username: "${{ github.actor }}", password: "${{ secrets.GITHUB_TOKEN }}" },
    },
    {
      id: "meta",
      name: "Image tags and labels",
      uses: pinnedAction("docker/metadata-action"),
      with: {
        images: ghcrImage(build.role),
        tags: ["type=sha,format=long", "type=raw,value=latest,enable={{is_default_branch}}"].join("\n"),
      },
    },
    buildStep(build, true, { tags: "${{ steps.meta.outputs.tags }}", labels: "${{ steps.meta.outputs.labels }}", ...buildArgsInput(options, build.role) }),
  ], { needs: [...needs], if: ON_DEFAULT_BRANCH, permissions: { contents: "read", packages: "write" } });
}
