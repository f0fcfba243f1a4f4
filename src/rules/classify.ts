/** Which DevOps file type a repository path is, by name alone (Kubernetes manifests need their content). */

const base = (path: string): string => path.slice(path.lastIndexOf("/") + 1);

export const isWorkflowPath = (path: string): boolean => /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path);

/** A GitHub Action's metadata file; composite actions live anywhere, usually `.github/actions/<name>/`. */
export const isActionPath = (path: string): boolean => /^action\.ya?ml$/.test(base(path));

/** `Dockerfile`, `Dockerfile.prod`, `api.Dockerfile`, `Containerfile`; not backups, templates or ignore files. */
export function isDockerfilePath(path: string): boolean {
  const name = base(path);
  if (/\.(orig|bak|rej)(\.\d+)?$|\.(hbs|tpl|j2|template|dockerignore|md)$/i.test(name)) return false;
  return /^(Dockerfile|Containerfile)(\.[\w.-]+)?$/.test(name) || /\.(Dockerfile|Containerfile)$/i.test(name);
}

/** `docker-compose.yml`, `compose.prod.yaml`, `docker-compose.override.yml`. */
export const isComposePath = (path: string): boolean => /^(docker-)?compose(\.[\w-]+)*\.ya?ml$/.test(base(path));

/** Compose files meant for production, where restart policies and limits are expected. */
export const isProductionCompose = (path: string): boolean => /(^|[.-])prod(uction)?([.-]|$)/i.test(base(path).replace(/\.ya?ml$/, ""));

export const isDependabotPath = (path: string): boolean => /^\.github\/dependabot\.ya?ml$/.test(path);

/** Renovate's config file names, in the order Renovate itself looks. @see https://docs.renovatebot.com/configuration-options/ */
export const RENOVATE_PATHS: readonly string[] = [
  "renovate.json",
  "renovate.json5",
  ".github/renovate.json",
  ".github/renovate.json5",
  ".gitlab/renovate.json",
  ".gitlab/renovate.json5",
  ".renovaterc",
  ".renovaterc.json",
  ".renovaterc.json5",
];

/** Shell scripts by extension; extensionless scripts are recognised by their shebang (`isShellText`). */
export const isShellPath = (path: string): boolean => /\.(sh|bash)$/.test(base(path));

export const isShellText = (text: string): boolean => /^#!\s*\S*\/(env\s+)?(ba|da|k)?sh\b/.test(text);

/** A YAML file that may be a Kubernetes manifest; the content decides (`apiVersion` and `kind`). */
export const maybeKubernetesPath = (path: string): boolean =>
  /\.ya?ml$/.test(path) && !path.startsWith(".github/") && !isComposePath(path) && !/(^|\/)(\.pre-commit|mkdocs|codecov|\.gitlab-ci|pnpm-workspace|action)\b/.test(path);

export const isKubernetesText = (text: string): boolean => /^apiVersion:\s*\S/m.test(text) && /^kind:\s*\S/m.test(text);

/** Fixture, test-data, template, example and sample trees hold sample files, not this repository's own DevOps files. */
export const isSampleTree = (path: string): boolean => /(^|\/)(fixtures?|__fixtures__|testdata|templates?|examples?|samples?)\//.test(path);

/** nginx configuration: `nginx.conf`, `*.conf` in an nginx or conf.d folder; the content decides (a server or http block). */
export const maybeNginxPath = (path: string): boolean => /(^|\/)nginx[\w.-]*\.conf(\.template)?$|(^|\/)(nginx|conf\.d|sites-(available|enabled))\/.*\.conf(\.template)?$/.test(path);

export const isNginxText = (text: string): boolean => /(^|[\s;{}])(server|http)\s*\{/.test(text);

/** A Prometheus rule file: top-level `groups:` whose groups hold `rules:`. */
export const isPrometheusRulesText = (text: string): boolean => /^groups:/m.test(text) && /^\s+rules:/m.test(text) && /^\s*-?\s*(alert|record):/m.test(text);
