import { caseNoteCreateSchema, type NoteConfidentiality } from "@approdo/contracts";
import { z } from "zod";

const noteFields = z.object({ confidentiality: z.string(), body: z.string() });
export type NoteFormInput = z.input<typeof noteFields>;

/** Form values → the shared create body; `correctsId` makes it the correction of that note. */
export function noteFormSchema(correctsId?: string) {
  return noteFields
    .transform((form): unknown => ({ confidentiality: form.confidentiality, body: form.body, correctsId }))
    .pipe(caseNoteCreateSchema);
}
export type NoteFormOutput = z.output<ReturnType<typeof noteFormSchema>>;
export const noteFieldNames = Object.keys(noteFields.shape);

/**
 * The confidentiality levels the reader may write: the whole team always; "case manager only" for
 * the case manager; "special category" for special-category roles on the team (the server's rule).
 */
export function allowedConfidentialities(reader: {
  isCaseManager: boolean;
  canSeeSpecial: boolean;
}): NoteConfidentiality[] {
  const levels: NoteConfidentiality[] = ["team"];
  if (reader.isCaseManager) levels.push("case_manager");
  if (reader.canSeeSpecial) levels.push("special_category");
  return levels;
}
