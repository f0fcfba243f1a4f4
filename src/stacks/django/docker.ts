import { TOOL_VERSIONS } from "../../components/docker/base-images.js";
import type { DockerStrategy } from "../../components/docker/docker-strategy.js";
import { pythonContext } from "../../components/docker/python-build.js";


/** The WSGI module gunicorn serves: `<project package>.wsgi:application`, the project package named after `name`. */
export function djangoWsgiApp(name: string): string {
  return `${name.replace(/-/g, "_")}.wsgi:application`;
}

/** Django behind gunicorn (sync workers; WEB_CONCURRENCY sets how many). */
export const djangoDocker: DockerStrategy = {
  template: "docker/django/Dockerfile.hbs",
  ignore: "python",
  healthPath: (options) => options.deploy.healthPath,
  port: (options) => options.backend.port,
  context: (options) =>
    pythonContext(
      options,
      [`gunicorn==${TOOL_VERSIONS.gunicorn}`],
      ["gunicorn", "--bind", `0.0.0.0:${options.backend.port}`, "--access-logfile", "-", djangoWsgiApp(options.name)],
      options.backend.port,
      options.deploy.healthPath,
    ),
};
