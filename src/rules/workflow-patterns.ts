/** What the workflow rules look for: pinned references, untrusted expressions, scope users, deploys. */
// `owner/repo[/path]@<40 hex>`, a local action, or a docker image by digest.
export const PINNED_USES = /^(?:[\w.-]+\/[\w.-]+(?:\/[\w./-]+)?@[0-9a-f]{40}|\.\/[\w./-]+|docker:\/\/[^@\s]+@sha256:[0-9a-f]{64})$/;


/**
 * Expressions an outside contributor can fill: event payload text (titles, bodies, branch names,
 * commit messages), the head ref, and dispatch inputs. Numbers, ids and SHAs are safe.
 * @see https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#understanding-the-risk-of-script-injections
 */
const EXPRESSION = /\$\{\{([^}]*)\}\}/g;
const SAFE_EVENT_FIELD = /\.(number|id|\w+_id|sha|\w+_sha|action|draft|merged|forced|size|created_at|updated_at|fork|private|run_attempt|run_number)$/;
export function untrustedIn(text: string): string | undefined {
  for (const m of text.matchAll(EXPRESSION)) {
    const refs = m[1]!.match(/[\w.-]+(?:\[[^\]]*\][\w.-]*)*/g) ?? [];
    for (const ref of refs) {
      if (/^github\.head_ref$/.test(ref) || /^(github\.event\.)?inputs\./.test(ref)) return ref;
      if (/^github\.event\./.test(ref) && !/^github\.event\.repository\./.test(ref) && !SAFE_EVENT_FIELD.test(ref)) return ref;
    }
  }
  return undefined;
}

/** Scopes whose use can be seen in the steps; others (contents, pull-requests…) are not judged. */
export const WRITE_SCOPE_USERS: Readonly<Record<string, RegExp>> = {
  packages: /^docker\/(login-action|build-push-action)@|docker push|ghcr\.io/,
  "security-events": /^github\/codeql-action\//,
  // Also a run step that requests the OIDC token itself (a kubeconfig exec plugin).
  "id-token": /^(aws-actions\/configure-aws-credentials|google-github-actions\/auth|azure\/login|actions\/attest[\w-]*|sigstore\/[\w-]+)@|ACTIONS_ID_TOKEN_REQUEST_URL|kube_github_oidc\.sh/i,
  attestations: /^actions\/attest[\w-]*@/,
};

// Actions known to need no write scope and no OIDC token; a job of only these and run steps is judged.
export const SCOPELESS_ACTION = /^(actions\/(checkout|setup-[\w-]+|cache|upload-artifact|download-artifact)|docker\/(setup-buildx-action|setup-qemu-action|metadata-action))@/;

// Secret names of long-lived cloud credentials, and the login actions' key inputs.
export const STATIC_KEY_SECRET = /\$\{\{\s*secrets\.(AWS_ACCESS_KEY_ID|AWS_SECRET_ACCESS_KEY|GOOGLE_CREDENTIALS|GCP_SA_KEY|GCP_CREDENTIALS|AZURE_CREDENTIALS|AZURE_CLIENT_SECRET|KUBE_?CONFIG)\b/i;
export const STATIC_KEY_INPUT: Readonly<Record<string, string>> = {
  "aws-actions/configure-aws-credentials": "aws-secret-access-key",
  "google-github-actions/auth": "credentials_json",
  "azure/login": "creds",
};

// Lint, type-check and test commands: their failure must fail the job.
export const CHECK_COMMAND = /\b(pytest|tox|nox|unittest|jest|vitest|mocha|eslint|ruff|flake8|pylint|mypy|pyright|tsc|black --check|prettier --check|(npm|pnpm|yarn|bun)( run)? (test|lint|typecheck|type-check)|go test|go vet|cargo test|cargo clippy|make (test|lint|check)|manage\.py test)\b/;
export const SWALLOW = /\|\|\s*(true|:|exit\s+0)\b|\|\|\s*:\s*$/;

// A job is a deploy by its name, or by an environment plus a step that ships something.
export const DEPLOY_NAME = /deploy|rollout|promote/i;
export const DEPLOY_STEP = /deploy|kubectl|helm |terraform apply|aws (ecs|lambda|s3)|gcloud |az (containerapp|webapp)|docker (compose )?push|\bssh |rsync|^aws-actions\/|^google-github-actions\/|^azure\//;

export const DEPRECATED_ACTIONS: Readonly<Record<string, string>> = {
  "actions/create-release": "softprops/action-gh-release (or `gh release create`)",
  "actions/upload-release-asset": "softprops/action-gh-release (or `gh release upload`)",
};
