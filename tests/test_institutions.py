"""机构职能 from organizations.yaml: profiles, the overview, each organisation's page, the 指南's office."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from gongkai import urls
from gongkai.build import build_site, check_site
from gongkai.errors import BuildFailed
from gongkai.institutions import KEY as INSTITUTIONS

from .conftest import SAMPLE

Project = Callable[[dict[str, str]], Path]
ORGS = (SAMPLE / "content" / "organizations.yaml").read_text(encoding="utf-8")
SITE = (SAMPLE / "site.yaml").read_text(encoding="utf-8")


def errors_of(root: Path) -> list[str]:
    with pytest.raises(BuildFailed) as failed:
        check_site(root)
    return [f"{e.path}:{e.line}: {e.field}: {e.zh}" for e in failed.value.errors]


def test_heads_on_the_build_date_and_their_history() -> None:
    linked, _ = check_site(SAMPLE)
    profile = linked.of(INSTITUTIONS).profiles["sfj"]
    assert [leader.name for leader in profile.current] == ["张示例"]
    assert [leader.name for leader in profile.history] == ["李示例"]
    assert set(linked.of(INSTITUTIONS).profiles) == {"sfj"}, "organisations without data have no profile"
    earlier, _ = check_site(SAMPLE, today=dt.date(2023, 12, 1))
    assert [leader.name for leader in earlier.of(INSTITUTIONS).profiles["sfj"].current] == ["李示例"]


def test_overview_and_organisation_page() -> None:
    output, _ = build_site(SAMPLE)
    overview = (output.get(urls.category("20-2")) or b"").decode()
    assert "<h1>机构职能</h1>" in overview and "部门（1 个）" in overview
    row = overview[overview.index('href="../../../zfxxgk/zrdw/sfj/"') :]
    row = row[: row.index("</tr>")]
    assert "局长：张示例" in row and "示例县示例路2号" in row and row.count("（示例）") == 3
    page = (output.get(urls.organization("sfj")) or b"").decode()
    profile = page[page.index('id="profile-title"') : page.index('id="tasks-title"')]
    for text in ("负责全县行政规范性文件的合法性审核", "行政复议与应诉科", "主持全面工作。", "历任负责人", "李示例"):
        assert text in profile, text
    assert '<th scope="row">邮政编码</th><td>250000</td>' in profile
    other = (output.get(urls.organization("zfb")) or b"").decode()
    assert 'id="profile-title"' not in other, "no empty 机构职能 section"
    proactive = (output.get(urls.PROACTIVE) or b"").decode()
    assert '机构职能</a> <span class="count">（1 个机构）</span>' in proactive


@pytest.mark.parametrize(
    ("orgs", "fragment"),
    [
        (
            ORGS.replace("- id: gxzj\n", "- id: gxzj\n  address: 某地\n"),
            "kind: “各乡镇人民政府、街道办事处” 的类别为 “统称”",
        ),
        (
            ORGS + "- id: x\n  name: 某局\n  kind: 部门\n  leaders:\n    - name: 王某\n      title: 局长\n"
            "      since: 2020-01-01\n      until: 2019-01-01\n",
            "[5].leaders[0]: 离任日期 2019-01-01 早于任职日期 2020-01-01",
        ),
        (ORGS.replace("  sample_fields: [leaders, address, phone]", "  sample_fields: [adress]"), "sample_fields[0]"),
    ],
)
def test_profile_errors_are_located(make_project: Project, orgs: str, fragment: str) -> None:
    errors = errors_of(make_project({"content/organizations.yaml": orgs}))
    assert any(e.startswith("content/organizations.yaml:") and fragment in e for e in errors), errors


def test_the_guide_reads_the_office_from_its_organisation(make_project: Project) -> None:
    office = "office:\n  name: 示例县司法局\n  org: sfj\n  fax: 0531-0000001\n  email: zwgk@example.gov.cn\n"
    # site.yaml marks only what it writes itself; the rest comes with the organisation's marks.
    samples = "sample_fields: [site_id_code, icp, police_record, office.fax, office.email]\n"
    site = SITE[: SITE.index("office:")] + office + samples
    root = make_project({"site.yaml": site})
    output, _ = build_site(root)
    guide = (output.get(urls.GUIDE) or b"").decode()
    table = guide[guide.index('<table class="contact">') :]
    assert '<td>示例县示例路2号<span class="sample"' in table, "the organisation's 示例 mark travels with it"
    assert "<td>周一至周五 9:00—17:00（法定节假日除外）</td>" in table
    footer = guide[guide.index('<footer class="site-footer">') :]
    assert "示例县示例路2号" in footer


def test_office_data_missing_everywhere_is_an_error(make_project: Project) -> None:
    office = "office:\n  name: 示例县人民政府办公室\n  org: zfb\n"
    site = SITE[: SITE.index("office:")] + office + "sample_fields: [site_id_code]\n"
    errors = errors_of(make_project({"site.yaml": site}))
    assert any(
        e.startswith("site.yaml:")
        and "office.org: 政府信息公开工作机构缺少：办公地址、邮政编码、办公时间、联系电话、传真（条例第十二条）" in e
        for e in errors
    ), errors
    assert any(e.startswith("site.yaml:") and "office.org: 政府信息公开工作机构须有互联网联系方式" in e for e in errors)


def test_office_without_org_must_be_complete(make_project: Project) -> None:
    site = SITE.replace("  fax: 0531-0000001\n", "")
    errors = errors_of(make_project({"site.yaml": site}))
    assert any(e.startswith("site.yaml:") and "政府信息公开工作机构缺少：传真" in e for e in errors), errors
