import { z } from "zod";
import { idSchema, istatCodeSchema, pageOf, pageQuerySchema } from "./common.ts";

/** An Italian municipality by its ISTAT code: reference data, loaded by migrations or the seeds. */
export const territorySchema = z.object({
  istatCode: istatCodeSchema,
  name: z.string(),
  province: z.string(),
  region: z.string(),
});
export type Territory = z.infer<typeof territorySchema>;

export const territoryListQuerySchema = pageQuerySchema.extend({
  /** Digits search the ISTAT code by prefix, anything else the name by prefix (case-insensitive). */
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
