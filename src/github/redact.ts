/**
 * Keeps credentials out of everything we print. Known secrets (the token we were given, an App's
 * private key, installation tokens as they are minted) are replaced wherever they appear, and
 * anything shaped like a GitHub token is masked even if we never saw it.
 */
export interface Redactor {
  /** Registers a value that must never be printed. Short values are ignored (they would mask ordinary words). */
  addSecret(value: string | undefined): void;
  redact(text: string): string;
}

const MASK = "***";

// https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/
const TOKEN_SHAPES: readonly RegExp[] = [
  /\bgh[pousr]_[A-Za-z0-9_]{16,}\b/g,
  /\bgithub_pat_[A-Za-z0-9_]{20,}\b/g,
  /\bv1\.[0-9a-f]{40}\b/g,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)/g,
  /\b(authorization["']?\s*[:=]\s*["']?)(token|bearer|basic)\s+[^\s"',}]+/gi,
  /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g,
  /(\/\/)[^/\s:@]+:[^/\s@]+@/g,
];

export function createRedactor(): Redactor {
  const secrets = new Set<string>();
  return {
    addSecret(value) {
      if (value && value.trim().length >= 8) {
        secrets.add(value);
        secrets.add(value.trim());
      }
    },
    redact(text) {
      let out = text;
      // Longest first, so a secret that contains another is masked whole.
      for (const secret of [...secrets].sort((a, b) => b.length - a.length)) out = out.split(secret).join(MASK);
      for (const shape of TOKEN_SHAPES) {
        out = out.replace(shape, (match, ...groups: unknown[]) => {
          const first = groups[0];
          if (shape.source.startsWith("\\b(authorization") && typeof first === "string") return `${first}${String(groups[1])} ${MASK}`;
          if (shape.source.startsWith("(\\/\\/)")) return `//${MASK}@`;
          return match.startsWith("-----BEGIN") ? `-----BEGIN PRIVATE KEY----- ${MASK}` : MASK;
        });
      }
      return out;
    },
  };
}

/** Any value turned into one redacted line of text (errors keep their message, objects become JSON). */
export function redactValue(redactor: Redactor, value: unknown): string {
  if (value instanceof Error) return redactor.redact(value.message);
  if (typeof value === "string") return redactor.redact(value);
  try {
    return redactor.redact(JSON.stringify(value));
  } catch {
    return redactor.redact(String(value));
  }
}
