export { DEMO_PASSWORD, DEMO_TOTP_SECRET, demoUsers } from "./demo-users.ts";
export { buildDemoRows, seedDemoIfEmpty } from "./seed-demo.ts";
