import type { ValidateFunction } from "ajv";
import { loadOpenApi, SCHEMA_BASE, type OperationParameter, type OperationSpec } from "./load-openapi.js";

const compiled = new Map<string, ValidateFunction>();

// One compiled validator per operation part, built the first time that part is checked.
function validatorFor(key: string, schema: unknown): ValidateFunction {
  let validate = compiled.get(key);
  if (!validate) {
    validate = loadOpenApi().compile(schema);
    compiled.set(key, validate);
  }
  return validate;
}

function describe(validate: ValidateFunction): string {
  const error = validate.errors?.[0];
  if (!error) return "invalid";
  return `${error.instancePath || "/"} ${error.message ?? "invalid"} ${JSON.stringify(error.params)}`;
}

// Path and query values arrive as strings; coerce them the way GitHub reads them.
function coerce(value: string, schema: Record<string, unknown>): unknown {
  const type = Array.isArray(schema["type"]) ? schema["type"][0] : schema["type"];
  if ((type === "integer" || type === "number") && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (type === "boolean" && (value === "true" || value === "false")) return value === "true";
  if (type === "array") return value.split(",");
  return value;
}

function checkParameters(
  key: string,
  location: "path" | "query",
  parameters: readonly OperationParameter[],
  values: Readonly<Record<string, string>>,
): string[] {
  const declared = parameters.filter((param) => param.in === location);
  const problems: string[] = [];
  const known = new Set(declared.map((param) => param.name));
  for (const name of Object.keys(values)) {
    if (!known.has(name)) problems.push(`unknown ${location} parameter "${name}"`);
  }
  const data: Record<string, unknown> = {};
  for (const param of declared) {
    const value = values[param.name];
    if (value !== undefined) data[param.name] = coerce(value, param.schema);
  }
  const schema = {
    type: "object",
    properties: Object.fromEntries(declared.map((param) => [param.name, param.schema])),
    required: declared.filter((param) => param.required).map((param) => param.name),
  };
  const validate = validatorFor(`${key} ${location}`, schema);
  if (!validate(data)) problems.push(`${location} parameters: ${describe(validate)}`);
  return problems;
}

export interface RequestToCheck {
  readonly pathParams: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>>;
  readonly body: unknown;
}

/** Problems with a request for the operation `key` (`POST /repos/{owner}/{repo}/git/trees`). */
export function checkRequest(key: string, request: RequestToCheck): string[] {
  const op = operationOf(key);
  const problems = [
    ...checkParameters(key, "path", op.parameters, request.pathParams),
    ...checkParameters(key, "query", op.parameters, request.query),
  ];
  if (request.body === undefined) {
    if (op.requestBody?.required) problems.push("request body is required");
  } else if (!op.requestBody) {
    problems.push("operation takes no request body");
  } else if (op.requestBody.schema !== null) {
    const validate = validatorFor(`${key} body`, op.requestBody.schema);
    if (!validate(request.body)) problems.push(`request body: ${describe(validate)}`);
  }
  return problems;
}

/**
 * Problems with a response. Error statuses the description does not list (GitHub's is not
 * exhaustive about 404s), or lists without a body, only need the generic `basic-error` shape.
 */
export function checkResponse(key: string, status: number, body: unknown): string[] {
  const op = operationOf(key);
  const documented = Object.hasOwn(op.responses, String(status));
  if (status === 304) return body === undefined ? [] : ["304 must not have a body"];
  if (!documented && status < 400) return [`status ${status} is not documented for ${op.operationId}`];
  const described = documented ? op.responses[String(status)] : null;
  if (described === null && status < 400)
    return body === undefined ? [] : [`status ${status} is documented without a body`];
  if (body === undefined) return described === null ? [] : [`status ${status} needs a body`];
  // Errors without a documented body (GitHub still sends one) need at least the basic-error shape.
  const schema = described ?? { $ref: `${SCHEMA_BASE}basic-error` };
  const validate = validatorFor(`${key} ${described === null ? "error" : status}`, schema);
  return validate(body) ? [] : [`response ${status}: ${describe(validate)}`];
}

export function operationOf(key: string): OperationSpec {
  const op = loadOpenApi().operation(key);
  if (!op) throw new Error(`the OpenAPI description has no operation ${key}`);
  return op;
}
