/**
 * The TypeScript config loader, a chunk of its own (the largest in the package), loaded only for a
 * `devops-baseline.config.ts`. scripts/build-dist.ts swaps this module in the CommonJS CLI for one that
 * imports the same ES module chunk, so the loader is shipped once.
 */
export const importJiti = (): Promise<typeof import("jiti")> => import("jiti");
