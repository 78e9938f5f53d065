"""The 政府信息公开申请表 (DOCX and printable page) and the guide's promises: only what exists."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from gongkai import urls
from gongkai.build import build, check_site
from gongkai.formats import ZIP_EPOCH
from gongkai.guide.application_form import application_form, form_sections, placed
from gongkai.guide.form_docx import form_docx

from .conftest import SAMPLE

LABELS = (
    "申请人信息",
    "公民",
    "法人或者其他组织",
    "姓名",
    "名称",
    "证件类型",
    "证件号码",
    "统一社会信用代码",
    "联系电话",
    "通信地址",
    "邮政编码",
    "电子邮箱",
    "所需政府信息",
    "内容描述",
    "文号或者索引号",
    "用途说明",
    "获取信息的方式",
    "信息的载体形式",
    "是否申请减免费用",
    "申请人签名（盖章）",
    "申请日期",
)
OFFICE = """\
office:
  name: 测试县人民政府办公室
  address: 测试省测试县府前街8号
  postcode: "123456"
  hours: 工作日 9:00—17:00
  phone: 0999-1234567
  fax: 0999-7654321
  email: gk@test.example.gov.cn
"""


def site_yaml(office: str = OFFICE, sample_fields: str = "[office.phone]", extra: str = "") -> str:
    """The sample site's site.yaml with another office block, 示例 list and extra keys."""
    text = (SAMPLE / "site.yaml").read_text(encoding="utf-8")
    head = text[: text.index("office:")]
    return head + office + extra + f"sample_fields: {sample_fields}\n"


def docx_text(data: bytes) -> tuple[list[str], list[str]]:
    """(paragraphs, distinct table cell texts) of a DOCX."""
    import docx

    document = docx.Document(io.BytesIO(data))
    cells = {c.text for row in document.tables[0].rows for c in row.cells}
    return [p.text for p in document.paragraphs], sorted(cells)


def test_form_docx_is_byte_identical_and_dated_by_the_guide() -> None:
    linked, _ = check_site(SAMPLE)
    config, guide = linked.site.config.model, linked.site.guide.model
    first = form_docx(application_form(config, guide))
    assert first == form_docx(application_form(config, guide))
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        assert {i.date_time for i in archive.infolist()} == {ZIP_EPOCH}
        core = archive.read("docProps/core.xml").decode("utf-8")
    assert f"{guide.updated.isoformat()}T00:00:00Z" in core  # never the clock
    later = form_docx(application_form(config, guide.model_copy(update={"updated": guide.updated.replace(year=2030)})))
    assert later != first


def test_form_has_every_field_of_the_usual_layout() -> None:
    linked, _ = check_site(SAMPLE)
    paragraphs, cells = docx_text(form_docx(application_form(linked.site.config.model, linked.site.guide.model)))
    labels = {c.split("\n")[0] for c in cells}
    assert set(LABELS) <= labels
    assert paragraphs[0] == "政府信息公开申请表"
    assert any(c.startswith("□ 邮寄") for c in cells) and any(c.startswith("□ 纸质文本") for c in cells)
    assert any("选填" in c for c in cells if c.startswith("用途说明"))
    # Every slot of the 6-column grid is covered exactly once.
    rows = tuple(row for section in form_sections() for row in section)
    slots = [(r + i, c + j) for r, c, cell in placed(rows) for i in range(cell.rowspan) for j in range(cell.colspan)]
    assert sorted(slots) == [(r, c) for r in range(len(rows)) for c in range(6)]


def test_form_prints_the_office_from_site_yaml_and_marks_samples(
    make_project: Callable[[dict[str, str]], Path], tmp_path: Path
) -> None:
    root = make_project({"site.yaml": site_yaml()})
    out = tmp_path / "out"
    build(root, out, search=False)
    paragraphs, _ = docx_text((out / urls.out_path(urls.APPLICATION_FORM_DOCX)).read_bytes())
    text = "\n".join(paragraphs)
    assert "受理机构：测试县人民政府办公室（示例县人民政府）" in text
    for line in ("办公地址：测试省测试县府前街8号", "邮政编码：123456", "传真号码：0999-7654321"):
        assert line + "\n" in text + "\n", line  # not sample: no mark
    assert "联系电话：0999-1234567（示例）" in text  # listed in sample_fields
    assert "标有“示例”的联系方式为示例数据" in text
    page = (out / urls.out_path(urls.APPLICATION_FORM)).read_text(encoding="utf-8")
    assert "测试省测试县府前街8号" in page and "0999-1234567" in page
    for label in LABELS:
        assert f">{label}<" in page or f">{label}<span" in page, label
    assert f'href="{urls.relative(urls.APPLICATION_FORM, urls.APPLICATION_FORM_DOCX)}"' in page
    assert "在线申请" not in page and "在线申请" not in text


