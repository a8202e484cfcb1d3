import { canTransition, caseStates, caseTransitions } from "@approdo/contracts";
import { describe, expect, it } from "vitest";
import { formResolver } from "../../app/forms/form-resolver.ts";
import { decodeMessage } from "../../app/forms/issue-message.ts";
import { caseFilterFromSearch, caseFilterToQuery, caseFilterToSearch } from "./case-filter.ts";
import { decisionFormSchema, transitionFormSchema } from "./case-form-schemas.ts";
import {
  closureOutcomeOptions,
  isReopen,
  isStepBack,
  offeredTransitions,
  transitionNeedsOutcome,
} from "./transitions.ts";

const base = { hasPendingApproval: false, canTransition: true };
const resolverOptions = { fields: {}, shouldUseNativeValidation: false };

describe("which transitions the case page offers", () => {
  it("offers exactly the state machine's next states, in lifecycle order", () => {
    expect(offeredTransitions({ ...base, state: "referred" })).toEqual(["assessment", "closed"]);
    expect(offeredTransitions({ ...base, state: "assessment" })).toEqual(["active", "closed"]);
    expect(offeredTransitions({ ...base, state: "active" })).toEqual(["assessment", "monitoring", "closed"]);
    expect(offeredTransitions({ ...base, state: "monitoring" })).toEqual(["active", "closed"]);
    expect(offeredTransitions({ ...base, state: "closed" })).toEqual(["assessment"]);
  });

  it("never offers a move the shared canTransition refuses (e.g. referred → monitoring)", () => {
    for (const from of caseStates) {
      const offered = offeredTransitions({ ...base, state: from });
      for (const to of caseStates) expect(offered.includes(to)).toBe(canTransition(from, to));
      expect(offered).toHaveLength(caseTransitions[from].length);
    }
    expect(offeredTransitions({ ...base, state: "referred" })).not.toContain("monitoring");
  });

  it("offers nothing while an approval is pending or to a reader who may not move the case", () => {
    expect(
      offeredTransitions({ state: "monitoring", hasPendingApproval: true, canTransition: true }),
    ).toEqual([]);
    expect(
      offeredTransitions({ state: "monitoring", hasPendingApproval: false, canTransition: false }),
    ).toEqual([]);
  });

  it("asks an outcome only for closing, and names reopenings and steps back", () => {
    expect(caseStates.filter(transitionNeedsOutcome)).toEqual(["closed"]);
    expect(isReopen("closed", "assessment")).toBe(true);
    expect(isReopen("active", "assessment")).toBe(false);
    expect(isStepBack("active", "assessment")).toBe(true);
    expect(isStepBack("monitoring", "active")).toBe(true);
    expect(isStepBack("assessment", "active")).toBe(false);
    expect(isStepBack("closed", "assessment")).toBe(false);
  });
});

describe("closure outcomes", () => {
  it("uses the catalogue's active entries when there are some", () => {
    expect(
      closureOutcomeOptions([
        { code: "autonomy_reached", label: "Autonomia raggiunta" },
        { code: "old", label: "Vecchio", active: false },
        { code: "rimpatrio", label: "Rimpatrio volontario" },
      ]),
    ).toEqual([
      { code: "autonomy_reached", label: "Autonomia raggiunta" },
      { code: "rimpatrio", label: "Rimpatrio volontario" },
    ]);
  });

  it("falls back to the built-in defaults (translated by the UI) without a catalogue", () => {
    const fallback = closureOutcomeOptions(null).map((option) => option.code);
    expect(fallback).toEqual(["autonomy_reached", "transferred", "dropped_out", "unreachable", "other"]);
    expect(closureOutcomeOptions([]).every((option) => option.label === null)).toBe(true);
  });
});

function keysOf(errors: Record<string, { message?: string } | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors).map(([name, error]) => [name, decodeMessage(error?.message ?? "")?.key ?? ""]),
  );
}

describe("the transition form", () => {
  it("requires a reason, and an outcome to close", async () => {
    const result = await formResolver(transitionFormSchema)(
      { to: "closed", reason: " ", outcome: "" },
      undefined,
      resolverOptions,
    );
    expect(keysOf(result.errors)).toEqual({ reason: "validation.required", outcome: "validation.required" });
  });

  it("sends no outcome for other moves", async () => {
    const result = await formResolver(transitionFormSchema)(
      { to: "active", reason: "Valutazione completata", outcome: "dropped_out" },
      undefined,
      resolverOptions,
    );
    expect(result.errors).toEqual({});
    expect(result.values).toEqual({ to: "active", reason: "Valutazione completata" });
  });

  it("sends the outcome with a closure", async () => {
    const result = await formResolver(transitionFormSchema)(
      { to: "closed", reason: "Percorso concluso", outcome: "autonomy_reached" },
      undefined,
      resolverOptions,
    );
    expect(result.values).toEqual({ to: "closed", reason: "Percorso concluso", outcome: "autonomy_reached" });
  });
});

describe("the approval decision", () => {
  it("needs a note to reject, not to approve", async () => {
    const rejected = await formResolver(decisionFormSchema)(
      { decision: "rejected", note: "  " },
      undefined,
      resolverOptions,
    );
    expect(keysOf(rejected.errors)).toEqual({ note: "validation.rejectNoteRequired" });
    const approved = await formResolver(decisionFormSchema)(
      { decision: "approved", note: "" },
      undefined,
      resolverOptions,
    );
    expect(approved.values).toEqual({ decision: "approved" });
  });
});

describe("cases list filters", () => {
  const me = { user: { id: "u1" }, organization: { id: "o1" } } as Parameters<typeof caseFilterToQuery>[1];

  it("maps whose cases to the list's query", () => {
    expect(caseFilterToQuery({ scope: "mine", state: "active" }, me)).toMatchObject({
      assignedTo: "me",
      state: "active",
    });
    expect(caseFilterToQuery({ scope: "organization" }, me)).toMatchObject({ organizationId: "o1" });
  });

  it("keeps valid filters in the address and drops invalid ones", () => {
    expect(caseFilterFromSearch("?state=active&scope=mine")).toEqual({ state: "active", scope: "mine" });
    expect(caseFilterFromSearch("?state=nonsense")).toEqual({});
    expect(caseFilterToSearch({ state: "closed", q: "Sassi" })).toBe("?state=closed&q=Sassi");
  });
});
