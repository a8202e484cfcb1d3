/**
 * `npm run audit:verify`: recomputes the whole audit hash chain and says whether it is intact.
 * Exit codes: 0 intact, 2 broken (tampering or corruption: investigate), 1 could not check.
 * Read-only: it neither migrates nor seeds. On the embedded database stop the server first (one
 * process at a time).
 */
import { openConfiguredDatabase } from "../boot.ts";
import { loadConfig } from "../config.ts";
import { verifyAuditChain } from "../platform/audit/audit.repository.ts";
import { describeDatabase, runCli, sqlState } from "./cli-support.ts";

runCli("audit:verify", async () => {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config, { migrate: false });
  try {
    process.stdout.write(`Checking the audit trail of the ${describeDatabase(config)}\n`);
    const result = await verifyAuditChain(database.db);
    if (result.ok) {
      process.stdout.write(`Audit trail intact: ${result.checked} events checked\n`);
      return 0;
    }
    const broken = result.firstBroken ?? { seq: result.checked + 1, reason: "unknown" };
    process.stdout.write(`Audit trail BROKEN at event #${broken.seq}: ${broken.reason}\n`);
    process.stdout.write(`(${result.checked} events before it are intact)\n`);
    return 2;
  } catch (error) {
    if (sqlState(error) === "42P01") {
      process.stderr.write(
        "audit:verify: the database has no audit trail yet: run `npm run db:migrate` first\n",
      );
      return 1;
    }
    throw error;
  } finally {
    await database.close();
  }
});
