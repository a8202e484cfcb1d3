import type { LoginBody, Me } from "@approdo/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFlash } from "../../app/router/use-router.ts";
import { PageHeader } from "../../app/ui/page-header.tsx";
import { StatusMessage } from "../../app/ui/status-message.tsx";
import { login, needsTotp, verifyTotp } from "./auth-api.ts";
import { forgetUserData, storeMe } from "./me-query.ts";
import { PasswordStepForm } from "./password-step-form.tsx";
import { TotpStepForm } from "./totp-step-form.tsx";

/** Username and password, then a 6-digit code when the account has two-step verification. */
export function SignInPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const flash = useFlash();
  const [step, setStep] = useState<"password" | "totp">("password");

  const signedIn = (me: Me) => {
    forgetUserData(queryClient);
    storeMe(queryClient, me);
  };
  const submitPassword = async (values: LoginBody) => {
    const response = await login(values);
    if (needsTotp(response)) setStep("totp");
    else signedIn(response);
  };
  const submitCode = async (code: string) => signedIn(await verifyTotp(code));

  return (
    <div className="row">
      <div className="col-12 col-md-8 col-lg-7">
        <PageHeader title={step === "password" ? t("auth.signInTitle") : t("auth.totpTitle")} />
        {step === "password" ? (
          <>
            <StatusMessage>{flash}</StatusMessage>
            <p>{t("auth.signInIntro")}</p>
            <PasswordStepForm onSubmit={submitPassword} />
          </>
        ) : (
          <TotpStepForm onSubmit={submitCode} onBack={() => setStep("password")} />
        )}
      </div>
    </div>
  );
}
