interface FieldLabelProps {
  htmlFor: string;
  label: string;
  required?: boolean | undefined;
  className?: string;
}

/**
 * A field's label. The asterisk of a required field comes from CSS (`.is-required::after`, with
 * empty alternative text): the input's `required` attribute already tells assistive technologies,
 * and the label's text stays exactly the field's name.
 */
export function FieldLabel({ htmlFor, label, required, className = "active" }: FieldLabelProps) {
  return (
    <label htmlFor={htmlFor} className={`${className}${required ? " is-required" : ""}`.trim()}>
      {label}
    </label>
  );
}
