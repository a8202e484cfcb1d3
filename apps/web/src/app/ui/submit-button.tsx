interface SubmitButtonProps {
  label: string;
  busyLabel: string;
  busy: boolean;
  testId?: string;
}

export function SubmitButton({ label, busyLabel, busy, testId }: SubmitButtonProps) {
  return (
    <button type="submit" className="btn btn-primary" disabled={busy} data-testid={testId}>
      {busy ? busyLabel : label}
    </button>
  );
}
