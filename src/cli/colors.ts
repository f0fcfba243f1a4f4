import { isatty } from "node:tty";

/**
 * ANSI colors, decided as picocolors decides (NO_COLOR and --no-color off; FORCE_COLOR, --color, CI or a
 * terminal that is not "dumb" on), but by asking whether descriptor 1 is a terminal: picocolors asks
 * `process.stdout.isTTY` as it loads, which builds the stdout stream that the CLI otherwise never needs.
 */
function colorsWanted(env: NodeJS.ProcessEnv = process.env, argv: readonly string[] = process.argv): boolean {
  if (env.NO_COLOR || argv.includes("--no-color")) return false;
  return Boolean(env.FORCE_COLOR || argv.includes("--color") || process.platform === "win32" || (isatty(1) && env.TERM !== "dumb") || env.CI);
}

const enabled = colorsWanted();

/** A color that, like picocolors, reopens itself after a nested color's close code. */
const color =
  (open: number, close: number) =>
  (text: string): string =>
    enabled ? `\x1b[${open}m${text.replaceAll(`\x1b[${close}m`, `\x1b[${close}m\x1b[${open}m`)}\x1b[${close}m` : text;

export const pc = {
  bold: color(1, 22),
  dim: color(2, 22),
  red: color(31, 39),
  green: color(32, 39),
  yellow: color(33, 39),
  magenta: color(35, 39),
  cyan: color(36, 39),
};
