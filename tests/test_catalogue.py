"""The 行政规范性文件 catalogue: 现行有效 and 已废止/已失效 pages, CSV and XLSX downloads."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from openpyxl import load_workbook

from gongkai import urls
from gongkai.build import build_site
from gongkai.documents.catalogue import ENDED_HEADERS, HEADERS

from .conftest import SAMPLE

CURRENT_CSV = urls.catalogue_file(urls.NORMATIVE, "gfxwj-mulu", "csv")
ENDED_CSV = urls.catalogue_file(urls.NORMATIVE_ENDED, "gfxwj-fzsx", "csv")


def rows_of(data: bytes | None) -> list[list[str]]:
    assert data is not None
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def test_catalogue_rows_follow_the_lifecycle() -> None:
    output, _ = build_site(SAMPLE)
    current = rows_of(output.get(CURRENT_CSV))
    assert current[0] == ["示例县人民政府现行有效行政规范性文件目录（截至2026-11-23）"]
    assert current[1] == [*HEADERS, "索引号", "网址"]
    assert [r[1] for r in current[2:]] == ["示例县行政规范性文件管理办法"]
    assert current[2][7:9] == ["现行有效", "《示例县行政规范性文件管理办法》政策解读"]
    ended = rows_of(output.get(ENDED_CSV))
    assert ended[1] == [*ENDED_HEADERS, "索引号", "网址"]
    row = dict(zip(ended[1], ended[2], strict=True))
    assert row["名称"] == "示例县临时救助实施办法" and row["有效性"] == "已废止"
    # The 废止日期 is not invented: the deciding document's 施行日期, and the file says so.
    assert row["废止/失效日期"] == "2025-03-01（依据文件施行日期）"
    assert row["废止/失效依据"] == "示例县人民政府办公室关于公布行政规范性文件清理结果的通知（示政办字〔2025〕2号）"
    assert row["有效期至"] == "2026-04-30" and row["解读"] == ""
    assert row["网址"] == "https://www.example.gov.cn/zfxxgk/fdzdgknr/sxjxx/2024-lsjz/"


def test_catalogue_pages_link_each_other_and_the_cleanup() -> None:
    output, _ = build_site(SAMPLE)
    current = (output.get(urls.NORMATIVE) or b"").decode()
    assert "<h1>现行有效行政规范性文件目录</h1>" in current
    assert "已废止、已失效行政规范性文件目录</a>" in current
    assert 'href="../../../zfxxgk/fdzdgknr/gfxwj/gfxwj-mulu.xlsx"' in current
    cleanup = current[current.index('id="cleanup-title"') :]
    assert "关于公布行政规范性文件清理结果的通知" in cleanup
    ended = (output.get(urls.NORMATIVE_ENDED) or b"").decode()
    assert '<th scope="col">废止/失效依据</th>' in ended and "示例县临时救助实施办法" in ended
    proactive = (output.get(urls.PROACTIVE) or b"").decode()
    assert "现行有效行政规范性文件目录</a>（1 件）" in proactive
    assert "已废止、已失效行政规范性文件目录</a>（1 件）" in proactive


def test_xlsx_has_the_same_rows_and_is_byte_identical() -> None:
    first, _ = build_site(SAMPLE)
    second, _ = build_site(SAMPLE)
    url = urls.catalogue_file(urls.NORMATIVE_ENDED, "gfxwj-fzsx", "xlsx")
    data = first.get(url)
    assert data is not None and data == second.get(url)
    sheet = load_workbook(io.BytesIO(data)).active
    assert sheet is not None
    values = [[c.value or "" for c in row] for row in sheet.iter_rows()]
    assert values[1:] == rows_of(first.get(ENDED_CSV))[1:]


def test_an_empty_catalogue_is_left_out(tmp_path: Path) -> None:
    import shutil

    root = tmp_path / "site"
    shutil.copytree(SAMPLE, root)
    for name in ("2024-lsjz", "2025-qljg"):
        (root / "content" / "documents" / f"{name}.yaml").unlink()
    output, _ = build_site(root)
    assert output.get(urls.NORMATIVE_ENDED) is None and output.get(ENDED_CSV) is None
    current = (output.get(urls.NORMATIVE) or b"").decode()
    assert "已废止、已失效" not in current and "清理结果" not in current
    policy = root / "content" / "documents" / "2023-gfxwj.yaml"
    policy.write_text(policy.read_text(encoding="utf-8").replace("行政规范性文件\n", "其他公文\n"), encoding="utf-8")
    output, _ = build_site(root)
    assert output.get(urls.NORMATIVE) is None and output.get(CURRENT_CSV) is None
    assert "行政规范性文件目录" not in (output.get(urls.PROACTIVE) or b"").decode()
