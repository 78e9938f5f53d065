#!/usr/bin/env bash
# One command for editors: set up, build the default site and preview it with live reload.
# Extra arguments go to `build.py serve`, e.g. `bash scripts/dev.sh --site examples/huaiyin`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
exec .venv/bin/python build.py serve "$@"
