import { Fragment } from "react";
import { useSession } from "../features/auth/use-session.ts";
import { NotFoundPage } from "../features/home/not-found-page.tsx";
import { matchPath } from "./router/match-path.ts";
import { useRouter } from "./router/use-router.ts";
import { routes } from "./routes.tsx";
import { canOpen } from "./sections.ts";

/** Renders the page of the current path; a page the user's roles do not allow is "not found". */
export function RouteOutlet() {
  const { location } = useRouter();
  const { me } = useSession();
  for (const route of routes) {
    const params = matchPath(route.pattern, location.pathname);
    if (!params) continue;
    if (!canOpen(route.section, me.roles)) break;
    // keyed by path: moving from one record to another starts a fresh page
    return <Fragment key={location.pathname}>{route.render(params)}</Fragment>;
  }
  return <NotFoundPage />;
}
