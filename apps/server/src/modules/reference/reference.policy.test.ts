import { describe, expect, it } from "vitest";
import { type Actor, systemActor } from "../../platform/authz/actor.ts";
import { canReadReferenceLists } from "./reference.policy.ts";

describe("reference list policy", () => {
  it.each([
    ["a user without roles", { kind: "user", userId: "u", organizationId: "o", roles: [] } as Actor, true],
    [
      "an API token",
      { kind: "token", userId: null, organizationId: "o", roles: ["operator"], tokenId: "t" } as Actor,
      true,
    ],
    ["the system actor", systemActor, false],
  ])("%s reads the lists: %s", (_who, actor, reads) => {
    expect(canReadReferenceLists(actor)).toBe(reads);
  });
});
