import { useContext, useEffect } from "react";
import { RouterContext, type RouterValue } from "./router-context.ts";

export function useRouter(): RouterValue {
  const router = useContext(RouterContext);
  if (!router) throw new Error("useRouter outside RouterProvider");
  return router;
}

export function useNavigate(): RouterValue["navigate"] {
  return useRouter().navigate;
}

function flashOf(state: unknown): string | null {
  if (typeof state === "object" && state !== null && "flash" in state) {
    const flash = (state as { flash: unknown }).flash;
    return typeof flash === "string" ? flash : null;
  }
  return null;
}

/** The flash message passed by the navigation that led here, shown once (not again on reload). */
export function useFlash(): string | null {
  const flash = flashOf(useRouter().location.state);
  useEffect(() => {
    if (flash && flashOf(window.history.state)) window.history.replaceState(null, "");
  }, [flash]);
  return flash;
}
