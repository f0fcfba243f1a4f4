/**
 * One source of truth for where each image builds from: every workflow build step (ci.yml, security.yml,
 * deploy.yml on every cloud) and the dev compose file must name a Dockerfile the docker component
 * actually generates, with a context that contains it. Shared folders (`Dockerfile.<role>`) and
 * monorepo contexts are where hand-written paths used to drift.
 */
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { ci } from "../../../src/components/ci/index.js";
import { compose } from "../../../src/components/compose/index.js";
import { deploy } from "../../../src/components/deploy/index.js";
import { docker } from "../../../src/components/docker/index.js";
import { security } from "../../../src/components/security/index.js";
import { CLOUDS, parseOptions, type BaselineConfig } from "../../../src/options/index.js";
import { renderFiles } from "../../../src/synth/render-files.js";

const LAYOUTS: Record<string, BaselineConfig> = {
  "shared folder": { backend: { kind: "express", dir: "app" }, frontend: { kind: "nextjs", dir: "app" } },
  "monorepo contexts": { backend: { kind: "nestjs", dir: "apps/api", context: "." }, frontend: { kind: "nextjs", dir: "apps/web", context: "." } },
  "nested context": { backend: { kind: "express", dir: "packages/services/api", context: "packages" }, frontend: { kind: "react-vite", dir: "web" } },
  "python beside a frontend": { backend: { kind: "django", dir: "backend" }, frontend: { kind: "react-vite", dir: "frontend" } },
};

interface BuildStep { file?: string; context?: string }

const underContext = (context: string, file: string): boolean => context === "." || file.startsWith(`${context}/`);

describe("image build paths agree across components", () => {
  it.each(Object.entries(LAYOUTS).flatMap(([name, config]) => CLOUDS.map((cloud) => [name, cloud, config] as const)))(
    "%s on %s: every build step names a generated Dockerfile inside its context",
    (_name, cloud, config) => {
      const options = parseOptions({ name: "shop", database: "postgres", ...config, cloud });
      const dockerfiles = new Set(
        renderFiles(docker.render(options), options)
          .map((f) => f.path)
          .filter((p) => /(^|\/)Dockerfile(\.(backend|frontend))?$/.test(p)),
      );
      expect(dockerfiles.size).toBe(2);
      const workflows = renderFiles([...ci.render(options), ...security.render(options), ...deploy.render(options)], options).filter((f) =>
        f.path.startsWith(".github/workflows/"),
      );
      const builds: (BuildStep & { where: string })[] = [];
      for (const wf of workflows) {
        for (const [jobId, job] of Object.entries(parse(wf.content).jobs as Record<string, { steps?: { uses?: string; with?: BuildStep }[] }>)) {
          for (const step of job.steps ?? []) {
            if (step.uses?.startsWith("docker/build-push-action@")) builds.push({ ...step.with, where: `${wf.path} ${jobId}` });
          }
        }
      }
      // ci.yml: image check + publish per image; security.yml: one scan per image; deploy.yml: one build per image.
      expect(new Set(builds.map((b) => b.where.split(" ")[0]))).toEqual(new Set([".github/workflows/ci.yml", ".github/workflows/security.yml", ".github/workflows/deploy.yml"]));
      for (const b of builds) {
        expect(dockerfiles, b.where).toContain(b.file);
        expect(underContext(b.context!, b.file!), `${b.where}: ${b.file} outside ${b.context}`).toBe(true);
      }
      // The same Dockerfile always builds from the same context, whichever workflow builds it.
      const contexts = new Map<string, Set<string>>();
      for (const b of builds) contexts.set(b.file!, (contexts.get(b.file!) ?? new Set()).add(b.context!));
      for (const [file, set] of contexts) expect([...set], file).toHaveLength(1);
      // docker-compose.yml builds the same images: its dockerfile is relative to its context.
      const dev = parse(renderFiles(compose.render(options), options).find((f) => f.path === "docker-compose.yml")!.content);
      for (const service of Object.values(dev.services as Record<string, { build?: { context: string; dockerfile: string } }>)) {
        if (!service.build) continue;
        const context = service.build.context.replace(/^\.\/?/, "") || ".";
        expect(dockerfiles).toContain(context === "." ? service.build.dockerfile : `${context}/${service.build.dockerfile}`);
      }
    },
  );
});
