import { z } from "zod";

/** Roles of domain.md. Their codes are stable (stored, sent by the API, translated by the UI). */
export const roles = [
  "admin",
  "dpo",
  "operator",
  "outreach_worker",
  "case_manager",
  "psychologist",
  "legal_advisor",
  "cultural_mediator",
  "housing_advisor",
  "job_advisor",
  "org_coordinator",
  "project_coordinator",
  "network_governance",
  "training_coordinator",
] as const;

export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const organizationTypes = [
  "ministry",
  "region",
  "municipality",
  "municipal_union",
  "social_care_agency",
  "health_authority",
  "anci",
  "foundation",
  "social_cooperative",
  "association",
  "school",
  "job_centre",
  "other",
] as const;
export const organizationTypeSchema = z.enum(organizationTypes);
export type OrganizationType = z.infer<typeof organizationTypeSchema>;

export const servicePointTypes = [
  "one_stop_shop",
  "mobile_unit",
  "social_desk",
  "housing_unit",
  "workshop_space",
] as const;
export const servicePointTypeSchema = z.enum(servicePointTypes);
export type ServicePointType = z.infer<typeof servicePointTypeSchema>;

export const partnerRoles = ["lead", "partner", "coordination", "technical_assistance", "funder"] as const;
export const partnerRoleSchema = z.enum(partnerRoles);

export const targetIndicators = [
  "beneficiaries",
  "households",
  "housing_beneficiaries",
  "civic_engagement_placements",
  "workshop_participants",
  "operators_trained",
] as const;
export const targetIndicatorSchema = z.enum(targetIndicators);
