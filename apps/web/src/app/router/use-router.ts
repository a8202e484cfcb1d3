import { useContext } from "react";
import { RouterContext, type RouterValue } from "./router-context.ts";

export function useRouter(): RouterValue {
  const router = useContext(RouterContext);
  if (!router) throw new Error("useRouter outside RouterProvider");
  return router;
}

export function useNavigate(): RouterValue["navigate"] {
  return useRouter().navigate;
}

/** The flash message passed by the navigation that led here, if any. */
export function useFlash(): string | null {
  const { state } = useRouter().location;
  if (typeof state === "object" && state !== null && "flash" in state) {
    const flash = (state as { flash: unknown }).flash;
    return typeof flash === "string" ? flash : null;
  }
  return null;
}
