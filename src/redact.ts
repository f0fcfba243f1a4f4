/**
 * Removes secrets from text before it is printed or logged: tokens and keys are replaced by a label,
 * credentials in URLs by `***`. Used by the CLI for every output and error line (src/cli/run.ts), so a
 * token in an error message, a config, a diff or a stack trace never reaches a terminal or CI log.
 */

export const REDACTED = "[REDACTED]";

interface Rule {
  readonly name: string;
  readonly pattern: RegExp;
  readonly replace: string | ((...groups: string[]) => string);
}

// Token formats from their issuers' documentation; each is specific enough that a git SHA never matches.
const RULES: readonly Rule[] = [
  // PEM private keys, whole (BEGIN…END), including encrypted and OpenSSH ones. A key cut off before its
  // END is removed up to the first character that cannot be in one or in a diff/comment prefix before its
  // lines (e.g. the quote closing a JSON string).
  {
    name: "private key",
    pattern: /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY-----(?:[A-Za-z0-9+/=:,.\s#>|*;!-]|\\[rn])*?(?:-----END \1PRIVATE KEY-----|(?![A-Za-z0-9+/=:,.\s#>|*;!-]|\\[rn]))/g,
    replace: (_m, kind: string) => `-----BEGIN ${kind}PRIVATE KEY-----${REDACTED}-----END ${kind}PRIVATE KEY-----`,
  },
  // GitHub: classic PATs, OAuth, user-to-server, server-to-server (App installation), refresh; fine-grained PATs.
  { name: "GitHub token", pattern: /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{30,255}\b/g, replace: `${REDACTED}` },
  { name: "GitHub fine-grained token", pattern: /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g, replace: `${REDACTED}` },
  // GitHub App JWTs and legacy installation tokens; JSON Web Tokens in general.
  { name: "JSON Web Token", pattern: /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g, replace: REDACTED },
  { name: "GitHub legacy installation token", pattern: /\bv1\.[0-9a-f]{40}\b/g, replace: REDACTED },
  // AWS access key IDs and secret access keys given with their name.
  { name: "AWS access key id", pattern: /\b(?:AKIA|ASIA|ABIA|ACCA|AIDA|AROA)[A-Z0-9]{16}\b/g, replace: `${REDACTED}` },
  {
    name: "AWS secret access key",
    pattern: /((?:aws_?secret_?access_?key|secret_?access_?key)["']?\s*[:=]\s*["']?)[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])/gi,
    replace: (_m, lead: string) => `${lead}${REDACTED}`,
  },
  // Other common issuers: npm, Slack tokens and webhooks, Google API keys, Stripe live keys, GitLab.
  { name: "npm token", pattern: /\bnpm_[A-Za-z0-9]{36}\b/g, replace: REDACTED },
  { name: "Slack token", pattern: /\bxox[abeoprs]-[A-Za-z0-9-]{10,}\b/g, replace: REDACTED },
  { name: "Slack webhook", pattern: /(https:\/\/hooks\.slack\.com\/services\/)[A-Za-z0-9/_-]+/g, replace: (_m, lead: string) => `${lead}${REDACTED}` },
  { name: "Google API key", pattern: /\bAIza[0-9A-Za-z_-]{35}\b/g, replace: REDACTED },
  { name: "Stripe key", pattern: /\b(?:sk|rk)_live_[0-9A-Za-z]{16,}\b/g, replace: REDACTED },
  { name: "GitLab token", pattern: /\bglpat-[0-9A-Za-z_-]{20,}\b/g, replace: REDACTED },
  // Credentials in URLs: scheme://user:password@host → scheme://***@host.
  { name: "URL credentials", pattern: /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@:]+(?::[^\s/@]*)?@/gi, replace: (_m, scheme: string) => `${scheme}***@` },
  // Secrets in query strings and Authorization headers.
  {
    name: "query secret",
    pattern: /([?&](?:access_token|token|password|secret|client_secret|sig|signature|api_key|apikey)=)[^&#\s]+/gi,
    replace: (_m, lead: string) => `${lead}${REDACTED}`,
  },
  {
    name: "Authorization header",
    pattern: /(\bauthorization["']?\s*[:=]\s*["']?(?:bearer|token|basic)\s+)[A-Za-z0-9._~+/=-]+/gi,
    replace: (_m, lead: string) => `${lead}${REDACTED}`,
  },
];

/** Environment variables whose values are secrets by their name: masked verbatim wherever they appear. */
const SECRET_ENV_NAME = /(TOKEN|SECRET|PASSWORD|PASSWD|PRIVATE_KEY|API_KEY|ACCESS_KEY|CREDENTIALS)/i;

/** Values of secret-named environment variables (8 characters or more, so ordinary words stay). */
export function secretsFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  return Object.entries(env)
    .filter(([name, value]) => SECRET_ENV_NAME.test(name) && value !== undefined && value.trim().length >= 8)
    .map(([, value]) => value!.trim())
    .sort((a, b) => b.length - a.length);
}

/** The text with every secret it holds replaced: known values first, then every known shape. Idempotent. */
export function redact(text: string, known: readonly string[] = []): string {
  let result = text;
  for (const secret of known) result = result.split(secret).join(REDACTED);
  for (const rule of RULES) {
    result = result.replace(rule.pattern, rule.replace as (substring: string, ...args: string[]) => string);
  }
  return result;
}

/** Names of the kinds of secret found in a text (for tests and scanners), empty when none. */
export function findSecrets(text: string): string[] {
  return RULES.filter((rule) => new RegExp(rule.pattern.source, rule.pattern.flags).test(text)).map((rule) => rule.name);
}

/**
 * A line-by-line redactor: a PEM key printed one line per call is caught too, since the lines between
 * BEGIN and END are dropped even when they arrive separately.
 */
export function createLineRedactor(known: readonly string[] = []): (line: string) => string {
  let inKey = false;
  return (line: string): string => {
    if (inKey) {
      if (/-----END [A-Z0-9 ]*PRIVATE KEY-----/.test(line)) inKey = false;
      return redact(line.replace(/^[\s\S]*?(-----END [A-Z0-9 ]*PRIVATE KEY-----|$)/, (_m, end: string) => (end ? `${REDACTED}${end}` : REDACTED)), known);
    }
    const redacted = redact(line, known);
    const begin = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/.exec(line);
    if (begin && !/-----END [A-Z0-9 ]*PRIVATE KEY-----/.test(line.slice(begin.index))) inKey = true;
    return redacted;
  };
}
