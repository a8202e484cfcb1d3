import type { FieldError, UseFormRegisterReturn } from "react-hook-form";
import { SelectField } from "../../app/ui/select-field.tsx";
import { useCountries } from "./use-countries.ts";

interface CountrySelectProps {
  id: string;
  label: string;
  registration: UseFormRegisterReturn;
  /** The field's current code: kept as an option even if the list does not have it. */
  value?: string | undefined;
  error?: FieldError | undefined;
  hint?: string | undefined;
  required?: boolean;
  emptyLabel?: string;
}

/** A native select of every country, named and sorted in the UI language; the value is the ISO code. */
export function CountrySelect({ value, ...props }: CountrySelectProps) {
  const { countries, countryName } = useCountries();
  const options = countries.map((country) => ({ value: country.code, label: country.name }));
  if (value && !countries.some((country) => country.code === value)) {
    options.unshift({ value, label: countryName(value) });
  }
  return <SelectField {...props} options={options} />;
}
