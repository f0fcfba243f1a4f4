import data from "../data/tool-versions.json" with { type: "json" };

/**
 * The version of every tool the generated files install, by key (`ruff`, `pnpm-9`, `k6`), from
 * `src/data/tool-versions.json`: the one place a tool version is written down.
 */
export const TOOL_VERSIONS: Readonly<Record<keyof typeof data.tools, string>> = Object.fromEntries(
  Object.entries(data.tools).map(([name, tool]) => [name, tool.version]),
) as Record<keyof typeof data.tools, string>;

export type ToolName = keyof typeof data.tools;
