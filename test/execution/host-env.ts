// The environment that processes started by the harness inherit from this machine: toolchain,
// locale, certificates, proxies and registry settings, and nothing of the test process itself
// (vitest's NODE_ENV, npm's npm_* variables, this repository's node_modules/.bin on PATH).

const PASS_THROUGH =
  /^(HOME|USER|LOGNAME|LANG|LC_[A-Z]+|TZ|TERM|PYENV_[A-Z_]+|PIP_[A-Z_]+|UV_[A-Z_]+|NPM_CONFIG_[A-Z_]+|SSL_CERT_[A-Z]+|NODE_EXTRA_CA_CERTS|REQUESTS_CA_BUNDLE|CURL_CA_BUNDLE|GIT_SSL_CAINFO|[A-Za-z]+_proxy|[A-Z]+_PROXY)$/;

export function hostEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && PASS_THROUGH.test(key)) env[key] = value;
  }
  env.PATH = hostPath();
  return env;
}

/** This machine's PATH without any node_modules/.bin, so the app's own tools are the ones found. */
export function hostPath(): string {
  return (process.env.PATH ?? "/usr/bin:/bin")
    .split(":")
    .filter((dir) => dir !== "" && !dir.includes("node_modules"))
    .join(":");
}
