"""Annual report tables as downloads (CSV), issue #6."""

from __future__ import annotations

from ..link import Linked
from ..views import OutputFile


def report_files(linked: Linked) -> list[OutputFile]:
    """No report downloads yet; issue #6 adds them."""
    return []
