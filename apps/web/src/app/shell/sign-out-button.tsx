import { useState } from "react";
import { useTranslation } from "react-i18next";

export function SignOutButton({ onSignOut }: { onSignOut: () => Promise<void> }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const handleClick = async () => {
    setBusy(true);
    try {
      await onSignOut();
    } finally {
      setBusy(false);
    }
  };
  return (
    <button
      type="button"
      className="btn btn-outline-light btn-sm"
      onClick={handleClick}
      disabled={busy}
      data-testid="sign-out"
    >
      {busy ? t("header.signingOut") : t("header.signOut")}
    </button>
  );
}
