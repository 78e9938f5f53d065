#!/usr/bin/env bash
# System packages the browser tests and the HTML checker need: Debian's Chromium, a CJK font,
# a Java runtime (Nu HTML checker) and Node/npm (axe-core, vnu-jar). Installs only what is missing.
set -euo pipefail
need=()
command -v chromium >/dev/null || need+=(chromium)
fc-list :lang=zh 2>/dev/null | grep -q . || need+=(fonts-noto-cjk)
command -v java >/dev/null || need+=(default-jre-headless)
command -v npm >/dev/null || need+=(nodejs npm)
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "缺少系统软件包：${need[*]}（请用 apt-get install --no-install-recommends 安装）" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
APT="apt-get -o DPkg::Lock::Timeout=600"
$APT update -qq
$APT install -y -qq --no-install-recommends "${need[@]}" >/dev/null
