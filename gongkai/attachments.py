"""The one rule for attachment paths: a file under content/files/ that exists."""

from __future__ import annotations

from collections.abc import Sequence

from .errors import ContentError
from .source import Locator


def outside_files(path: str) -> bool:
    """True when ``path`` leaves content/files/ (absolute, ``..``, or another folder)."""
    return path.startswith("/") or ".." in path.split("/") or not path.startswith("files/")


def check_attachment_file(
    locator: Locator, key: Sequence[str | int], path: str, assets: frozenset[str] | None, example: str = "xxx.pdf"
) -> ContentError | None:
    """A located error when ``path`` leaves content/files/ or (with ``assets``) does not exist."""
    if outside_files(path):
        return locator.error(
            key,
            f"附件路径必须位于 content/files/ 之内，如 files/{example}",
            "attachment path must stay inside content/files/",
            code="attachment.outside-files",
        )
    if assets is not None and path not in assets:
        return locator.error(
            key, f"附件文件 content/{path} 不存在", f"attachment content/{path} not found", code="attachment.missing"
        )
    return None
