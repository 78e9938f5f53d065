"""``build.py import documents``: CMS exports in their real forms → one YAML file per 公文.

tests/import_exports/cms-export.csv is a list export as old CMS write them: Chinese headers with a
序号 column, HTML bodies with ``<p style=…>``, ``&nbsp;``, 「　　」 indents, Word's ``<o:p>``, a
``<table>`` with a cell merged down, a relative ``<img>``, a ``<script>``, an ``<iframe>`` video,
附件 as ``<a href="….pdf">`` links, 发布日期 like 2024-04-06 16:34, 有效性 as 有效 / 部分失效, a blank
row, a row repeating an earlier 索引号, and columns no field takes (浏览次数, 所属栏目).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import shutil
from pathlib import Path

import pytest
import yaml

from gongkai.build import check_site, render_site
from gongkai.cli import main
from gongkai.documents.facts import KEY as DOCUMENTS
from gongkai.errors import BuildFailed

from .conftest import TESTS

EXPORT = TESTS / "import_exports" / "cms-export.csv"
FIRE = "009315877-2024-00733"  # 索引号 009315877/2024-00733
RULES = "art-1229-77"  # no 索引号: named after its old address …/art_1229_77.html
REPORT = "1585729837-zfb-2023-0000060"


def run_import(root: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["import", "documents", *args, "--site", str(root)])
    out = capsys.readouterr()
    return code, out.out, out.err


def load(root: Path, slug: str) -> dict[str, object]:
    data = yaml.safe_load((root / "content" / "documents" / f"{slug}.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_rows_become_files_with_values_as_published(sample_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_import(sample_root, capsys, str(EXPORT))
    assert code == 0
    fire = load(sample_root, FIRE)
    assert fire["title"] == "示例县人民政府办公室关于做好2024年清明节期间森林防火工作的通知"
    assert fire["publisher"] == "zfb"  # the registry's full_name 示例县人民政府办公室
    assert fire["written"] == dt.date(2024, 4, 3)
    assert fire["published"] == "2024-04-06 16:34"
    assert fire["validity"] == "有效"  # as published; the model maps it to 现行有效
    assert fire["index_no"] == "009315877/2024-00733"
    assert fire["original_url"] == "http://www.example.gov.cn/zwgk/tzgg/202404/t20240406_512345.html"
    assert fire["attachments"] == [
        {
            "title": "附件1：县级森林防火责任人名单.pdf",
            "url": "http://www.example.gov.cn/uploads/2024/04/P020240406.pdf",
        },
        {"title": "附件2：火情报告表.doc", "url": "http://www.example.gov.cn/uploads/2024/04/P020240407.doc"},
    ]
    assert fire["extra"] == {"序号": "1", "浏览次数": "1,024", "所属栏目": "通知公告"}
    report = load(sample_root, REPORT)
    assert report["written"] == dt.date(2024, 1, 20) and report["published"] == dt.date(2024, 1, 25)
    assert report["publisher"] == "某某街道办事处"  # unknown: kept as written for check to name
    assert report["body"] == "现将2023年度报告予以公布。\n\n特此公告。"
    assert "新建 3 个文件，更新 0 个，内容未变 0 个，跳过 1 行" in out
    assert "第 6 行：索引号与第 2 行相同（009315877/2024-00733），未重复导入" in out
    assert "读取 5 行，其中空白 1 行" in out


def test_missing_metadata_stays_absent(sample_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """No 内容概述 written from the title, no 成文日期 taken from the 发布日期, no 有效性 default."""
    _, out, _ = run_import(sample_root, capsys, str(EXPORT))
    rules = load(sample_root, RULES)
    assert "written" not in rules and rules["published"] == "2017-05-12 09:05"
    for data in (rules, load(sample_root, FIRE), load(sample_root, REPORT)):
        assert "summary" not in data and "category" not in data
    assert "topic" not in rules
    assert "缺少必填字段 “内容概述”：3 行（第 2、3、5 行）" in out
    assert "缺少必填字段 “成文日期”：1 行（第 3 行）" in out
    assert "发布机构不在机构名录中" in out and "某某街道办事处（第 5 行）" in out


def test_html_body_is_sanitised_markdown(sample_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run_import(sample_root, capsys, str(EXPORT))
    body = str(load(sample_root, FIRE)["body"])
    assert body.startswith("各乡镇人民政府、街道办事处，县政府各部门：\n\n为切实做好清明节期间森林防火工作")
    for gone in ("<", "style", "script", "_hmt", "onerror", "\u3000\u3000", "\xa0", "&nbsp;"):
        assert gone not in body
    assert "**一、压实防火责任**" in body
    assert "1\\. 各乡镇要落实\\*网格化\\*管理责任。" in body  # a paragraph, not a list; asterisks kept
    # The cell merged down over two rows leaves an empty cell so 县林业局 stays under 责任单位.
    assert (
        "| 片区 | 责任单位 | 联系电话 |\n| --- | --- | --- |\n| 东部片区 | 县应急局 | 示例 |\n|  | 县林业局 | 示例 |"
        in body
    )
    # The site's CSP forbids requests to other hosts: the image becomes a link to it.
    assert "[图片：森林防火示意图](http://www.example.gov.cn/uploads/2024/04/fhsy.jpg)" in body
    assert body.endswith("示例县人民政府办公室\n\n2024年4月3日")
    rules = str(load(sample_root, RULES)["body"])
    assert "[嵌入内容：https://v.example.gov.cn/player?id=88](https://v.example.gov.cn/player?id=88)" in rules


def test_summary_names_every_column_and_what_sanitising_removed(
    sample_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run_import(sample_root, capsys, str(EXPORT))
    with EXPORT.open(encoding="utf-8-sig") as f:
        header = next(csv.reader(f))
    for column in header:
        assert re.search(rf"^  {re.escape(column)}：", out, re.M), column
    assert "  发布日期：发布日期 published（列名；3 行有值）" in out
    assert "  内容：正文 body（列名；4 行有值）" in out
    assert "  浏览次数：保留在 extra，页面按列名显示（没有对应的字段；3 行有值）" in out
    assert "<script> 1 处（第 2 行）" in out and "事件属性（on…） 1 处（第 2 行）" in out
    assert "远程图片改为指向原图的链接：1 处（第 2 行）" in out
    assert "表格有向下合并的单元格（rowspan），已补空格使各列对齐，请核对：1 处（第 2 行）" in out


def test_imported_page_builds_and_requests_nothing_from_other_hosts(
    sample_root: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """With what the export lacked supplied by the editor, the imported document builds."""
    mapping = tmp_path / "map.yaml"
    mapping.write_text("columns:\n  序号: 不导入\nset:\n  category: '20-15'\n", encoding="utf-8")
    run_import(sample_root, capsys, str(EXPORT), str(mapping))
    path = sample_root / "content" / "documents" / f"{FIRE}.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "summary: 部署清明节期间森林防火工作。\n", encoding="utf-8")
    for slug in (RULES, REPORT):
        (sample_root / "content" / "documents" / f"{slug}.yaml").unlink()
    built = render_site(sample_root)
    entry = next(e for e in built.linked.of(DOCUMENTS).published if e.slug == FIRE)
    assert (entry.model.validity, entry.model.validity_as_published) == ("现行有效", "有效")
    page = next(p for p in built.output.pages if p.url.endswith(f"/{FIRE}/"))
    assert "<script" not in page.html.split("<main", 1)[1].split("</main>", 1)[0]
    assert not re.search(r"<(?:img|iframe|video)[^>]+src=\"https?://", page.html)
    assert '<a href="http://www.example.gov.cn/uploads/2024/04/fhsy.jpg">图片：森林防火示意图</a>' in page.html
    assert "序号" not in page.html and "浏览次数" in page.html


def test_reimport_updates_and_never_duplicates(
    sample_root: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    run_import(sample_root, capsys, str(EXPORT))
    folder = sample_root / "content" / "documents"
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    _, out, _ = run_import(sample_root, capsys, str(EXPORT))
    assert "新建 0 个文件，更新 0 个，内容未变 3 个" in out
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    # An editor supplies the 内容概述; the CMS corrects a title and a count; the export is read again.
    fire = folder / f"{FIRE}.yaml"
    fire.write_text(fire.read_text(encoding="utf-8") + "summary: 部署清明节期间森林防火工作。\n", encoding="utf-8")
    changed = tmp_path / "again.csv"
    text = EXPORT.read_text(encoding="utf-8-sig")
    changed.write_text(text.replace('"1,024"', '"1,100"').replace("行政执法公示办法", "行政执法公示制度"), "utf-8-sig")
    _, out, _ = run_import(sample_root, capsys, str(changed))
    assert "新建 0 个文件，更新 2 个，内容未变 1 个" in out
    assert sorted(p.name for p in folder.iterdir()) == sorted(before)
    assert load(sample_root, FIRE)["summary"] == "部署清明节期间森林防火工作。"  # the editor's field kept
    assert load(sample_root, FIRE)["extra"] == {"序号": "1", "浏览次数": "1,100", "所属栏目": "通知公告"}
    assert "行政执法公示制度" in str(load(sample_root, RULES)["title"])  # matched by its old address


def test_mapping_file_names_columns_values_and_site_decisions(
    sample_root: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    export = tmp_path / "export.csv"
    export.write_text(
        "信息名称,发文日期,公开日期,信息来源,栏目,点击量,文章地址\n"
        "关于开展安全生产大检查的通知,2024-03-01,2024-03-04,县应急局,通知公告,9,http://x.gov.cn/a/1.html\n",
        encoding="utf-8",
    )
    mapping = tmp_path / "map.yaml"
    mapping.write_text(
        "columns:\n  信息来源: 发布机构\n  栏目: category\n  点击量: 不导入\n  文章地址: original_url\n  旧列: title\n"
        "values:\n  category: {通知公告: '20-15'}\n"
        "set:\n  disclosure: 主动公开\n",
        encoding="utf-8",
    )
    code, out, _ = run_import(sample_root, capsys, str(export), str(mapping))
    assert code == 0
    data = load(sample_root, "1")
    assert data["title"] == "关于开展安全生产大检查的通知"  # 信息名称: a built-in header word
    assert data["written"] == dt.date(2024, 3, 1) and data["published"] == dt.date(2024, 3, 4)
    assert (data["publisher"], data["category"], data["disclosure"]) == ("yjj", "20-15", "主动公开")
    assert "extra" not in data
    assert "  点击量：不导入（映射文件指定；1 行有值，未写入）" in out
    assert "  信息来源：发布机构 publisher（映射文件指定；1 行有值）" in out
    assert "映射文件 columns 中有、导出文件中没有的列：旧列" in out
    assert "按映射文件 values 改写：公开类别“通知公告”→“20-15”，1 行" in out
    assert "映射文件为每一行指定：公开属性 disclosure = '主动公开'" in out


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("columns:\n  栏目: 栏目名称\n", "映射文件columns 中 “栏目” 的值 “栏目名称” 不是公文的字段"),
        ("colums: {}\n", "映射文件 map.yaml 中有未知的键 “colums”"),
        ("base_url: www.x.gov.cn\n", "映射文件 base_url 应以 http:// 或 https:// 开头"),
    ],
)
def test_mapping_file_mistakes_are_usage_errors(
    sample_root: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str, message: str
) -> None:
    mapping = tmp_path / "map.yaml"
    mapping.write_text(text, encoding="utf-8")
    code, _, err = run_import(sample_root, capsys, str(EXPORT), str(mapping))
    assert code == 2 and message in err
    assert not list((sample_root / "content" / "documents").glob("0*.yaml"))


def test_json_export_with_attachment_objects_and_relative_links(
    sample_root: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    export = tmp_path / "export.json"
    record = {
        "title": "关于调整城乡居民医保缴费标准的通知",
        "docNo": "示医保发〔2023〕12号",
        "publishDate": "2023-10-08 10:00:00",
        "content": '<p>详见<a href="/files/2023/jfbz.pdf">缴费标准表</a>。</p><p><img src="data:image/png;base64,iVBOR"></p>',
        "attachments": [{"name": "缴费标准表.pdf", "url": "/files/2023/jfbz.pdf"}],
    }
    export.write_text(json.dumps({"total": 1, "data": [record]}, ensure_ascii=False), encoding="utf-8")
    mapping = tmp_path / "map.yaml"
    mapping.write_text("columns:\n  docNo: number\n  publishDate: published\n", encoding="utf-8")
    _, out, _ = run_import(sample_root, capsys, str(export), str(mapping))
    data = load(sample_root, "doc-2023-10-08")
    assert data["published"] == "2023-10-08 10:00" and data["number"] == "示医保发〔2023〕12号"
    # No old address and no base_url: a relative address cannot be made whole, so it stays visible as text.
    assert data["body"] == ("详见缴费标准表（原链接：/files/2023/jfbz.pdf）。\n\n［图片（原文为内嵌图片，未能导入）］")
    assert data["attachments"] == [{"title": "缴费标准表.pdf"}]
    assert data["extra"] == {"attachments": '{"name": "缴费标准表.pdf", "url": "/files/2023/jfbz.pdf"}'}  # as exported
    assert "第 1 条：/files/2023/jfbz.pdf、/files/2023/jfbz.pdf" in out
    assert "内嵌图片（data:）无法导入" in out
    mapping.write_text(mapping.read_text(encoding="utf-8") + "base_url: http://www.example.gov.cn/\n", "utf-8")
    _, out, _ = run_import(sample_root, capsys, str(export), str(mapping))
    data = load(sample_root, "doc-2023-10-08")
    assert data["attachments"] == [{"title": "缴费标准表.pdf", "url": "http://www.example.gov.cn/files/2023/jfbz.pdf"}]
    assert "extra" not in data  # the cell is carried whole now: its kept copy goes
    assert "[缴费标准表](http://www.example.gov.cn/files/2023/jfbz.pdf)" in str(data["body"])
    assert "新建 0 个文件，更新 1 个" in out  # same title and 文号: the same document


def test_xlsx_export_with_date_cells(sample_root: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["政府信息公开目录导出"])  # a title row above the header
    sheet.append(["文件名称", "发文字号", "成文日期", "发布时间", "效力状态", "正文"])
    sheet.append(
        [
            "关于印发某某办法的通知",
            "示政发〔2020〕5号",
            dt.datetime(2020, 6, 1),
            dt.datetime(2020, 6, 5, 16, 34),
            "失效",
            "正文。",
        ]
    )
    export = tmp_path / "导出.xlsx"
    book.save(export)
    run_import(sample_root, capsys, str(export))
    data = load(sample_root, "doc-2020-06-01")
    assert (data["written"], data["published"], data["validity"]) == (dt.date(2020, 6, 1), "2020-06-05 16:34", "失效")


def test_unreadable_export_is_a_usage_error(
    sample_root: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "export.xlsx"
    bad.write_bytes(b"not a workbook")
    code, _, err = run_import(sample_root, capsys, str(bad))
    assert code == 2 and "无法读取 export.xlsx" in err
    code, _, err = run_import(sample_root, capsys, str(tmp_path / "export.docx"))
    assert code == 2 and "只能导入 .csv、.xlsx、.json 或 .jsonl 导出文件" in err


def test_check_reports_what_the_summary_announced(sample_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run_import(sample_root, capsys, str(EXPORT))
    with pytest.raises(BuildFailed) as failed:
        check_site(sample_root)
    said = {(e.path.rsplit("/", 1)[-1], e.zh) for e in failed.value.errors}
    assert (f"{RULES}.yaml", "缺少必填字段 “成文日期”") in said
    assert (f"{FIRE}.yaml", "缺少必填字段 “内容概述”") in said


def test_import_leaves_the_task_table_import_alone(sample_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_import(sample_root, capsys)
    assert code == 2 and "import documents 导出文件" in err
    shutil.rmtree(sample_root / "content" / "documents")
    code = main(["import", str(EXPORT), "--site", str(sample_root)])
    assert code == 2 and "任务分解表" in capsys.readouterr().err


def test_worked_migration_in_the_docs_is_what_the_import_prints(
    sample_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """docs/content-format.md shows the summary and the file of its worked migration: both as run."""
    docs = (TESTS.parent / "docs" / "content-format.md").read_text(encoding="utf-8")

    def block(name: str) -> str:
        found = re.search(rf"<!-- {name} -->\n```\w+\n(.*?)```\n<!-- /{name} -->", docs, re.S)
        assert found, name
        return found[1]

    examples = TESTS.parent / "docs" / "examples"
    code, out, _ = run_import(sample_root, capsys, str(examples / "cms-export.csv"), str(examples / "import-map.yaml"))
    assert code == 0
    assert out == block("import-summary")
    written = (sample_root / "content" / "documents" / "009315877-2024-00733.yaml").read_text(encoding="utf-8")
    assert written == block("import-file")
    mapping = (examples / "import-map.yaml").read_text(encoding="utf-8")
    assert mapping.split("\n", 1)[1] in docs  # the mapping file shown is the one used


def test_docs_list_every_built_in_header_word() -> None:
    from gongkai.documents.column_map import HEADER_WORDS

    docs = (TESTS.parent / "docs" / "content-format.md").read_text(encoding="utf-8")
    table = docs.split("**Columns → fields.**", 1)[1].split("A field the model gains later", 1)[0]
    for field, words in HEADER_WORDS.items():
        if field == "register_no":
            continue  # imported once the model has the field
        for word in words:
            assert re.search(rf"[|,;] {re.escape(word)}[,;| ]", table), (field, word)


def test_control_characters_pasted_from_word_do_not_reach_the_file(
    sample_root: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    export = tmp_path / "export.csv"
    export.write_text("标题,成文日期,正文\n关于\x07某某的通知,2024-01-02,第一段\x0b第二段\n", encoding="gbk")
    code, _, _ = run_import(sample_root, capsys, str(export))
    data = load(sample_root, "doc-2024-01-02")
    assert code == 0 and data["title"] == "关于某某的通知" and data["body"] == "第一段\n\n第二段"
