import { toNestErrors, validateFieldsNatively } from "@hookform/resolvers";
import type { FieldError, FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";
import { describeIssue, encodeMessage, type MessageDescriptor } from "./issue-message.ts";

export interface FormResolverOptions {
  /**
   * Messages for the refinements of the shared schemas (issue code "custom"), by field path:
   * e.g. `{ endDate: "validation.endBeforeStart" }`.
   */
  customMessages?: Record<string, string>;
  /** Fields typed in one box but validated as a list (e.g. "it, en"): item issues go on the box. */
  collapse?: readonly string[];
}

function fieldOf(path: readonly PropertyKey[], collapse: readonly string[]): string {
  const name = path.map(String).join(".");
  const collapsed = collapse.find((field) => name === field || name.startsWith(`${field}.`));
  return collapsed ?? (name || "root");
}

/**
 * A react-hook-form resolver for a zod schema (the shared ones of @approdo/contracts, usually
 * behind a transform from the raw form strings) whose messages are translation descriptors.
 */
export function formResolver<Input extends FieldValues, Output>(
  schema: z.ZodType<Output, Input>,
  options: FormResolverOptions = {},
): Resolver<Input, unknown, Output> {
  const { customMessages = {}, collapse = [] } = options;
  return async (values, _context, resolverOptions) => {
    const result = await schema.safeParseAsync(values, { reportInput: true });
    if (result.success) {
      if (resolverOptions.shouldUseNativeValidation) validateFieldsNatively({}, resolverOptions);
      return { values: result.data, errors: {} };
    }
    const flat: Record<string, FieldError> = {};
    for (const issue of result.error.issues) {
      const name = fieldOf(issue.path, collapse);
      if (flat[name]) continue;
      const custom = issue.code === "custom" ? customMessages[name] : undefined;
      const descriptor: MessageDescriptor = custom ? { key: custom } : describeIssue(issue);
      flat[name] = { type: issue.code, message: encodeMessage(descriptor) };
    }
    return { values: {}, errors: toNestErrors<Input>(flat, resolverOptions) };
  };
}
