import { MARKDOWN_WIDTH } from "./wrap-markdown.js";

/** Around a table wider than markdownlint's line length: a table row cannot wrap, so MD013 is off for it alone. */
const WIDE_TABLE_START = "<!-- markdownlint-disable MD013 -->";
const WIDE_TABLE_END = "<!-- markdownlint-enable MD013 -->";

/**
 * Puts template-made Markdown in prettier's default form where templates cannot: tables are aligned
 * (cells padded to the column width, delimiter rows sized to match). So a repository's own prettier
 * hook never rewrites an owned file. Width is counted in code points: our tables are ASCII. A table
 * wider than 80 columns is fenced by markdownlint comments that turn the line-length rule off for it.
 */
export function formatMarkdown(text: string): string {
  const lines = text.split("\n");
  const out: string[] = [];
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fenceMatch = /^\s*(```|~~~)/.exec(line);
    if (fenceMatch) fence = fence === undefined ? fenceMatch[1] : line.trim().startsWith(fence) ? undefined : fence;
    if (fence === undefined && isTableRow(line) && i + 1 < lines.length && isDelimiterRow(lines[i + 1]!)) {
      let end = i + 2;
      while (end < lines.length && isTableRow(lines[end]!)) end++;
      const table = alignTable(lines.slice(i, end));
      const wide = table.some((row) => row.length > MARKDOWN_WIDTH) && out.at(-2) !== WIDE_TABLE_START;
      out.push(...(wide ? [WIDE_TABLE_START, "", ...table, "", WIDE_TABLE_END] : table));
      i = end - 1;
      continue;
    }
    out.push(line);
  }
  return out.join("\n");
}

const isTableRow = (line: string): boolean => /^\s*\|.*\|\s*$/.test(line);
const isDelimiterRow = (line: string): boolean => /^\s*\|(\s*:?-+:?\s*\|)+\s*$/.test(line);

type Align = "left" | "right" | "center" | "none";

function splitCells(row: string): string[] {
  const inner = row.trim().slice(1, -1);
  const cells: string[] = [];
  let current = "";
  let inCode = false;
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i]!;
    if (ch === "\\" && inner[i + 1] === "|") {
      current += "\\|";
      i++;
    } else if (ch === "`") {
      inCode = !inCode;
      current += ch;
    } else if (ch === "|" && !inCode) {
      cells.push(current.trim());
      current = "";
    } else {
      current += ch;
    }
  }
  cells.push(current.trim());
  return cells;
}

function alignTable(rows: string[]): string[] {
  const header = splitCells(rows[0]!);
  const aligns: Align[] = splitCells(rows[1]!).map((c) =>
    c.startsWith(":") && c.endsWith(":") ? "center" : c.endsWith(":") ? "right" : c.startsWith(":") ? "left" : "none",
  );
  const body = rows.slice(2).map(splitCells);
  const columns = Math.max(header.length, aligns.length, ...body.map((r) => r.length));
  const widths = Array.from({ length: columns }, (_, c) =>
    Math.max(3, ...[header, ...body].map((r) => [...(r[c] ?? "")].length)),
  );
  const pad = (cell: string, c: number): string => {
    const gap = widths[c]! - [...cell].length;
    switch (aligns[c] ?? "none") {
      case "right":
        return " ".repeat(gap) + cell;
      case "center":
        return " ".repeat(Math.floor(gap / 2)) + cell + " ".repeat(Math.ceil(gap / 2));
      default:
        return cell + " ".repeat(gap);
    }
  };
  // Like prettier, a row keeps its own number of cells.
  const row = (cells: string[]): string => `| ${cells.map((cell, c) => pad(cell, c)).join(" | ")} |`;
  const delimiter = widths.map((w, c) => {
    switch (aligns[c] ?? "none") {
      case "left":
        return `:${"-".repeat(w - 1)}`;
      case "right":
        return `${"-".repeat(w - 1)}:`;
      case "center":
        return `:${"-".repeat(w - 2)}:`;
      default:
        return "-".repeat(w);
    }
  });
  return [row(header), `| ${delimiter.join(" | ")} |`, ...body.map(row)];
}
