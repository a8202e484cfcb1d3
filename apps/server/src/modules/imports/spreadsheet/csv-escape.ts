/**
 * Formula injection: a spreadsheet program runs a cell that starts with =, +, -, @ (or a tab or
 * carriage return before one) as a formula. Every cell of a CSV we produce that starts so gets a
 * leading apostrophe, which the program shows as text; the import strips it again (unescapeCell).
 */
export function escapeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
