import { BaselineError } from "../errors.js";
import type { Redactor } from "./redact.js";

/** Said in the error and in docs/commands/resync.md: the one GitHub fact users trip over. */
export const WORKFLOW_TOKEN_HELP =
  "GITHUB_TOKEN cannot create or change files under .github/workflows/, and pull requests it opens do not trigger CI. " +
  "Use a GitHub App installation token (actions/create-github-app-token; the App needs contents, pull requests and workflows write) " +
  "or a personal access token with the `workflow` scope.";

interface HttpError {
  status?: number;
  message?: string;
  response?: { data?: unknown; headers?: Record<string, string | undefined> };
}

export function httpStatus(error: unknown): number | undefined {
  const status = (error as HttpError | null)?.status;
  return typeof status === "number" ? status : undefined;
}

/** GitHub's answer when a token without workflow rights touches `.github/workflows/`. */
export function isWorkflowPermissionError(error: unknown): boolean {
  const status = httpStatus(error);
  if (status !== 403 && status !== 404 && status !== 422) return false;
  const text = `${(error as HttpError).message ?? ""} ${JSON.stringify((error as HttpError).response?.data ?? "")}`;
  return /workflow/i.test(text) && /(refus|permission|scope|not allowed|forbidden)/i.test(text);
}

/** A GitHub failure as one readable, redacted error: what we were doing, what GitHub said, what to do. */
export function gitHubError(error: unknown, doing: string, redactor: Redactor, touchesWorkflows = false): BaselineError {
  if (error instanceof BaselineError) return new BaselineError(error.code, redactor.redact(error.message), error.details && redactor.redact(error.details));
  const status = httpStatus(error);
  const said = redactor.redact(((error as HttpError | null)?.message ?? String(error)).split("\n")[0]!);
  if (isWorkflowPermissionError(error) || (touchesWorkflows && status === 403)) {
    return new BaselineError("GITHUB", `${doing}: GitHub refused (${status}: ${said}). ${WORKFLOW_TOKEN_HELP}`);
  }
  const hint =
    status === 401
      ? " The token is invalid or expired."
      : status === 403
        ? " The token lacks permission (it needs contents and pull requests write) or a rate limit was hit."
        : status === 404
          ? " The repository does not exist or the token cannot see it."
          : "";
  return new BaselineError("GITHUB", `${doing}: ${status ? `GitHub answered ${status}: ` : ""}${said}.${hint}`);
}
