import type { FieldErrors } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { formResolver } from "../../app/forms/form-resolver.ts";
import { decodeMessage } from "../../app/forms/issue-message.ts";
import {
  addMemberFormSchema,
  emptyHouseholdForm,
  householdFormSchema,
  householdResolverOptions,
  leaveFormSchema,
} from "./household-form-schema.ts";

const options = { fields: {}, shouldUseNativeValidation: false };
const mother = "0192f5a0-0000-7000-8000-0000000000a1";
const child = "0192f5a0-0000-7000-8000-0000000000a2";

function keysOf(errors: FieldErrors, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, error] of Object.entries(errors)) {
    if (!error || typeof error !== "object") continue;
    const path = prefix ? `${prefix}.${name}` : name;
    if ("message" in error && typeof error.message === "string") {
      out[path] = decodeMessage(error.message)?.key ?? error.message;
    }
    Object.assign(out, keysOf(error as FieldErrors, path));
  }
  return out;
}

const resolve = formResolver(householdFormSchema, householdResolverOptions);

describe("household form", () => {
  it("sends the reference radio as isReference", async () => {
    const form = {
      label: "Nucleo Tesfaye",
      reference: mother,
      members: [
        { personId: mother, display: "Amina", relation: "reference_person", joinedOn: "" },
        { personId: child, display: "Selam", relation: "child", joinedOn: "2024-02-01" },
      ],
    };
    const result = await resolve(form, undefined, options);
    expect(result.errors).toEqual({});
    expect(result.values).toEqual({
      label: "Nucleo Tesfaye",
      members: [
        { personId: mother, relation: "reference_person", isReference: true },
        { personId: child, relation: "child", isReference: false, joinedOn: "2024-02-01" },
      ],
    });
  });

  it("needs a label and exactly one reference person among the members", async () => {
    const empty = await resolve(emptyHouseholdForm, undefined, options);
    expect(keysOf(empty.errors)).toEqual({ label: "validation.required" });
    const noReference = await resolve(
      {
        label: "Nucleo",
        reference: "",
        members: [{ personId: child, display: "Selam", relation: "child", joinedOn: "" }],
      },
      undefined,
      options,
    );
    expect(keysOf(noReference.errors)).toEqual({ members: "validation.oneReference" });
  });

  it("keeps the relation 'reference person' for the reference person only", async () => {
    const result = await resolve(
      {
        label: "Nucleo",
        reference: mother,
        members: [
          { personId: mother, display: "Amina", relation: "reference_person", joinedOn: "" },
          { personId: child, display: "Selam", relation: "reference_person", joinedOn: "" },
        ],
      },
      undefined,
      options,
    );
    expect(keysOf(result.errors)).toEqual({ "members.1.relation": "validation.relationOfReference" });
  });

  it("adds a member with the household's version", async () => {
    const result = await formResolver(addMemberFormSchema(child, 3))(
      { relation: "child", joinedOn: "", isReference: false },
      undefined,
      options,
    );
    expect(result.values).toEqual({ personId: child, version: 3, relation: "child", isReference: false });
  });

  it("asks for a new reference person when the reference person leaves", async () => {
    const result = await formResolver(leaveFormSchema(3, true))(
      { leftOn: "2025-01-10", reason: "moved", newReferencePersonId: "" },
      undefined,
      options,
    );
    expect(keysOf(result.errors)).toEqual({ newReferencePersonId: "validation.required" });
  });
});
