/**
 * Frequent given names whose spellings the generic rules cannot tell apart, or cannot bring
 * together. A consonant skeleton reads Mohamed and Mahmoud, Hassan and Hussein, Amin, Amina,
 * Iman and Ayman as (almost) the same; these families give them distinct identities, so two
 * different known names never score as a near match, while all spellings of one name (Latin,
 * Arabic script, Bengali…) do. Patterns are tested on the normalised word (see spelling.ts),
 * e.g. "Mohammed" → "mohamed", "محمد" → "mhmd".
 */

export interface NameFamily {
  id: string;
  /** The skeleton every member indexes under (see skeleton.ts). */
  skeleton: string;
  pattern: RegExp;
  /** Real spellings (documents, registries), used by spellingVariants and the tests. */
  spellings: string[];
  /** The name in other scripts, for tests and benchmark data. */
  native: string[];
}

export const families: readonly NameFamily[] = [
  {
    id: "muhammad",
    skeleton: "mhmd",
    pattern: /^(?:m[aeiou]?h[ae]?m[ae]?d|mohd|muhd|md|mhd)$/,
    spellings: [
      "Mohamed",
      "Mohammed",
      "Muhammad",
      "Mohammad",
      "Mouhamed",
      "Muhamad",
      "Mohamad",
      "Mohd",
      "Md",
    ],
    native: ["محمد", "মোহাম্মদ", "मोहम्मद"],
  },
  {
    // Mamadou is Muhammad's West African form, but a name of its own on documents.
    id: "mamadu",
    skeleton: "mmdu",
    pattern: /^mam[ae]?d[iu]$/,
    spellings: ["Mamadou", "Mamadu", "Mamedi", "Mamadi"],
    native: [],
  },
  {
    id: "mahmud",
    skeleton: "mhmud",
    pattern: /^m[ae]?h?m[ou][dt]$/,
    spellings: ["Mahmoud", "Mahmud", "Mahmood", "Mehmood", "Mahmut"],
    native: ["محمود"],
  },
  {
    id: "ahmad",
    skeleton: "ahmd",
    pattern: /^ah?m[ae]?[dt]$/,
    spellings: ["Ahmed", "Ahmad", "Ahmet", "Ahmat"],
    native: ["أحمد"],
  },
  {
    id: "hamid",
    skeleton: "hmid",
    pattern: /^ha?m[ie]d$|^hamd$/,
    spellings: ["Hamid", "Hamed"],
    native: ["حميد", "حامد"],
  },
  {
    id: "hasan",
    skeleton: "hsn",
    pattern: /^h[ae]?s[ae]?ne?$/,
    spellings: ["Hassan", "Hasan", "Hassen", "Hasen", "Hassane"],
    native: ["حسن"],
  },
  {
    id: "husayn",
    skeleton: "hsyn",
    pattern: /^h[aeiou]?s[aeiou]*i[aeiou]*ne?$|^hosen$/,
    spellings: ["Hussein", "Husain", "Hussain", "Hossain", "Hussien", "Houcine"],
    native: ["حسين", "হোসেন"],
  },
  {
    id: "said",
    skeleton: "sid",
    pattern: /^s[ae]?[ei]+d$/,
    spellings: ["Said", "Saeed", "Saied", "Sayed", "Sayyid", "Seyed"],
    native: ["سعيد"],
  },
  {
    id: "saad",
    skeleton: "sad",
    pattern: /^sa+d$/,
    spellings: ["Saad", "Saâd", "Sa'ad"],
    native: ["سعد"],
  },
  {
    id: "fatima",
    skeleton: "ftma",
    pattern: /^fat[ie]?m(?:ah?|eh)$/,
    spellings: ["Fatima", "Fatma", "Fatemeh", "Fatimah", "Fatema"],
    native: ["فاطمة", "فاطمه"],
  },
  {
    // West African Fatoumata is a name of its own, not a spelling of Fatima.
    id: "fatumata",
    skeleton: "ftmta",
    pattern: /^fat[uo]?mata$/,
    spellings: ["Fatoumata", "Fatumata", "Fatmata"],
    native: [],
  },
  {
    id: "amin",
    skeleton: "amn",
    pattern: /^[ae]m[ie]+ne?$/,
    spellings: ["Amin", "Amine", "Emin", "Ameen"],
    native: ["أمين"],
  },
  {
    id: "amina",
    skeleton: "amna",
    pattern: /^[ae]m[ie]+n(?:ah?|eh)$/,
    spellings: ["Amina", "Aminah", "Ameena", "Emina", "Amineh"],
    native: ["أمينة"],
  },
  {
    id: "iman",
    skeleton: "amn",
    pattern: /^[ie]m[ae]ne?$/,
    spellings: ["Iman", "Imane", "Eman", "Imen"],
    native: ["إيمان"],
  },
  {
    id: "ayman",
    skeleton: "amn",
    pattern: /^ai+m[ae]?ne?$/,
    spellings: ["Ayman", "Aymen", "Aiman"],
    native: ["أيمن"],
  },
  {
    id: "abdullah",
    skeleton: "abdlh",
    pattern: /^abdla?h$/,
    spellings: ["Abdullah", "Abdallah", "Abdulla", "Abdellah", "Abd Allah", "Abdoullah"],
    native: ["عبد الله", "عبدالله"],
  },
  {
    id: "uthman",
    skeleton: "atmn",
    pattern: /^[aeiou][ts]mane?$/,
    spellings: ["Othman", "Osman", "Usman", "Ousmane", "Uthman", "Othmane"],
    native: ["عثمان"],
  },
  {
    id: "ibrahim",
    skeleton: "abrhm",
    pattern: /^[ie]?brah[ie]ma?$/,
    spellings: ["Ibrahim", "Ebrahim", "Brahim", "Ibrahem", "Ibrahima"],
    native: ["إبراهيم"],
  },
  {
    id: "ismail",
    skeleton: "asml",
    pattern: /^[ie]?sma[ie]+l$/,
    spellings: ["Ismail", "Ismael", "Esmail", "Smail", "Ismaïl"],
    native: ["إسماعيل"],
  },
  {
    id: "jamal",
    skeleton: "jml",
    pattern: /^[jg]a?m[ae]l$/,
    spellings: ["Jamal", "Djamel", "Gamal", "Jamel"],
    native: ["جمال"],
  },
  {
    id: "jamil",
    skeleton: "jmil",
    pattern: /^ja?mi+le?$/,
    spellings: ["Jamil", "Djamil", "Jameel"],
    native: ["جميل"],
  },
];

/** Callers cache per word (see name.ts), so a linear scan of the patterns is cheap enough. */
export function familyOf(word: string): NameFamily | null {
  for (const family of families) if (family.pattern.test(word)) return family;
  return null;
}
