import { z } from "./zod.js";

const envName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must be an environment variable name");

/** One variable the application reads (detected with its evidence; edit the config to correct a guess). */
const appVariable = z.strictObject({
  name: envName,
  service: z.enum(["backend", "frontend"]).describe("The app that reads it."),
  required: z.boolean().default(true).describe("The app fails without it (no default in the code). The deploy's startup guard refuses to move traffic while it is empty."),
  default: z.string().optional().describe("The code's default, shown in .env.example."),
  secret: z.boolean().default(false).describe("A credential: lives only in the platform's secret store (by name *_KEY, *_SECRET, *_TOKEN, *PASSWORD*, DSNs, or by use)."),
  stage: z.enum(["run", "build"]).default("run").describe("build: inlined by the bundler (NEXT_PUBLIC_*, VITE_*), passed as an image build arg; run: read when the app starts."),
  readAt: z.array(z.string()).default([]).describe("Where the code reads it, file:line."),
});

/** Values of non-secret variables in one environment; secrets never go here. */
const environmentValues = z.record(envName, z.string()).default({});

export const appConfigOptions = {
  variables: z.array(appVariable).default([]).describe("Environment variables the application reads, as detected (see `detect`): every one reaches .env.example, docs/configuration.md and every deploy target."),
  environments: z
    .strictObject({
      staging: environmentValues.describe("Values of non-secret variables in staging."),
      production: environmentValues.describe("Values of non-secret variables in production."),
    })
    .default({ staging: {}, production: {} })
    .describe("Per-environment values of the non-secret variables; secrets are set in the platform's secret store (see docs/configuration.md)."),
};

export type AppVariableOption = z.output<typeof appVariable>;
