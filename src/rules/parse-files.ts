import { DockerfileParser } from "dockerfile-ast";
import { type Document, isMap, isSeq, LineCounter, parseAllDocuments, parseDocument, type Node } from "yaml";
import type { DockerfileDoc, Instruction, Stage, YamlDoc } from "./types.js";

interface Located {
  readonly doc: Document;
  readonly counter: LineCounter;
}

/**
 * A YAML document's data, whose key paths map back to lines. The parsed Document is not kept: a rollout
 * audits thousands of repositories, and documents held through a whole audit were its largest share of
 * what outlived the young generation (issue 14). Lines are found by parsing again, once, when a rule
 * reports a finding.
 */
function yamlDoc(data: unknown, locate: () => Located): YamlDoc {
  let located: Located | undefined;
  return {
    data,
    lineOf(path) {
      if (path.length === 0) return 1;
      const { doc, counter } = (located ??= locate());
      const parent: unknown = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
      const last = path.at(-1);
      let node: Node | undefined;
      if (isMap(parent)) {
        const pair = parent.items.find((p) => ((p.key as { value?: unknown } | null)?.value ?? p.key) === last);
        node = (pair?.key as Node | undefined) ?? undefined;
      } else if (isSeq(parent) && typeof last === "number") {
        node = parent.items[last] as Node | undefined;
      }
      const offset = node?.range?.[0];
      return offset === undefined ? undefined : counter.linePos(offset).line;
    },
  };
}

// Without prettyErrors the parser keeps no line index (a LineCounter per file, a tenth of what an audit's
// parsing kept past the young generation; issue 14). An error is then parsed again for its location.
const PARSE_OPTIONS = { uniqueKeys: false, prettyErrors: false } as const;

/** The parser's first error, as the first line of its message with the location that prettyErrors adds. */
function errorWithLocation(text: string, stream: boolean): Error {
  const options = { ...PARSE_OPTIONS, prettyErrors: true, lineCounter: new LineCounter() };
  const docs = stream ? parseAllDocuments(text, options) : [parseDocument(text, options)];
  const first = (Array.isArray(docs) ? docs : []).flatMap((d: Document) => d.errors)[0];
  return new Error(first?.message.split("\n")[0]);
}

const TO_JS = { maxAliasCount: 100 } as const;

/** Parses one YAML document; throws with the parser's first error. */
export function parseYaml(text: string): YamlDoc {
  const doc = parseDocument(text, PARSE_OPTIONS);
  if (doc.errors.length > 0) throw errorWithLocation(text, false);
  return yamlDoc(doc.toJS(TO_JS), () => {
    const counter = new LineCounter();
    return { doc: parseDocument(text, { ...PARSE_OPTIONS, lineCounter: counter }), counter };
  });
}

/** Parses every document of a YAML stream (Kubernetes manifests). */
export function parseYamlStream(text: string): YamlDoc[] {
  const docs = parseAllDocuments(text, PARSE_OPTIONS);
  if (!Array.isArray(docs)) return [];
  if (docs.some((d) => d.errors.length > 0)) throw errorWithLocation(text, true);
  // One parse with lines for the whole stream, shared by its documents, made when the first of them is asked.
  let again: { docs: Document[]; counter: LineCounter } | undefined;
  const locateAll = () => {
    if (again) return again;
    const counter = new LineCounter();
    const all = parseAllDocuments(text, { ...PARSE_OPTIONS, lineCounter: counter });
    return (again = { docs: Array.isArray(all) ? all : [], counter });
  };
  return docs.map((d, i) =>
    yamlDoc(d.toJS(TO_JS), () => {
      const { docs: located, counter } = locateAll();
      return { doc: located[i]!, counter };
    }),
  );
}

/**
 * Renovate's config may be JSON5: comments, single-quoted strings, unquoted keys, trailing commas.
 * Turned into JSON by one pass that respects strings, then JSON.parse (no JSON5 dependency).
 */
export function parseLooseJson(text: string): unknown {
  let out = "";
  const skipBlank = (from: number): number => {
    let j = from;
    for (;;) {
      if (/\s/.test(text[j] ?? "")) j++;
      else if (text.startsWith("//", j)) j = text.indexOf("\n", j) < 0 ? text.length : text.indexOf("\n", j);
      else if (text.startsWith("/*", j)) j = text.indexOf("*/", j) < 0 ? text.length : text.indexOf("*/", j) + 2;
      else return j;
    }
  };
  for (let i = 0; i < text.length; ) {
    const c = text[i]!;
    if (c === '"' || c === "'") {
      let body = "";
      let j = i + 1;
      for (; j < text.length && text[j] !== c; j++) {
        if (text[j] === "\\") {
          const next = text[++j] ?? "";
          // JSON's own escapes stay; any other escaped character is itself (JSON5), a line continuation is nothing.
          body += '"\\/bfnrtu'.includes(next) ? `\\${next}` : next === "\n" ? "" : next;
        } else body += text[j] === '"' ? '\\"' : text[j];
      }
      out += `"${body}"`;
      i = j + 1;
    } else if (text.startsWith("//", i) || text.startsWith("/*", i)) {
      i = skipBlank(i);
      out += " ";
    } else if (c === ",") {
      const next = skipBlank(i + 1);
      if (text[next] !== "}" && text[next] !== "]") out += ",";
      i++;
    } else if (/[A-Za-z_$]/.test(c)) {
      const word = /^[A-Za-z_$][\w$]*/.exec(text.slice(i))![0];
      out += text[skipBlank(i + word.length)] === ":" ? `"${word}"` : word;
      i += word.length;
    } else {
      out += c;
      i++;
    }
  }
  return JSON.parse(out);
}

/** A Dockerfile as instructions and stages; dockerfile-ast never throws, unknown text becomes instructions. */
export function parseDockerfile(path: string, text: string): DockerfileDoc {
  const lines = text.split("\n");
  const instructions: Instruction[] = DockerfileParser.parse(text)
    .getInstructions()
    .map((i) => {
      const { start, end } = i.getRange();
      const raw = lines
        .slice(start.line, end.line + 1)
        .map((line, n) => (n === end.line - start.line ? line.slice(0, end.character) : line))
        .join("\n")
        .slice(start.character);
      const args = raw
        .replace(/^\s*\S+/, "")
        .replace(/\\\r?\n/g, " ")
        .replace(/\n\s*#[^\n]*/g, "")
        .trim();
      return { keyword: i.getKeyword().toUpperCase(), args, line: start.line + 1 };
    });
  const stages: { name: string | undefined; image: string; from: Instruction; body: Instruction[] }[] = [];
  for (const instruction of instructions) {
    if (instruction.keyword === "FROM") {
      const parts = instruction.args.split(/\s+/).filter((p) => !p.startsWith("--"));
      const as = parts.findIndex((p) => p.toUpperCase() === "AS");
      stages.push({ name: as >= 0 ? parts[as + 1]?.toLowerCase() : undefined, image: parts[0] ?? "", from: instruction, body: [] });
    } else {
      stages.at(-1)?.body.push(instruction);
    }
  }
  return { path, text, instructions, stages: stages as Stage[] };
}
