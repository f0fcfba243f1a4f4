import { redact } from "../redact.js";

/**
 * Keeps credentials out of everything the GitHub layer prints: the values it was given (the token, an App's
 * private key, installation tokens as they are minted) plus every shape `src/redact.ts` knows.
 */
export interface Redactor {
  /** Registers a value that must never be printed. Short values are ignored (they would mask ordinary words). */
  addSecret(value: string | undefined): void;
  redact(text: string): string;
}

export function createRedactor(): Redactor {
  const secrets = new Set<string>();
  let known: string[] = [];
  return {
    addSecret(value) {
      if (!value || value.trim().length < 8) return;
      secrets.add(value);
      secrets.add(value.trim());
      // Longest first, so a secret that contains another is masked whole.
      known = [...secrets].sort((a, b) => b.length - a.length);
    },
    redact: (text) => redact(text, known),
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
