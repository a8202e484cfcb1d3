import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { logout } from "../features/auth/auth-api.ts";
import { forgetUserData, storeMe, useMeQuery } from "../features/auth/me-query.ts";
import { type Session, SessionContext } from "../features/auth/session-context.ts";
import { SignInPage } from "../features/auth/sign-in-page.tsx";
import { TotpEnrolmentPage } from "../features/auth/totp-enrolment-page.tsx";
import { onUnauthenticated } from "./api/api-client.ts";
import { RouteOutlet } from "./route-outlet.tsx";
import { useNavigate } from "./router/use-router.ts";
import { AppLayout } from "./shell/app-layout.tsx";
import { ApiErrorAlert } from "./ui/api-error-alert.tsx";
import { LoadingIndicator } from "./ui/loading-indicator.tsx";
import { PageHeader } from "./ui/page-header.tsx";

/** Decides what the user sees: sign-in, forced 2FA enrolment, or the app. */
export function SessionGate() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const meQuery = useMeQuery();

  useEffect(() => {
    onUnauthenticated(() => {
      forgetUserData(queryClient);
      storeMe(queryClient, null);
      // stay on the same page: after signing in again the user is back where they were
      const here = `${window.location.pathname}${window.location.search}`;
      navigate(here, { replace: true, flash: t("errors.UNAUTHENTICATED") });
    });
    return () => onUnauthenticated(null);
  }, [queryClient, navigate, t]);

  const signOut = useCallback(async () => {
    try {
      await logout();
    } catch {
      // the session may already be gone: the user is signed out either way
    }
    forgetUserData(queryClient);
    storeMe(queryClient, null);
    navigate("/", { flash: t("auth.signedOut") });
  }, [queryClient, navigate, t]);

  const me = meQuery.data ?? null;
  const session = useMemo<Session | null>(() => (me ? { me, signOut } : null), [me, signOut]);

  if (meQuery.isPending) {
    return (
      <AppLayout me={null} showNav={false}>
        <LoadingIndicator />
      </AppLayout>
    );
  }
  if (meQuery.isError) {
    return (
      <AppLayout me={null} showNav={false}>
        <PageHeader title={t("errors.title")} />
        <ApiErrorAlert error={meQuery.error} />
        <button type="button" className="btn btn-primary" onClick={() => void meQuery.refetch()}>
          {t("app.retry")}
        </button>
      </AppLayout>
    );
  }
  if (!session) {
    return (
      <AppLayout me={null} showNav={false}>
        <SignInPage />
      </AppLayout>
    );
  }
  return (
    <SessionContext value={session}>
      <AppLayout me={session.me} onSignOut={signOut} showNav={!session.me.totpEnrolmentRequired}>
        {session.me.totpEnrolmentRequired ? <TotpEnrolmentPage /> : <RouteOutlet />}
      </AppLayout>
    </SessionContext>
  );
}
