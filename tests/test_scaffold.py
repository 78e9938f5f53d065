from __future__ import annotations

from pathlib import Path

import pytest

from gongkai.build import check_site
from gongkai.documents.scaffold import new_document
from gongkai.errors import BuildFailed, UsageError


def test_new_document_lists_every_field_and_check_names_what_is_missing(sample_root: Path) -> None:
    path = new_document(sample_root, "2025-new")
    text = path.read_text(encoding="utf-8")
    for key in ("title:", "number:", "publisher:", "written:", "category:", "topic:", "summary:", "body:"):
        assert key in text
    with pytest.raises(BuildFailed) as failed:
        check_site(sample_root)
    fields = sorted(e.field for e in failed.value.errors if e.path == "content/documents/2025-new.yaml")
    assert fields == ["body", "category", "publisher", "summary", "title", "topic", "written"]


def test_new_document_never_overwrites_without_force(sample_root: Path) -> None:
    with pytest.raises(UsageError, match="已存在"):
        new_document(sample_root, "2024-tz")
    with pytest.raises(UsageError, match="不能用作网址"):
        new_document(sample_root, "政务公开")
    assert new_document(sample_root, "2024-tz", force=True).read_text(encoding="utf-8").startswith("# 公文")
