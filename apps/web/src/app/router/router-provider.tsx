import { type ReactNode, useCallback, useEffect, useMemo, useState } from "react";
import { type NavigateOptions, RouterContext, type RouterLocation } from "./router-context.ts";

function readLocation(navigationCount: number): RouterLocation {
  const { pathname, search } = window.location;
  return { pathname, search, state: window.history.state, navigationCount };
}

/** A small history-API router: the server answers index.html for every non-API path. */
export function RouterProvider({ children }: { children: ReactNode }) {
  const [location, setLocation] = useState<RouterLocation>(() => readLocation(0));

  useEffect(() => {
    const onPopState = () =>
      setLocation((previous) => {
        const next = readLocation(previous.navigationCount + 1);
        // A click on an in-page anchor (the skip link) only changes the hash.
        return next.pathname === previous.pathname && next.search === previous.search ? previous : next;
      });
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, []);

  const navigate = useCallback((to: string, options: NavigateOptions = {}) => {
    const state = options.flash ? { flash: options.flash } : null;
    if (options.replace) window.history.replaceState(state, "", to);
    else window.history.pushState(state, "", to);
    setLocation((previous) => readLocation(previous.navigationCount + 1));
  }, []);

  const value = useMemo(() => ({ location, navigate }), [location, navigate]);
  return <RouterContext value={value}>{children}</RouterContext>;
}
