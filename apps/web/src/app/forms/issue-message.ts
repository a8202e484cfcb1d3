import type { z } from "zod";

/**
 * Client-side validation messages are stored in react-hook-form as an encoded translation key
 * with parameters, and translated when shown: the text follows a language switch, and the
 * English messages written into the shared schemas never reach an Italian screen.
 */
export interface MessageDescriptor {
  key: string;
  params?: Record<string, string | number>;
}

const prefix = "i18n:";

/** Patterns of the shared schemas (ISTAT code, TOTP code, username, language code) and their messages. */
const patternMessages = new Map<string, string>([
  [String(/^\d{6}$/), "validation.sixDigits"],
  [String(/^[a-z0-9._-]{3,60}$/), "validation.username"],
  [String(/^[a-z]{2,3}$/), "validation.languageCode"],
]);

function isEmpty(input: unknown): boolean {
  return input === undefined || input === null || (typeof input === "string" && input.trim() === "");
}

export function describeIssue(issue: z.core.$ZodIssue): MessageDescriptor {
  if (issue.message.startsWith("validation.")) return { key: issue.message };
  if ("input" in issue && isEmpty(issue.input) && issue.code !== "custom")
    return { key: "validation.required" };
  switch (issue.code) {
    case "invalid_type":
      if (issue.expected === "number") return { key: "validation.number" };
      if (issue.expected === "int") return { key: "validation.integer" };
      return { key: "validation.invalid" };
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "string")
        return min <= 1 ? { key: "validation.required" } : { key: "validation.minLength", params: { min } };
      if (issue.origin === "array" || issue.origin === "set") return { key: "validation.atLeastOne" };
      return { key: "validation.minNumber", params: { min } };
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "string") return { key: "validation.maxLength", params: { max } };
      return { key: "validation.maxNumber", params: { max } };
    }
    case "invalid_format":
      if (issue.format === "email") return { key: "validation.invalidEmail" };
      if (issue.format === "uuid" || issue.format === "guid") return { key: "validation.invalidId" };
      if (issue.format === "date") return { key: "validation.invalidDate" };
      if (issue.format === "datetime") return { key: "validation.invalidDateTime" };
      if (issue.format === "regex" && "pattern" in issue) {
        const key = patternMessages.get(String(issue.pattern));
        if (key) return { key };
      }
      return { key: "validation.invalidFormat" };
    case "invalid_value":
      return { key: "validation.invalidOption" };
    case "not_multiple_of":
      return { key: "validation.integer" };
    default:
      return { key: "validation.invalid" };
  }
}

export function encodeMessage(descriptor: MessageDescriptor): string {
  return `${prefix}${JSON.stringify(descriptor)}`;
}

/** A descriptor for an encoded client message, or null for a plain text (e.g. from the server). */
export function decodeMessage(message: string): MessageDescriptor | null {
  if (!message.startsWith(prefix)) return null;
  try {
    const value: unknown = JSON.parse(message.slice(prefix.length));
    if (typeof value === "object" && value !== null && "key" in value && typeof value.key === "string") {
      return value as MessageDescriptor;
    }
  } catch {
    // fall through
  }
  return null;
}
