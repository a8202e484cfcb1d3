import type { AppDeps, AppInstance } from "../platform/http/types.ts";

/** Every domain module's routes, registered in one place. */
export function registerModules(app: AppInstance, deps: AppDeps): void {
  void app;
  void deps;
}
