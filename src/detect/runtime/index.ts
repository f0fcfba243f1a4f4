import { detectDjangoRuntime } from "../../stacks/django/detect-runtime.js";
import { detectExpressRuntime } from "../../stacks/express/detect-runtime.js";
import { detectFastapiRuntime } from "../../stacks/fastapi/detect-runtime.js";
import { detectNestRuntime } from "../../stacks/nestjs/detect-runtime.js";
import { detectNextRuntime } from "../../stacks/nextjs/detect-runtime.js";
import { detectViteRuntime } from "../../stacks/react-vite/detect-runtime.js";
import type { AppCandidate } from "../app-candidate.js";
import type { RepoIndex } from "../repo-index.js";
import { emptyReport, type RuntimeReport } from "./facts.js";

export type { RuntimeFact, RuntimeReport } from "./facts.js";

/** Each stack's answer to "how does this app run", in one explicit registry. */
const RUNTIME_DETECTORS: Readonly<Record<AppCandidate["kind"], (index: RepoIndex, app: AppCandidate) => RuntimeReport>> = {
  django: detectDjangoRuntime,
  fastapi: detectFastapiRuntime,
  express: detectExpressRuntime,
  nestjs: detectNestRuntime,
  nextjs: detectNextRuntime,
  "react-vite": detectViteRuntime,
};

export function detectRuntime(index: RepoIndex, app: AppCandidate): RuntimeReport {
  return RUNTIME_DETECTORS[app.kind]?.(index, app) ?? emptyReport();
}
