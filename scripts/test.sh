#!/usr/bin/env bash
# One command for developers and CI: set everything up and run the whole test suite.
# Extra arguments go to pytest, e.g. `bash scripts/test.sh -k golden`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/system-deps.sh || [ "${CI:-}" != "true" ]
bash scripts/setup.sh
# npm ci installs exactly package-lock.json and never rewrites it; a lock out of step with
# package.json is an error to fix in the repository, not at test time.
if command -v npm >/dev/null; then
  npm ci --no-audit --no-fund --silent
fi
.venv/bin/ruff check gongkai tests build.py benchmarks scripts
.venv/bin/ruff format --check gongkai tests build.py benchmarks scripts
.venv/bin/mypy
exec .venv/bin/python -m pytest "$@"
