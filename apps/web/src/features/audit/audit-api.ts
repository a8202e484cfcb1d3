export const auditEventsPath = "/api/v1/audit-events";

export const auditKeys = {
  list: () => ["audit-events", "list"] as const,
};
