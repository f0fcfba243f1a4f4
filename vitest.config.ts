import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // CI=true turns picocolors' colours on; tests read plain text (the colour itself is not under test).
    env: { NO_COLOR: "1" },
  },
});
