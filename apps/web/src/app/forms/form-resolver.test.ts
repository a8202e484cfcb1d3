import type { FieldErrors } from "react-hook-form";
import { describe, expect, it } from "vitest";
import {
  emptyOrganizationForm,
  organizationFormSchema,
} from "../../features/admin-organizations/organization-form-schema.ts";
import {
  emptyProjectForm,
  projectCustomMessages,
  projectFormSchema,
} from "../../features/admin-projects/project-form-schema.ts";
import {
  emptyServicePointForm,
  servicePointFormSchema,
  servicePointResolverOptions,
} from "../../features/admin-service-points/service-point-form-schema.ts";
import { emptyUserForm, userCreateFormSchema } from "../../features/admin-users/user-form-schema.ts";
import { formResolver } from "./form-resolver.ts";
import { decodeMessage } from "./issue-message.ts";

const options = { fields: {}, shouldUseNativeValidation: false };
const orgId = "0192f5a0-0000-7000-8000-000000000001";
const otherOrgId = "0192f5a0-0000-7000-8000-000000000002";

/** The translation key under each field, e.g. { name: "validation.required" }. */
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

describe("form resolver with the shared contract schemas", () => {
  it("reports every missing organisation field as required, in translation keys", async () => {
    const result = await formResolver(organizationFormSchema)(emptyOrganizationForm, undefined, options);
    expect(keysOf(result.errors)).toEqual({
      name: "validation.required",
      type: "validation.required",
      istatCode: "validation.required",
    });
  });

  it("turns a valid organisation form into the create body", async () => {
    const form = {
      ...emptyOrganizationForm,
      name: " Comune di Palermo ",
      type: "municipality",
      istatCode: "082053",
    };
    const result = await formResolver(organizationFormSchema)(form, undefined, options);
    expect(result.errors).toEqual({});
    expect(result.values).toMatchObject({ name: "Comune di Palermo", istatCode: "082053", parentId: null });
  });

  it("names the six-digit rule of ISTAT codes", async () => {
    const form = { ...emptyOrganizationForm, name: "X", type: "municipality", istatCode: "8205" };
    const result = await formResolver(organizationFormSchema)(form, undefined, options);
    expect(keysOf(result.errors)).toEqual({ istatCode: "validation.sixDigits" });
  });

  it("translates the project refinements of the shared schema", async () => {
    const form = {
      ...emptyProjectForm,
      code: "PROG-1",
      title: "Intarsi",
      fundLine: "FAMI",
      startDate: "2024-06-01",
      endDate: "2024-01-01",
      leadOrganizationId: orgId,
      partners: [
        { organizationId: otherOrgId, role: "partner" },
        { organizationId: otherOrgId, role: "funder" },
      ],
    };
    const resolve = formResolver(projectFormSchema, { customMessages: projectCustomMessages });
    const result = await resolve(form, undefined, options);
    expect(keysOf(result.errors)).toMatchObject({
      endDate: "validation.endBeforeStart",
      partners: "validation.duplicatePartner",
    });
  });

  it("sends a blank target territory and note as null", async () => {
    const form = {
      ...emptyProjectForm,
      code: "P",
      title: "T",
      fundLine: "F",
      startDate: "2024-01-01",
      endDate: "2024-12-31",
      leadOrganizationId: orgId,
      targets: [{ indicator: "beneficiaries", istatCode: " ", value: 200, note: "" }],
    };
    const result = await formResolver(projectFormSchema)(form, undefined, options);
    expect(result.errors).toEqual({});
    expect(result.values).toMatchObject({
      networkId: null,
      targets: [{ indicator: "beneficiaries", istatCode: null, value: 200, note: null }],
    });
  });

  it("reports a bad language code on the languages box itself", async () => {
    const form = {
      ...emptyServicePointForm,
      name: "Sportello",
      type: "one_stop_shop",
      organizationId: orgId,
      istatCode: "082053",
      languages: "it, arabic",
    };
    const result = await formResolver(servicePointFormSchema, servicePointResolverOptions)(
      form,
      undefined,
      options,
    );
    expect(keysOf(result.errors)).toEqual({ languages: "validation.languageCode" });
  });

  it("asks for at least one role, a valid username and a 12-character password", async () => {
    const form = {
      ...emptyUserForm,
      username: "A b",
      displayName: "Ada",
      organizationId: orgId,
      password: "short",
    };
    const result = await formResolver(userCreateFormSchema)(form, undefined, options);
    expect(keysOf(result.errors)).toEqual({
      roles: "validation.atLeastOne",
      password: "validation.minLength",
      username: "validation.username",
    });
  });
});
