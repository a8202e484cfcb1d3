/** Today's date in Italy (YYYY-MM-DD): services are dated in local time. */
export function todayInItaly(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Rome" }).format(now);
}

/** The requested persons that are not subject persons of the case (empty: all are). */
export function personsOutsideCase(requested: readonly string[], subjects: readonly string[]): string[] {
  const allowed = new Set(subjects);
  return [...new Set(requested)].filter((id) => !allowed.has(id));
}
