import type { Person } from "@approdo/contracts";
import { formatDate } from "../../app/ui/format-date.ts";

interface Named {
  givenName: string;
  familyName: string;
}

interface Born {
  birthDate: string | null;
  birthYear: number | null;
}

/** "Amina Tesfaye": names as written in the identity document. */
export function fullName(person: Named): string {
  return `${person.givenName} ${person.familyName}`.trim();
}

/** The birth date in the UI language, or the year alone when only that is known. */
export function birthLabel(person: Born, language: string): string {
  if (person.birthDate) return formatDate(person.birthDate, language);
  return person.birthYear === null ? "—" : String(person.birthYear);
}

/** A share 0…1 as a percentage in the UI language: 0.92 → "92%". */
export function formatPercent(value: number, language: string): string {
  return new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: 0 }).format(value);
}

/** Days from today (local calendar) to a YYYY-MM-DD date; negative when it has passed. */
export function daysUntil(date: string, today = new Date()): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) return Number.NaN;
  const target = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const now = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.round((target - now) / 86_400_000);
}

type Permit = Person["permits"][number];

/** An expiry this close is highlighted (renewals take weeks at the Questura). */
export const permitWarningDays = 60;

/** Newest first: by issue date, else expiry, else when it was recorded. */
export function sortPermits(permits: readonly Permit[]): Permit[] {
  const when = (permit: Permit) => permit.issuedOn ?? permit.expiresOn ?? permit.createdAt.slice(0, 10);
  return [...permits].sort(
    (a, b) => when(b).localeCompare(when(a)) || b.createdAt.localeCompare(a.createdAt),
  );
}
