#!/usr/bin/env bash
# Make sure a Chromium usable by the browser tests (playwright-core, executablePath) is installed.
# `npx playwright install` cannot download on these machines: use Debian's `chromium` package.
# Honours CHROMIUM_PATH (default /usr/bin/chromium). Exports nothing.
set -euo pipefail

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"

if [ ! -x "$chromium_path" ]; then
  if [ "$chromium_path" != "/usr/bin/chromium" ]; then
    echo "ensure-chromium: CHROMIUM_PATH=$chromium_path is not an executable file" >&2
    exit 1
  fi
  echo "ensure-chromium: $chromium_path missing, installing Debian's chromium package"
  sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -q
  "${sudo_cmd[@]}" apt-get install -y -q chromium
fi

# --version needs no display and no sandbox.
version="$("$chromium_path" --version 2>/dev/null || true)"
if [ -z "$version" ]; then
  echo "ensure-chromium: $chromium_path is installed but '--version' failed" >&2
  exit 1
fi
echo "ensure-chromium: $version ($chromium_path)"
