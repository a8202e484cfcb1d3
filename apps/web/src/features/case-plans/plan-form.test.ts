import type { Assessment, PlanVersion } from "@approdo/contracts";
import { describe, expect, it } from "vitest";
import { formResolver } from "../../app/forms/form-resolver.ts";
import {
  agreementFormSchema,
  emptyAction,
  goalsFromAssessment,
  newPlanForm,
  planCreateFormSchema,
  planReplaceFormSchema,
  planToForm,
} from "./plan-form-schema.ts";

const options = { fields: {}, shouldUseNativeValidation: false };
const mother = "0192f5a0-0000-7000-8000-0000000000a1";
const org = "0192f5a0-0000-7000-8000-0000000000b1";
const user = "0192f5a0-0000-7000-8000-0000000000b2";
const goalId = "0192f5a0-0000-7000-8000-0000000000b3";
const actionId = "0192f5a0-0000-7000-8000-0000000000b4";

const item = (domain: string, level: number, personId: string | null = null) => ({
  id: `0192f5a0-0000-7000-8000-00000000${String(level).padStart(2, "0")}${domain.length.toString().padStart(2, "0")}`,
  domain,
  personId,
  level,
  notes: "",
  evidence: "",
  specialCategory: false,
});

describe("plan form", () => {
  it("proposes a goal for each domain with need level 2 or more, highest needs first", () => {
    const assessment: Pick<Assessment, "items"> = {
      items: [item("work", 2), item("housing", 3), item("italian_language", 1), item("income", 2, mother)],
    };
    const goals = goalsFromAssessment(
      assessment,
      ["housing", "work", "italian_language", "income"],
      (d, p, l) => `${d}${p ? `/${p}` : ""}:${l}`,
    );
    expect(goals.map((goal) => [goal.domain, goal.personId, goal.description])).toEqual([
      ["housing", "", "housing:3"],
      ["work", "", "work:2"],
      ["income", mother, `income/${mother}:2`],
    ]);
    expect(goals.every((goal) => goal.actions.length === 0 && goal.id === "")).toBe(true);
    expect(goalsFromAssessment(null, [], () => "")).toEqual([]);
  });

  it("builds the create body: blanks as null, new ids left out, status defaulting to planned", async () => {
    const form = newPlanForm("Percorso verso l'autonomia", [
      {
        id: "",
        domain: "housing",
        personId: "",
        description: "Trovare un alloggio stabile",
        actions: [
          {
            ...emptyAction(),
            description: "Domanda di casa popolare",
            responsibleOrganizationId: org,
            dueOn: "2026-06-30",
          },
        ],
      },
    ]);
    form.nextReviewOn = "2026-09-01";
    const result = await formResolver(planCreateFormSchema)(form, undefined, options);
    expect(result.errors).toEqual({});
    expect(result.values).toEqual({
      title: "Percorso verso l'autonomia",
      nextReviewOn: "2026-09-01",
      goals: [
        {
          domain: "housing",
          personId: null,
          description: "Trovare un alloggio stabile",
          actions: [
            {
              description: "Domanda di casa popolare",
              responsibleOrganizationId: org,
              responsibleUserId: null,
              dueOn: "2026-06-30",
              status: "planned",
            },
          ],
        },
      ],
    });
  });

  it("edits a version with the plan's version, keeping goal and action ids", async () => {
    const version = {
      title: "Percorso",
      nextReviewOn: null,
      goals: [
        {
          id: goalId,
          domain: "work",
          personId: mother,
          description: "Lavoro stabile",
          specialCategory: false,
          actions: [
            {
              id: actionId,
              description: "Corso",
              responsibleOrganizationId: null,
              responsibleUserId: user,
              dueOn: null,
              status: "in_progress" as const,
            },
          ],
        },
      ],
    } satisfies Pick<PlanVersion, "title" | "nextReviewOn" | "goals">;
    const form = planToForm(version);
    form.changeNote = "Aggiunta la scadenza";
    form.goals[0]!.actions[0]!.dueOn = "2026-05-01";
    const result = await formResolver(planReplaceFormSchema(7))(form, undefined, options);
    expect(result.errors).toEqual({});
    expect(result.values).toEqual({
      version: 7,
      title: "Percorso",
      nextReviewOn: null,
      changeNote: "Aggiunta la scadenza",
      goals: [
        {
          id: goalId,
          domain: "work",
          personId: mother,
          description: "Lavoro stabile",
          actions: [
            {
              id: actionId,
              description: "Corso",
              responsibleOrganizationId: null,
              responsibleUserId: user,
              dueOn: "2026-05-01",
              status: "in_progress",
            },
          ],
        },
      ],
    });
  });

  it("needs a goal description, an action description and a domain", async () => {
    const form = newPlanForm("P", [
      { id: "", domain: "", personId: "", description: "", actions: [{ ...emptyAction() }] },
    ]);
    const result = await formResolver(planCreateFormSchema)(form, undefined, options);
    const goalErrors = (
      result.errors as {
        goals?: { domain?: unknown; description?: unknown; actions?: { description?: unknown }[] }[];
      }
    ).goals?.[0];
    expect(goalErrors?.domain).toBeDefined();
    expect(goalErrors?.description).toBeDefined();
    expect(goalErrors?.actions?.[0]?.description).toBeDefined();
  });

  it("records the agreement in an ISO 639-3 language", async () => {
    const result = await formResolver(agreementFormSchema)(
      { signed: true, agreedOn: "2026-02-03", language: "TIR" },
      undefined,
      options,
    );
    expect(result.values).toEqual({ signed: true, agreedOn: "2026-02-03", language: "tir" });
    const missing = await formResolver(agreementFormSchema)(
      { signed: true, agreedOn: "", language: "" },
      undefined,
      options,
    );
    expect(Object.keys(missing.errors).sort()).toEqual(["agreedOn", "language"]);
  });
});
