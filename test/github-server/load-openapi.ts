import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import { normalizeSchema, type NormalizeStats } from "./normalize-schema.js";

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/** Each component schema is registered as `${SCHEMA_BASE}<name>` and compiled once, however many operations use it. */
export const SCHEMA_BASE = "https://api.github.com/schemas/";

export interface OperationParameter {
  readonly name: string;
  readonly in: "path" | "query" | "header" | "cookie";
  readonly required: boolean;
  readonly schema: Record<string, unknown>;
}

export interface OperationSpec {
  readonly operationId: string;
  readonly parameters: readonly OperationParameter[];
  readonly requestBody?: {
    readonly required: boolean;
    readonly schema: unknown;
  };
  /** Normalised JSON schema of each documented status (`null`: documented without a JSON body). */
  readonly responses: Readonly<Record<string, unknown>>;
}

export interface LoadedSpec {
  /** Keyed `GET /repos/{owner}/{repo}` exactly as the spec spells paths; prepared on first use. */
  operation(key: string): OperationSpec | undefined;
  /** Compiles a schema taken from `operation()` (its component schemas are already registered). */
  compile(schema: unknown): ValidateFunction;
  /** Nullable rewrites in the whole description (normalises every component: for diagnostics only). */
  countNullable(): NormalizeStats;
  readonly loadMs: number;
  readonly version: string;
}

let loaded: LoadedSpec | undefined;

/** GitHub's OpenAPI description, parsed and prepared once per process on first use. */
export function loadOpenApi(): LoadedSpec {
  loaded ??= load();
  return loaded;
}

interface RawOperation {
  operationId: string;
  parameters?: unknown[];
  requestBody?: {
    required?: boolean;
    content?: Record<string, { schema?: unknown }>;
  };
  responses: Record<string, unknown>;
}

function load(): LoadedSpec {
  const started = performance.now();
  const require = createRequire(import.meta.url);
  const file = require.resolve("@octokit/openapi/generated/api.github.com.json");
  const version = (require("@octokit/openapi/package.json") as { version: string }).version;
  const spec = JSON.parse(readFileSync(file, "utf8")) as {
    paths: Record<string, Record<string, RawOperation>>;
    components: {
      schemas: object;
      parameters: Record<string, unknown>;
      responses: Record<string, unknown>;
    };
  };
  // Compiling each component once (no inlining) and skipping code optimisation halves first-use cost.
  const ajv = new Ajv({
    inlineRefs: false,
    code: { optimize: false },
    strict: false,
    allErrors: false,
    logger: false,
    validateSchema: false,
  });
  addFormats(ajv);
  // Formats GitHub's description uses beyond ajv-formats' set.
  ajv.addFormat("repo.nwo", /^[\w.-]+\/[\w.-]+$/);
  ajv.addFormat("timestamp", {
    type: "string",
    validate: (value: string) => !Number.isNaN(Date.parse(value)),
  });
  if (!ajv.formats["uri-template"]) ajv.addFormat("uri-template", true);

  // Component schemas are normalised and registered only when an operation first reaches them.
  const rawSchemas = spec.components.schemas as Record<string, unknown>;
  const registered = new Set<string>();
  const prepare = (schema: unknown): unknown => {
    const deps: string[] = [];
    const normalized = normalizeSchema(
      schema,
      (ref) => {
        const name = /^#\/components\/schemas\/(.+)$/.exec(ref)?.[1];
        if (name === undefined) throw new Error(`unexpected $ref ${ref} in a schema`);
        deps.push(name);
        return SCHEMA_BASE + name;
      },
      { nullableWithType: 0, nullableWithoutType: 0 },
    );
    for (const name of deps) {
      if (registered.has(name)) continue;
      registered.add(name);
      ajv.addSchema({
        ...(prepare(rawSchemas[name]) as object),
        $id: SCHEMA_BASE + name,
      });
    }
    return normalized;
  };
  const countNullable = (): NormalizeStats => {
    const stats: NormalizeStats = {
      nullableWithType: 0,
      nullableWithoutType: 0,
    };
    normalizeSchema({ schemas: rawSchemas, paths: spec.paths }, (ref) => ref, stats);
    return stats;
  };

  const deref = (node: unknown): Record<string, unknown> => {
    const ref = (node as { $ref?: string }).$ref;
    if (ref === undefined) return node as Record<string, unknown>;
    const [, , kind, name] = ref.split("/");
    const table = spec.components[kind as "parameters" | "responses"];
    return deref(table[name!]);
  };
  const jsonSchemaOf = (content: Record<string, { schema?: unknown }> | undefined): unknown => {
    if (!content) return null;
    const media = content["application/json"] ?? Object.values(content)[0];
    return media?.schema === undefined ? null : prepare(media.schema);
  };

  const prepared = new Map<string, OperationSpec>();
  const operation = (key: string): OperationSpec | undefined => {
    const cached = prepared.get(key);
    if (cached) return cached;
    const [method, path] = key.split(" ") as [string, string];
    const op = spec.paths[path]?.[method.toLowerCase()];
    if (!op?.operationId) return undefined;
    const parameters = (op.parameters ?? []).map((raw) => {
      const param = deref(raw) as {
        name: string;
        in: OperationParameter["in"];
        required?: boolean;
        schema?: unknown;
      };
      const schema = prepare(param.schema ?? {}) as Record<string, unknown>;
      return {
        name: param.name,
        in: param.in,
        required: param.required ?? false,
        schema,
      };
    });
    const responses: Record<string, unknown> = {};
    for (const [status, raw] of Object.entries(op.responses)) {
      responses[status] = jsonSchemaOf((deref(raw) as { content?: Record<string, { schema?: unknown }> }).content);
    }
    const body = op.requestBody;
    const result: OperationSpec = {
      operationId: op.operationId,
      parameters,
      ...(body
        ? {
            requestBody: {
              required: body.required ?? false,
              schema: jsonSchemaOf(body.content),
            },
          }
        : {}),
      responses,
    };
    prepared.set(key, result);
    return result;
  };
  return {
    operation,
    compile: (schema) => ajv.compile(schema as object),
    countNullable,
    loadMs: performance.now() - started,
    version,
  };
}
