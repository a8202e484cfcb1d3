import type { Me } from "@approdo/contracts";
import { createContext } from "react";

export interface Session {
  me: Me;
  signOut: () => Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);
