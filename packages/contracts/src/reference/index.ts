export * from "./api.ts";
export * from "./codice-fiscale.ts";
export * from "./countries.ts";
export * from "./languages.ts";
