import { describe, expect, it } from "vitest";
import { formResolver } from "../../app/forms/form-resolver.ts";
import { caseFacts } from "../case-assessments/case-record.ts";
import { allowedConfidentialities, noteFormSchema } from "./note-form-schema.ts";

const options = { fields: {}, shouldUseNativeValidation: false };
const note = "0192f5a0-0000-7000-8000-0000000000a9";
const me = "0192f5a0-0000-7000-8000-0000000000b9";

describe("case note form", () => {
  it("offers only the confidentiality levels the reader may write", () => {
    expect(allowedConfidentialities({ isCaseManager: false, canSeeSpecial: false })).toEqual(["team"]);
    expect(allowedConfidentialities({ isCaseManager: true, canSeeSpecial: false })).toEqual([
      "team",
      "case_manager",
    ]);
    expect(allowedConfidentialities({ isCaseManager: false, canSeeSpecial: true })).toEqual([
      "team",
      "special_category",
    ]);
  });

  it("reads the reader's rights from the case record, in either shape", () => {
    const withAccess = caseFacts(
      {
        id: "c",
        state: "active",
        access: { canWrite: true, canSeeSpecial: true, isCaseManager: false },
        team: [],
      },
      me,
    );
    expect(withAccess).toMatchObject({ canWrite: true, canSeeSpecial: true, isCaseManager: false });
    const managerById = caseFacts({ id: "c", caseManagerId: me, permissions: { canWrite: true } }, me);
    expect(managerById).toMatchObject({ isCaseManager: true, canSeeSpecial: false, canWrite: true });
    const removedMember = caseFacts(
      {
        team: [
          { userId: "u1", displayName: "Ada", organizationId: "o", organizationName: "Org", removedAt: null },
          {
            userId: "u2",
            displayName: "Bea",
            organizationId: "o",
            organizationName: "Org",
            removedAt: "2026-01-01",
          },
        ],
      },
      me,
    );
    expect(removedMember.team.map((member) => member.userId)).toEqual(["u1"]);
  });

  it("builds a correction note", async () => {
    const result = await formResolver(noteFormSchema(note))(
      { confidentiality: "case_manager", body: " Data corretta: 3 marzo " },
      undefined,
      options,
    );
    expect(result.values).toEqual({
      confidentiality: "case_manager",
      body: "Data corretta: 3 marzo",
      correctsId: note,
    });
    const empty = await formResolver(noteFormSchema())(
      { confidentiality: "team", body: "  " },
      undefined,
      options,
    );
    expect(Object.keys(empty.errors)).toEqual(["body"]);
  });
});
