import { useContext } from "react";
import { type Session, SessionContext } from "./session-context.ts";

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession outside a signed-in session");
  return session;
}
