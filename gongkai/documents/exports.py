"""Data files of 公文: the 行政规范性文件 catalogue (CSV, XLSX), documents.json and documents.csv."""

from __future__ import annotations

from ..values import Linked, OutputFile
from .catalogue import catalogue_files
from .opendata import open_data_files


def document_files(linked: Linked) -> list[OutputFile]:
    return [*catalogue_files(linked), *open_data_files(linked)]
