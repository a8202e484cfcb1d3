// Adds lock entries for @biomejs/biome's optional platform binaries that this machine's registry
// mirror does not serve (404), so `npm ci` (npm 11, npm/cli#9846) accepts the lock. npm skips them on
// linux-x64 because of their os/cpu/libc fields and never fetches them. Run from the repo root.
const fs = require("node:fs");
const lock = JSON.parse(fs.readFileSync("package-lock.json", "utf8"));
const version = lock.packages["node_modules/@biomejs/biome"].version;
const plats = {
  "android-arm64": ["android", "arm64"],
  "android-x64": ["android", "x64"],
  "darwin-arm64": ["darwin", "arm64"],
  "darwin-x64": ["darwin", "x64"],
  "linux-arm64-musl": ["linux", "arm64", "musl"],
  "linux-x64-musl": ["linux", "x64", "musl"],
  "win32-arm64": ["win32", "arm64"],
  "win32-x64": ["win32", "x64"],
};
const out = {};
for (const [k, v] of Object.entries(lock.packages)) {
  out[k] = v;
  if (k === "node_modules/@biomejs/cli-linux-x64")
    for (const [p, [os, cpu, libc]] of Object.entries(plats)) {
      const key = `node_modules/@biomejs/cli-${p}`;
      if (lock.packages[key]) continue;
      out[key] = {
        version,
        cpu: [cpu],
        dev: true,
        license: "MIT OR Apache-2.0",
        optional: true,
        os: [os],
        engines: { node: ">=14.21.3" },
        ...(libc ? { libc: [libc] } : {}),
      };
    }
}
lock.packages = Object.fromEntries(
  Object.entries(out).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a < b ? -1 : a > b ? 1 : 0)),
);
fs.writeFileSync("package-lock.json", `${JSON.stringify(lock, null, 2)}\n`);
