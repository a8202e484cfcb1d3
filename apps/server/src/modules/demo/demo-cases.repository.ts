/**
 * The demo cases' rows, written straight to the case tables in the seed's transaction (system
 * scope), a few multi-row INSERTs per table: the demo is data as it would stand after months of
 * work, not a replay of the API.
 */
import type { Tx } from "../../platform/db/database.ts";
import {
  assessmentItems,
  assessments,
  carePlans,
  carePlanVersions,
  caseApprovals,
  caseNotes,
  cases,
  caseTeamMembers,
  caseTransitions,
  planActions,
  serviceRecordPeople,
  serviceRecords,
} from "../../platform/db/schema.ts";
import type { DemoCaseRows } from "./plan-demo-cases.ts";

const BATCH = 400;

async function inBatches<T>(rows: readonly T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

/** Parents before children: cases, then their history, team, assessments, plans, services, notes. */
export async function insertDemoCaseRows(tx: Tx, rows: DemoCaseRows): Promise<void> {
  await inBatches(rows.cases, (b) => tx.insert(cases).values(b));
  await inBatches(rows.approvals, (b) => tx.insert(caseApprovals).values(b));
  await inBatches(rows.transitions, (b) => tx.insert(caseTransitions).values(b));
  await inBatches(rows.team, (b) => tx.insert(caseTeamMembers).values(b));
  await inBatches(rows.assessments, (b) => tx.insert(assessments).values(b));
  await inBatches(rows.assessmentItems, (b) => tx.insert(assessmentItems).values(b));
  await inBatches(rows.plans, (b) => tx.insert(carePlans).values(b));
  await inBatches(rows.planVersions, (b) => tx.insert(carePlanVersions).values(b));
  await inBatches(rows.planActions, (b) => tx.insert(planActions).values(b));
  await inBatches(rows.services, (b) => tx.insert(serviceRecords).values(b));
  await inBatches(rows.servicePeople, (b) => tx.insert(serviceRecordPeople).values(b));
  await inBatches(rows.notes, (b) => tx.insert(caseNotes).values(b));
}
