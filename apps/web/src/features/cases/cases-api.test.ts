import { describe, expect, it } from "vitest";
import { ApiError } from "../../app/api/api-error.ts";
import { existingCasesOf } from "./cases-api.ts";

describe("the open case named by CASE_ALREADY_OPEN", () => {
  it("lists the open cases the server names, for links", () => {
    const error = new ApiError(409, "CASE_ALREADY_OPEN", "already open", {
      cases: [{ id: "0192f5a0-0000-7000-8000-000000000001", reference: "2026-000015" }, { bad: true }],
    });
    expect(existingCasesOf(error)).toEqual([
      { id: "0192f5a0-0000-7000-8000-000000000001", reference: "2026-000015" },
    ]);
  });

  it("is empty when the server names none, and null for other errors", () => {
    expect(existingCasesOf(new ApiError(409, "CASE_ALREADY_OPEN", "already open"))).toEqual([]);
    expect(existingCasesOf(new ApiError(409, "VERSION_CONFLICT", "conflict"))).toBeNull();
  });
});
