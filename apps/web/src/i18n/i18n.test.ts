import {
  attachmentKinds,
  caseOrigins,
  caseStates,
  catalogKinds,
  cefrLevels,
  consentPurposes,
  dataCategories,
  defaultClosureOutcomes,
  householdLeaveReasons,
  householdRelations,
  matchReasons,
  nameKinds,
  nameScripts,
  noteConfidentialities,
  organizationTypes,
  partnerRoles,
  permitTypes,
  planActionStatuses,
  planStatuses,
  planVersionStatuses,
  reminderKinds,
  retentionClasses,
  roles,
  servicePointTypes,
  sexes,
  targetIndicators,
  teamRoles,
  vulnerabilityCodes,
} from "@approdo/contracts";
import { describe, expect, it as test } from "vitest";
import { translatedErrorCodes, translatedErrorReasons } from "../app/api/error-codes.ts";
import en from "./en.json";
import it from "./it.json";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const dictionaries = { it: flatten(it), en: flatten(en) };

describe("i18n dictionaries", () => {
  test("it and en have exactly the same keys", () => {
    const itKeys = [...dictionaries.it.keys()].sort();
    const enKeys = [...dictionaries.en.keys()].sort();
    expect(enKeys).toEqual(itKeys);
  });

  test("no translation is empty", () => {
    for (const [language, entries] of Object.entries(dictionaries)) {
      const empty = [...entries]
        .filter(([, value]) => value.trim() === "")
        .map(([key]) => `${language}:${key}`);
      expect(empty).toEqual([]);
    }
  });

  test("every code the API and the contracts define is translated", () => {
    const required = [
      ...translatedErrorCodes.map((code) => `errors.${code}`),
      ...translatedErrorReasons.map((reason) => `errors.reasons.${reason}`),
      ...catalogKinds.map((kind) => `catalogues.kinds.${kind}`),
      ...noteConfidentialities.map((level) => `caseNotes.levels.${level}`),
      ...noteConfidentialities.map((level) => `caseNotes.levelHints.${level}`),
      ...planActionStatuses.map((status) => `plans.actionStatuses.${status}`),
      ...planStatuses.map((status) => `plans.statuses.${status}`),
      ...planVersionStatuses.map((status) => `plans.versionStatuses.${status}`),
      ...roles.map((role) => `roles.${role}`),
      ...organizationTypes.map((type) => `organizationTypes.${type}`),
      ...servicePointTypes.map((type) => `servicePointTypes.${type}`),
      ...partnerRoles.map((role) => `partnerRoles.${role}`),
      ...targetIndicators.map((indicator) => `targetIndicators.${indicator}`),
      ...sexes.map((sex) => `sexes.${sex}`),
      ...cefrLevels.map((level) => `cefr.${level}`),
      ...nameKinds.map((kind) => `nameKinds.${kind}`),
      ...nameScripts.map((script) => `nameScripts.${script}`),
      ...permitTypes.map((type) => `permitTypes.${type}`),
      ...vulnerabilityCodes.map((code) => `vulnerabilities.${code}`),
      ...matchReasons.map((reason) => `people.matchReasons.${reason}`),
      ...householdRelations.map((relation) => `householdRelations.${relation}`),
      ...householdLeaveReasons.map((reason) => `householdLeaveReasons.${reason}`),
      ...consentPurposes.map((purpose) => `consentPurposes.${purpose}`),
      ...dataCategories.map((category) => `dataCategories.${category}`),
      ...attachmentKinds.map((kind) => `attachmentKinds.${kind}`),
      ...retentionClasses.map((retention) => `retentionClasses.${retention}`),
      ...caseStates.map((state) => `caseStates.${state}`),
      ...caseOrigins.map((origin) => `caseOrigins.${origin}`),
      ...defaultClosureOutcomes.map((outcome) => `closureOutcomes.${outcome}`),
      ...teamRoles.map((role) => `teamRoles.${role}`),
      ...reminderKinds.map((kind) => `reminderKinds.${kind}`),
    ];
    for (const entries of Object.values(dictionaries)) {
      expect(required.filter((key) => !entries.has(key))).toEqual([]);
    }
  });
});
