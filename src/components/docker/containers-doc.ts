import type { BaselineOptions } from "../../options/index.js";
import type { FileModel } from "../../synth/file-model.js";
import { renderTemplate } from "../../synth/templates.js";
import { djangoWsgiApp } from "../../stacks/django/docker.js";
import { FASTAPI_APP } from "../../stacks/fastapi/docker.js";
import { dockerfilePath, type ImageBuild } from "./image-builds.js";

const SERVERS: Record<string, string> = {
  django: "gunicorn (sync workers, `WEB_CONCURRENCY` of them)",
  fastapi: "gunicorn with `uvicorn_worker.UvicornWorker` workers (`WEB_CONCURRENCY` of them)",
  express: "`node .` (package.json `main`) with `NODE_ENV=production`",
  nestjs: "`node dist/main.js` with `NODE_ENV=production`",
  nextjs: "`node server.js` from the standalone build",
  "react-vite": "nginx-unprivileged serving `dist/`, SPA fallback to `index.html`",
};

/** docs/containers.md: what each image runs and what the application must provide. */
export function containersDoc(options: BaselineOptions, builds: readonly ImageBuild[]): FileModel {
  const images = builds.map((b) => {
    const kind = b.role === "backend" ? options.backend.kind : options.frontend.kind;
    return {
      role: b.role,
      kind,
      dockerfile: dockerfilePath(b),
      context: b.context,
      server: SERVERS[kind] ?? kind,
      port: b.port,
      healthPath: b.healthPath,
      packageManager: b.role === "backend" ? options.backend.packageManager : options.frontend.packageManager,
    };
  });
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
      reactVite: options.frontend.kind === "react-vite",
      pythonBackend: options.backend.kind === "django" || options.backend.kind === "fastapi",
      nodeBackend: options.backend.kind === "express" || options.backend.kind === "nestjs",
      healthPath: options.deploy.healthPath,
      workspace: builds.some((b) => b.workspaceDir !== "."),
      wsgiApp: djangoWsgiApp(options.name),
      asgiApp: FASTAPI_APP,
    }),
  };
}
