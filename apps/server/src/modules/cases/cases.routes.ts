import type { AppDeps, AppInstance } from "../../platform/http/types.ts";

/** Routes of the case module (filled in step by step). */
export function registerCaseRoutes(_app: AppInstance, _deps: AppDeps): void {}
