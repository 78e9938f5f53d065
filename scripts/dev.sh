#!/usr/bin/env bash
# One command for editors: set up, build the default site and preview it with live reload.
# Extra arguments go to `build.py serve`, e.g. `bash scripts/dev.sh --site examples/huaiyin`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
# Pagefind 1.6 (better Chinese segmentation) comes from npm; without npm the PyPI 1.5.2 extended binary is used.
if command -v npm >/dev/null && [ ! -x node_modules/.bin/pagefind ]; then
  npm ci --no-audit --no-fund --silent || echo "npm ci 失败：将使用 PyPI 的 Pagefind 1.5.2" >&2
fi
exec .venv/bin/python build.py serve "$@"
