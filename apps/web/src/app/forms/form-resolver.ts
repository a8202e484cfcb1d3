import { toNestErrors, validateFieldsNatively } from "@hookform/resolvers";
import type { FieldError, FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";
import { describeIssue, encodeMessage } from "./issue-message.ts";

/**
 * A react-hook-form resolver for a zod schema (the shared ones of @approdo/contracts or forms
 * built from them) whose messages are translation descriptors; see issue-message.ts.
 */
export function formResolver<Input extends FieldValues, Output>(
  schema: z.ZodType<Output, Input>,
): Resolver<Input, unknown, Output> {
  return async (values, _context, options) => {
    const result = await schema.safeParseAsync(values, { reportInput: true });
    if (result.success) {
      if (options.shouldUseNativeValidation) validateFieldsNatively({}, options);
      return { values: result.data, errors: {} };
    }
    const flat: Record<string, FieldError> = {};
    for (const issue of result.error.issues) {
      const name = issue.path.map(String).join(".") || "root";
      if (flat[name]) continue;
      flat[name] = { type: issue.code, message: encodeMessage(describeIssue(issue)) };
    }
    return { values: {}, errors: toNestErrors<Input>(flat, options) };
  };
}
