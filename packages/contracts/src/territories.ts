import { z } from "zod";
import { idSchema, istatCodeSchema, pageOf, pageQuerySchema } from "./common.ts";

/** An Italian municipality by its ISTAT code: reference data, loaded at start-up from the ISTAT list. */
export const territorySchema = z.object({
  istatCode: istatCodeSchema,
  /** The official ISTAT name (bilingual where the municipality is: "Bolzano/Bozen"). */
  name: z.string(),
  /** The province's sigla ("PA"). */
  province: z.string(),
  region: z.string(),
  /** The cadastral (Belfiore) code, the birthplace part of a codice fiscale ("G273"). */
  belfioreCode: z.string().nullable(),
});
export type Territory = z.infer<typeof territorySchema>;

export const territoryListQuerySchema = pageQuerySchema.extend({
  /**
   * Digits search the ISTAT code by prefix, a letter and three digits the cadastral code ("G273"),
   * anything else the name by prefix (case-insensitive).
   */
  q: z.string().trim().max(100).optional(),
});
export type TerritoryListQuery = z.infer<typeof territoryListQuerySchema>;
export const territoryPageSchema = pageOf(territorySchema);

export const networkSchema = z.object({
  id: idSchema,
  name: z.string(),
  description: z.string(),
  /** The member organisations, in id order. */
  organizationIds: z.array(idSchema),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Network = z.infer<typeof networkSchema>;

export const networkListQuerySchema = pageQuerySchema;
export const networkPageSchema = pageOf(networkSchema);
