"""gongkai (公开): a static-site generator for the 政府信息公开 column of a government website."""

from __future__ import annotations

__version__ = "0.1.0"

from .build import build, check_site  # noqa: E402

__all__ = ["__version__", "build", "check_site"]
