// The one Vitest configuration of the monorepo, run through scripts/test.mjs (`npm test`, `--pg`, `--browser`).
// Three projects, selected with `vitest run --project <name>`:
//   unit         *.test.ts / *.test.tsx anywhere (apps/web/src, packages, apps/server…): no services
//   integration  apps/server/**/*.int.test.ts: on PGlite by default, on PostgreSQL with TEST_DB=postgres
//   browser      *.browser.test.ts: journeys in Chromium (playwright-core), TEST_BROWSER=1
import { defineConfig } from "vitest/config";

const ignored = [
  "**/node_modules/**",
  "**/dist/**",
  "**/.git/**",
  "**/coverage/**",
  "**/.tmp/**",
  "**/data/**",
];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          environment: "node",
          include: ["**/*.test.ts", "**/*.test.tsx"],
          exclude: [...ignored, "**/*.int.test.ts", "**/*.browser.test.ts"],
        },
      },
      {
        test: {
          name: "integration",
          sequence: { groupOrder: 1 },
          environment: "node",
          include: ["apps/server/**/*.int.test.ts"],
          exclude: ignored,
          pool: "forks",
          fileParallelism: true,
          maxWorkers: 2,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "browser",
          sequence: { groupOrder: 2 },
          environment: "node",
          include: ["**/*.browser.test.ts"],
          exclude: ignored,
          pool: "forks",
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
