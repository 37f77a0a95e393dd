import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": import.meta.dirname,
  // "server-only" throws outside Next's server bundles; tests import server modules directly.
  "server-only": path.join(import.meta.dirname, "tests/fixtures/server-only.ts"),
  // next-intl/server needs a Next request; server components in tests get English translators
  // over the real message files (tests/fixtures/next-intl-server.ts, setTestLocale to change).
  "next-intl/server": path.join(import.meta.dirname, "tests/fixtures/next-intl-server.ts"),
};

// Two projects that mirror the code: unit tests for lib/ and components (no database, no
// server) and integration tests for the database and the routes (real PGlite, a real server
// on the production build, and PostgreSQL too when TEST_DATABASE_URL is set). End-to-end tests
// run under Playwright, not here.
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
          // Rendering a whole report in jsdom and querying it by role takes ~3 s on a busy 2-core
          // machine; the default 5 s would fail on load, not on a fault. Speed is measured by the
          // bench scripts, never by a test's timeout.
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          // Route handlers called in-process log a JSON line per request; servers the tests start
          // set their own level (tests/support/app-server.ts).
          env: { LOG_LEVEL: "silent" },
          // Each file opens its own databases; one file at a time keeps the 2-core machine calm.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
