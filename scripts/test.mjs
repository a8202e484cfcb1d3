#!/usr/bin/env node
// The test runner behind `npm test`. Plain Node ESM, no dependencies.
//
//   node scripts/test.mjs              unit, then integration on PGlite (no external services)
//   node scripts/test.mjs --pg         integration on PostgreSQL (needs TEST_DATABASE_URL; sets TEST_DB=postgres)
//                                      e.g. bash scripts/with-postgres.sh node scripts/test.mjs --pg
//   node scripts/test.mjs --browser    browser journeys in Chromium (sets TEST_BROWSER=1)
//   node scripts/test.mjs --unit | --integration    one project only (integration on PGlite)
//
// Any other argument is passed to `vitest run` (a file filter, `-t name`, `--bail=1`…).
// Each project runs as `vitest run --project <name>` with the JSON reporter to a temporary file; the
// counts are summed and the very last line printed is `N passed, N failed` (CI reads that line, not
// Vitest's summary). Exits non-zero if any test or test file failed, Vitest itself failed, or a
// requested project ran zero tests. With TEST_TOTALS_FILE set, appends a `passed failed` line to it.
import { spawn } from "node:child_process";
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

function usage() {
  console.log(
    "usage: node scripts/test.mjs [--pg | --browser | --unit | --integration] [vitest args...]\n" +
      "  (no flag)      unit + integration on PGlite\n" +
      "  --pg           integration on PostgreSQL (TEST_DATABASE_URL required; see scripts/with-postgres.sh)\n" +
      "  --browser      browser journeys (Chromium at CHROMIUM_PATH or /usr/bin/chromium)\n" +
      "  --unit         unit only\n" +
      "  --integration  integration on PGlite only",
  );
}

const flags = new Set();
const passthrough = [];
for (const arg of process.argv.slice(2)) {
  if (["--pg", "--browser", "--unit", "--integration"].includes(arg)) flags.add(arg);
  else if (arg === "--help" || arg === "-h") {
    usage();
    process.exit(0);
  } else passthrough.push(arg);
}

/** @type {{ project: string, label: string, env: Record<string, string> }[]} */
const runs = [];
if (flags.has("--unit")) runs.push({ project: "unit", label: "unit", env: {} });
if (flags.has("--integration"))
  runs.push({ project: "integration", label: "integration (PGlite)", env: { TEST_DB: "pglite" } });
if (flags.has("--pg"))
  runs.push({ project: "integration", label: "integration (PostgreSQL)", env: { TEST_DB: "postgres" } });
if (flags.has("--browser")) runs.push({ project: "browser", label: "browser", env: { TEST_BROWSER: "1" } });
if (runs.length === 0) {
  runs.push({ project: "unit", label: "unit", env: {} });
  runs.push({ project: "integration", label: "integration (PGlite)", env: { TEST_DB: "pglite" } });
}

let totalPassed = 0;
let totalFailed = 0;
const problems = [];
const summary = [];

function finish(code) {
  console.log("");
  console.log("── test summary ──");
  for (const line of summary) console.log(`  ${line}`);
  for (const p of problems) console.log(`  ✗ ${p}`);
  const exitCode = code ?? (totalFailed > 0 || problems.length > 0 ? 1 : 0);
  if (process.env.TEST_TOTALS_FILE) {
    try {
      appendFileSync(process.env.TEST_TOTALS_FILE, `${totalPassed} ${totalFailed}\n`);
    } catch (err) {
      console.error(`could not append to TEST_TOTALS_FILE=${process.env.TEST_TOTALS_FILE}: ${err.message}`);
    }
  }
  console.log(`${totalPassed} passed, ${totalFailed} failed`);
  process.exit(exitCode);
}

function vitestCommand() {
  const bin = join(root, "node_modules", "vitest", "vitest.mjs");
  if (existsSync(bin)) return [process.execPath, [bin]];
  return [process.platform === "win32" ? "npx.cmd" : "npx", ["--no-install", "vitest"]];
}

let interrupted = null;
let current = null;
for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(sig, () => {
    interrupted = sig;
    // Ctrl-C already reaches Vitest through the process group; a signal sent to us alone must be passed on.
    if (current && current.exitCode === null) current.kill(sig);
  });
}

