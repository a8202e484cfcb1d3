import { z } from "zod";

/** Reference lists are named in Italian (the default) or English; a region subtag is ignored ("en-GB"). */
export const referenceLocales = ["it", "en"] as const;
export const referenceLocaleSchema = z.preprocess(
  (v) => (typeof v === "string" ? v.trim().toLowerCase().split(/[-_]/)[0] : v),
  z.enum(referenceLocales).default("it"),
);

export const referenceQuerySchema = z.object({ locale: referenceLocaleSchema });

export const countryItemSchema = z.object({
  /** ISO 3166-1 alpha-2. */
  code: z.string(),
  name: z.string(),
  /** The cadastral code on codici fiscali of people born there (null for Italy and Antarctica). */
  zCode: z.string().nullable(),
});
export const countryListSchema = z.object({ items: z.array(countryItemSchema) });

export const languageListQuerySchema = referenceQuerySchema.extend({
  /** "true": only the languages common among migrants (for the first part of a picker). */
  common: z.enum(["true", "false"]).optional(),
});
export const languageItemSchema = z.object({
  /** ISO 639-3. */
  code: z.string(),
  name: z.string(),
  common: z.boolean(),
});
export const languageListSchema = z.object({ items: z.array(languageItemSchema) });

export const permitTypeListSchema = z.object({ items: z.array(z.object({ code: z.string() })) });
export const vulnerabilityListSchema = z.object({
  items: z.array(z.object({ code: z.string(), specialCategory: z.boolean() })),
});
export type ReferenceLocale = (typeof referenceLocales)[number];
