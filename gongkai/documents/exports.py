"""Data files of 公文: the 行政规范性文件 catalogue (CSV, XLSX)."""

from __future__ import annotations

from ..values import Linked, OutputFile
from .catalogue import catalogue_files


def document_files(linked: Linked) -> list[OutputFile]:
    return catalogue_files(linked)
