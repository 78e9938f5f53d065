"""Where gongkai itself is installed: the shared templates/, static/ and node_modules/."""

from __future__ import annotations

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
