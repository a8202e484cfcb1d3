import { createContext } from "react";

export interface RouterLocation {
  pathname: string;
  search: string;
  /** The `history.state` of this entry (used for one-shot flash messages). */
  state: unknown;
  /** Increments on every in-app navigation; 0 on the first page load. */
  navigationCount: number;
}

export interface NavigateOptions {
  replace?: boolean;
  /** A message shown once by the next page (e.g. "Organisation created"). */
  flash?: string;
}

export interface RouterValue {
  location: RouterLocation;
  navigate: (to: string, options?: NavigateOptions) => void;
}

export const RouterContext = createContext<RouterValue | null>(null);
