import type { BaselineOptions } from "../../options/index.js";
import type { FileModel } from "../../synth/file-model.js";
import { renderTemplate } from "../../synth/templates.js";
import { backendProbe, describeProbe } from "./health-probe.js";
import { dockerfilePath, type ImageBuild } from "./image-builds.js";
import { pythonServer } from "./python-server.js";

/** The command an image runs, as its Dockerfile's CMD states it. */
export function commandOf(options: BaselineOptions, build: ImageBuild): string {
  const context = build.strategy.context(options, build) as { cmd?: string };
  const argv = JSON.parse(context.cmd ?? "[]") as string[];
  return argv.join(" ");
}

/** docs/containers.md: what each image runs, how it is probed, and what the application must provide. */
export function containersDoc(options: BaselineOptions, builds: readonly ImageBuild[]): FileModel {
  const images = builds.map((b) => ({
    role: b.role,
    kind: b.role === "backend" ? options.backend.kind : options.frontend.kind,
    dockerfile: dockerfilePath(b),
    context: b.context,
    command: commandOf(options, b),
    port: b.port,
    probe: describeProbe(b.probe, b.port),
    packageManager: b.role === "backend" ? options.backend.packageManager : options.frontend.packageManager,
  }));
  const python = options.backend.kind === "django" || options.backend.kind === "fastapi";
  return {
    kind: "text",
    path: "docs/containers.md",
    component: "docker",
    comment: "html",
    text: renderTemplate("docs/containers.md.hbs", {
      images,
      django: options.backend.kind === "django",
      fastapi: options.backend.kind === "fastapi",
      nextjs: options.frontend.kind === "nextjs",
      nextOutput: options.frontend.nextOutput,
      [`next_${options.frontend.nextOutput}`]: options.frontend.kind === "nextjs",
      reactVite: options.frontend.kind === "react-vite",
      outDir: options.frontend.outDir,
      pythonBackend: python,
      nodeBackend: options.backend.kind === "express" || options.backend.kind === "nestjs",
      backend: options.backend,
      hasBackend: options.backend.kind !== "none",
      healthRoute: backendProbe(options).route,
      healthPath: backendProbe(options).path,
      workspace: builds.some((b) => b.workspaceDir !== "."),
      pythonPackages: python ? pythonServer(options).packages.join(", ") : "",
    }),
  };
}
