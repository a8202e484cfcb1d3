import type { CatalogKind, CatalogueEntryUpdate } from "@approdo/contracts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { AppError, versionConflict } from "../../../platform/errors/app-error.ts";
import { type CatalogueChanges, type CatalogueRow, updateEntry } from "../catalogues.repository.ts";
import { assertKindFields, attributesWith, defaultDurationOf } from "../catalogues.rules.ts";

/**
 * Changes an entry's translations, mapping, level definitions, order or activity; the code and
 * the network never change, and nothing is deleted (deactivate instead). `specialItemsExist` says
 * whether assessment items recorded in this domain are special-category: then the domain stays
 * special (turning it off would not un-protect those items, and would mislabel new ones).
 */
export async function updateCatalogueEntry(
  ctx: TxContext,
  kind: CatalogKind,
  entry: CatalogueRow,
  input: CatalogueEntryUpdate,
  specialItemsExist: boolean,
): Promise<CatalogueRow> {
  if (entry.version !== input.version) throw versionConflict(entry.version);
  assertKindFields(kind, input, false);
  if (
    kind === "assessment_domain" &&
    entry.specialCategory &&
    input.specialCategory === false &&
    specialItemsExist
  ) {
    throw new AppError(
      "SPECIAL_CATEGORY_IN_USE",
      "Assessments already hold special-category items in this domain: it stays special-category",
      { field: "body.specialCategory", code: entry.code },
    );
  }
  const changes: CatalogueChanges = {};
  if (input.labels !== undefined) changes.labels = input.labels;
  if (input.descriptions !== undefined) changes.descriptions = input.descriptions;
  if (input.cisisCode !== undefined) changes.cisisCode = input.cisisCode;
  if (input.specialCategory !== undefined) changes.specialCategory = input.specialCategory;
  if (input.levels !== undefined) changes.levels = input.levels;
  if (input.sortOrder !== undefined) changes.sortOrder = input.sortOrder;
  if (input.active !== undefined) changes.active = input.active;
  if (
    input.defaultDurationMinutes !== undefined &&
    input.defaultDurationMinutes !== defaultDurationOf(entry.attributes)
  ) {
    changes.attributes = attributesWith(entry.attributes, input.defaultDurationMinutes);
  }
  const updated = await updateEntry(ctx.tx, entry.id, entry.version, changes);
  if (!updated) throw versionConflict();
  ctx.audit({
    action: "catalogue_entry.updated",
    entityType: "catalogue_entry",
    entityId: entry.id,
    organizationId: null,
    details: { kind, code: entry.code, networkId: entry.networkId, fields: Object.keys(changes).sort() },
  });
  return updated;
}
