import { badInput } from "../errors.js";
import { djangoCi } from "./django/ci.js";
import { expressCi } from "./express/ci.js";
import { fastapiCi } from "./fastapi/ci.js";
import { nestjsCi } from "./nestjs/ci.js";
import { nextjsCi } from "./nextjs/ci.js";
import { nodeLibraryCi } from "./node-library/ci.js";
import { reactViteCi } from "./react-vite/ci.js";
import type { BackendStackId, FrontendStackId, Stack, StackId } from "./types.js";

export type * from "./types.js";

/** Every stack, in one explicit registry. Adding a stack is adding a folder and a line here. */
export const STACKS: Readonly<Record<StackId, Stack>> = {
  django: { id: "django", role: "backend", language: "python", title: "Django", ci: djangoCi },
  fastapi: { id: "fastapi", role: "backend", language: "python", title: "FastAPI", ci: fastapiCi },
  express: { id: "express", role: "backend", language: "node", title: "Express", ci: expressCi },
  nestjs: { id: "nestjs", role: "backend", language: "node", title: "NestJS", ci: nestjsCi },
  nextjs: { id: "nextjs", role: "frontend", language: "node", title: "Next.js", ci: nextjsCi },
  "react-vite": { id: "react-vite", role: "frontend", language: "node", title: "React (Vite)", ci: reactViteCi },
  "node-library": { id: "node-library", role: "library", language: "node", title: "Node.js library", ci: nodeLibraryCi },
};

export function backendStack(id: BackendStackId): Stack {
  return stack(id);
}

export function frontendStack(id: FrontendStackId): Stack {
  return stack(id);
}

export function stack(id: string): Stack {
  const found = (STACKS as Readonly<Record<string, Stack>>)[id];
  if (!found) throw badInput(`Unknown stack "${id}". Available: ${Object.keys(STACKS).join(", ")}`);
  return found;
}
