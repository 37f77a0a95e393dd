import { defineConfig } from "vitest/config";

const alias = { "@": import.meta.dirname };

// Two projects that mirror the code: unit tests for lib/ (no database, no browser) and
// integration tests for routes and the database (real PGlite, and PostgreSQL when
// TEST_DATABASE_URL is set). End-to-end tests run under Playwright, not here.
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.{ts,tsx}"],
          environment: "node",
          setupFiles: ["tests/setup-unit.ts"],
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          setupFiles: ["tests/setup-integration.ts"],
          // Each file opens its own embedded database; one at a time keeps memory and the
          // 2-core CI machine calm.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
