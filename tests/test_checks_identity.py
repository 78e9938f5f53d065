"""Identity codes: GB 32100 / GB 11714 check characters and the forms of the site's codes."""

from __future__ import annotations

import pytest

from gongkai.checks.identity import (
    credit_code_check_char,
    credit_code_problem,
    icp_problem,
    police_problem,
    site_id_problem,
)


@pytest.mark.parametrize(
    "code",
    [
        "11370306004220545G",  # 周村区人民政府 (published as its 索引号 prefix)
        "11341702486344515H",  # 宁国市商务局 (standards.md §6.2)
    ],
)
def test_real_codes_pass(code: str) -> None:
    assert credit_code_problem(code) == ""


def test_wrong_check_character_names_the_expected_one() -> None:
    assert credit_code_check_char("11370306004220545") == "G"
    assert credit_code_problem("11370306004220545H") == (
        "第 18 位校验码应为 “G”（按 GB 32100—2015 由前 17 位计算），实际为 “H”"
    )


def test_other_credit_code_problems() -> None:
    assert "18 位" in credit_code_problem("1137030600422054")
    assert "“I”" in credit_code_problem("1137030600422054IG")
    assert "GB 11714" in credit_code_problem("113700000000000010")


@pytest.mark.parametrize(
    ("value", "ok"),
    [("3703060001", True), ("bm55000001", True), ("0000000000", False), ("370306001", False), ("bm5500001", False)],
)
def test_site_id_code(value: str, ok: bool) -> None:
    assert (site_id_problem(value) == "") is ok


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("鲁ICP备12345678号-1", True),
        ("京ICP备19014889号", True),
        ("粤ICP备2022012345号-3", True),
        ("鲁ICP证12345678号", False),  # 经营性 licence, not a 备案号
        ("ICP备12345678号", False),
        ("鲁ICP备12345678", False),
        ("鲁ICP备12345678号-0", False),
    ],
)
def test_icp(value: str, ok: bool) -> None:
    assert (icp_problem(value) == "") is ok


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("鲁公网安备 37030602000123号", True),
        ("京公网安备11010202008000号", True),
        ("鲁公网安备 11010202008000号", False),  # 鲁 is 37
        ("鲁公网安备3703060200012号", False),  # 13 digits
        ("公网安备37030602000123号", False),
    ],
)
def test_police_record(value: str, ok: bool) -> None:
    assert (police_problem(value) == "") is ok