/** Runs one Vitest project; resolves to { exitCode, signal }. */
function runVitest(project, outputFile, extraEnv) {
  const [cmd, pre] = vitestCommand();
  const args = [
    ...pre,
    "run",
    "--project",
    project,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${outputFile}`,
    // Zero tests is reported by this script (clearly), not as Vitest's "No test files found" error.
    "--passWithNoTests",
    ...passthrough,
  ];
  return new Promise((resolvePromise) => {
    const child = spawn(cmd, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...extraEnv } });
    current = child;
    child.on("error", (err) => {
      console.error(`could not start vitest: ${err.message}`);
      resolvePromise({ exitCode: 127, signal: null });
    });
    child.on("exit", (exitCode, signal) => {
      current = null;
      resolvePromise({ exitCode, signal });
    });
  });
}

/** Counts from Vitest's JSON report. A file that failed without a failing test (import or syntax error,
 *  failing beforeAll) counts as one failure, so a broken file can never look green. */
function readReport(file) {
  if (!existsSync(file)) return null;
  const report = JSON.parse(readFileSync(file, "utf8"));
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const brokenFiles = [];
  for (const suite of report.testResults ?? []) {
    let suiteFailed = 0;
    for (const t of suite.assertionResults ?? []) {
      if (t.status === "passed") passed++;
      else if (t.status === "failed") suiteFailed++;
      else skipped++;
    }
    if (suite.status === "failed" && suiteFailed === 0) {
      suiteFailed = 1;
      const firstLine = String(suite.message ?? "")
        .split("\n")
        .find((l) => l.trim());
      brokenFiles.push(`${suite.name.replace(`${root}/`, "")}${firstLine ? `: ${firstLine.trim()}` : ""}`);
    }
    failed += suiteFailed;
  }
  return { passed, failed, skipped, brokenFiles, files: (report.testResults ?? []).length };
}

if (flags.has("--pg") && !process.env.TEST_DATABASE_URL) {
  problems.push(
    "--pg needs TEST_DATABASE_URL (a PostgreSQL superuser URL). Run: bash scripts/with-postgres.sh node scripts/test.mjs --pg",
  );
  finish(1);
}

if (flags.has("--browser")) {
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(chromium)) {
    problems.push(
      `--browser needs Chromium at ${chromium} (CHROMIUM_PATH). Run: bash scripts/ensure-chromium.sh`,
    );
    finish(1);
  }
  if (!existsSync(join(root, "apps", "web", "dist", "index.html")))
    console.warn("warning: apps/web/dist is missing; browser journeys may need `npm run build:web` first");
}

const tmp = mkdtempSync(join(tmpdir(), "approdo-test-"));
try {
  for (const run of runs) {
    if (interrupted) break;
    console.log("");
    console.log(`═══ ${run.label}: vitest run --project ${run.project} ═══`);
    const outputFile = join(tmp, `${run.project}-${runs.indexOf(run)}.json`);
    const started = Date.now();
    const { exitCode, signal } = await runVitest(run.project, outputFile, run.env);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);

    let counts = null;
    try {
      counts = readReport(outputFile);
    } catch (err) {
      problems.push(`${run.label}: could not read Vitest's JSON report (${err.message})`);
    }
    if (!counts) {
      // Vitest died before reporting (bad config, crash, signal): that is a failure of the run.
      counts = { passed: 0, failed: 1, skipped: 0, brokenFiles: [], files: 0 };
      problems.push(
        `${run.label}: Vitest wrote no report (exit ${signal ?? exitCode}); counted as 1 failure — see its output above`,
      );
    } else {
      for (const f of counts.brokenFiles) problems.push(`${run.label}: test file failed to run: ${f}`);
      if (exitCode !== 0 && counts.failed === 0) {
        // e.g. unhandled errors or a timeout in teardown, reported by Vitest outside any test
        counts.failed = 1;
        problems.push(
          `${run.label}: Vitest exited with ${signal ?? exitCode} although no test failed (unhandled error?); counted as 1 failure`,
        );
      }
      const ran = counts.passed + counts.failed;
      if (ran === 0 && !interrupted) {
        const filtered = passthrough.length > 0;
        const msg = `${run.label}: NO TESTS RAN in project "${run.project}" (${counts.files} test files found${
          counts.skipped ? `, ${counts.skipped} skipped` : ""
        })`;
        // With a filter, an empty project is normal as long as something else ran (checked below).
        if (!filtered) problems.push(`${msg} — a requested project must run at least one test`);
        else summary.push(`${msg} — matched nothing for the given filter`);
      }
    }
    totalPassed += counts.passed;
    totalFailed += counts.failed;
    summary.push(
      `${run.label}: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ""} (${seconds} s)`,
    );
  }
  if (passthrough.length > 0 && totalPassed + totalFailed === 0 && !interrupted)
    problems.push("NO TESTS RAN: the filter matched no test in any requested project");
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

if (interrupted) {
  problems.push(`interrupted by ${interrupted}`);
  finish(interrupted === "SIGINT" ? 130 : 143);
}
finish();