def test_no_sample_note_when_nothing_is_sample(make_project: Callable[[dict[str, str]], Path]) -> None:
    root = make_project({"site.yaml": site_yaml(sample_fields="[]")})
    linked, _ = check_site(root)
    form = application_form(linked.site.config.model, linked.site.guide.model)
    paragraphs, _ = docx_text(form_docx(form))
    assert form.sample_note == "" and not any("（示例）" in p or "标有“示例”" in p for p in paragraphs)


def test_guide_offers_the_form_and_no_online_service_unless_configured(sample_root: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(sample_root, out, search=False)
    guide = (out / "zfxxgk/zn/index.html").read_text(encoding="utf-8")
    docx_link = urls.relative(urls.GUIDE, urls.APPLICATION_FORM_DOCX)
    assert f'href="{docx_link}" download="政府信息公开申请表.docx"' in guide
    assert f'href="{urls.relative(urls.GUIDE, urls.APPLICATION_FORM)}"' in guide
    assert "在线申请" not in guide
    assert (out / "zfxxgk/zn/sqb/zfxxgk-sqb.docx").read_bytes().startswith(b"PK")


def test_online_application_link_appears_when_site_yaml_names_one(
    make_project: Callable[[dict[str, str]], Path], tmp_path: Path
) -> None:
    url = "https://ysq.test.example.gov.cn/apply/"
    root = make_project(
        {"site.yaml": site_yaml(extra=f"online_application_url: {url}\n", sample_fields="[online_application_url]")}
    )
    out = tmp_path / "out"
    build(root, out, search=False)
    guide = (out / "zfxxgk/zn/index.html").read_text(encoding="utf-8")
    assert f'在线申请：<a href="{url}" rel="external">{url}</a><span class="sample"' in guide
    page = (out / urls.out_path(urls.APPLICATION_FORM)).read_text(encoding="utf-8")
    assert f'<a href="{url}" rel="external">' in page
    paragraphs, _ = docx_text((out / urls.out_path(urls.APPLICATION_FORM_DOCX)).read_bytes())
    assert f"在线申请：{url}（示例）" in paragraphs
    assert any("在线申请网址提出申请" in p for p in paragraphs)


@pytest.mark.parametrize(
    "value", ["http://ysq.example.gov.cn/", "ysq.example.gov.cn", "https://", "https://ysq example.gov.cn/"]
)
def test_online_application_url_must_be_https(
    value: str, make_project: Callable[[dict[str, str]], Path], capsys: pytest.CaptureFixture[str]
) -> None:
    from gongkai.cli import main

    root = make_project({"site.yaml": site_yaml(extra=f"online_application_url: {value}\n")})
    assert main(["check", "--site", str(root)]) == 1
    err = capsys.readouterr().err
    assert "online_application_url: 在线申请网址" in err and "https://" in err


def test_an_office_without_email_promises_no_mailbox(
    make_project: Callable[[dict[str, str]], Path], tmp_path: Path
) -> None:
    office = OFFICE.replace("  email: gk@test.example.gov.cn\n", "  website: https://www.example.gov.cn/\n")
    root = make_project({"site.yaml": site_yaml(office=office)})
    out = tmp_path / "out"
    build(root, out, search=False)
    for page in ("index.html", "zfxxgk/zn/index.html", "accessibility/index.html", "zfxxgk/zn/sqb/index.html"):
        assert "电子邮箱：" not in (out / page).read_text(encoding="utf-8").replace(">电子邮箱<", ""), page
    paragraphs, _ = docx_text((out / urls.out_path(urls.APPLICATION_FORM_DOCX)).read_bytes())
    assert not any(p.startswith("电子邮箱") or "电子邮箱。" in p for p in paragraphs)


def test_a_sample_field_must_name_a_filled_in_field(
    make_project: Callable[[dict[str, str]], Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """Otherwise the 示例 mark silently disappears from every page."""
    from gongkai.cli import main

    root = make_project({"site.yaml": site_yaml(sample_fields="[office.phone, conac_url]")})
    assert main(["check", "--site", str(root)]) == 1
    assert "示例字段 “conac_url” 在 site.yaml 中没有填写" in capsys.readouterr().err
