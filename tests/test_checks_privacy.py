"""Personal numbers: what is flagged, what never is, masking, and reasoned exceptions."""

from __future__ import annotations

from pathlib import Path

import pytest

from gongkai.build import check_site
from gongkai.checks.privacy import find_personal_numbers, is_id_card, luhn, mask, mask_all, normalize
from gongkai.errors import BuildFailed

ID18 = "370102199003071238"  # province 37, born 1990-03-07, GB 11643 check character 8
CARD = "6222020000000000018"  # 19 digits, Luhn-valid


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        (f"身份证号{ID18}。", "id-card", ID18),
        ("身份证 37010219900307123x", "id-card", None),  # wrong check character: not an ID card
        ("旧身份证 370102900307123", "id-card", "370102900307123"),
        ("手机13812345678", "mobile", "13812345678"),
        ("手机 138-1234-5678", "mobile", "138-1234-5678"),
        ("手机 138 1234 5678", "mobile", "138 1234 5678"),
        ("电话 +86 138 1234 5678", "mobile", "+86 138 1234 5678"),
        (f"卡号 {CARD}", "bank-card", CARD),
        ("卡号 6222 0200 0000 0000 018", "bank-card", "6222 0200 0000 0000 018"),
    ],
)
def test_personal_numbers_are_found(text: str, kind: str, found: str | None) -> None:
    hits = [(f.kind, f.text) for f in find_personal_numbers(text)]
    assert hits == ([(kind, found)] if found else [])


@pytest.mark.parametrize(
    "text",
    [
        "周政办字〔2020〕27号",  # 文号
        "11370306004220545G",  # 统一社会信用代码
        "113715000000000003",  # an all-digit 统一社会信用代码: not an ID card, not a bank card
        "索引号 11370306004220545G/2020-00001",
        "电话 0533-6180000，传真 0533-6180001",  # office telephone numbers
        "2020年7月28日、2020-07-28、20200728",  # dates
        "鲁公网安备37030602000123号",  # 14 digits
        "0000000000000000",  # a placeholder, not a card
        "编号 A13812345678、X13812345678Y",  # numbers glued to letters are codes, not phone numbers
    ],
)
def test_codes_dates_and_office_numbers_are_not_flagged(text: str) -> None:
    assert find_personal_numbers(text) == []


def test_checkers() -> None:
    assert is_id_card(ID18) and not is_id_card(ID18[:-1] + "9")
    assert not is_id_card("990102199003071238")  # 99 is no province
    assert not is_id_card("370102199013071238")  # month 13
    assert luhn(CARD) and not luhn(CARD[:-1] + "9")


def test_masking_keeps_three_and_four() -> None:
    assert mask("13812345678") == "138****5678"
    assert normalize("+86 138-1234-5678") == "13812345678"
    assert mask_all(f"手机13812345678，身份证{ID18}") == "手机138****5678，身份证370***********1238"


def test_exception_turns_off_one_number_in_one_file(make_project) -> None:  # type: ignore[no-untyped-def]
    guide = (Path(__file__).parent / "sample_site/content/guide.yaml").read_text(encoding="utf-8")
    guide = guide.replace("提出申请。", "提出申请。值班手机 138 0000 0000。")
    root = make_project({"content/guide.yaml": guide})
    with pytest.raises(BuildFailed) as failed:
        check_site(root)
    (error,) = failed.value.errors
    assert (error.path, error.code) == ("content/guide.yaml", "privacy.mobile")
    assert "138****0000" in error.zh and "13800000000" not in str(error) and "138 0000 0000" not in str(error)
    site = (root / "site.yaml").read_text(encoding="utf-8")
    exception = '\nprivacy_exceptions:\n  - file: content/guide.yaml\n    value: "13800000000"\n    reason: 值班手机作为服务热线公布\n'
    (root / "site.yaml").write_text(site + exception, encoding="utf-8")
    _, problems = check_site(root, strict=True)
    assert problems.items == []
    # The same number in another file is still an error.
    doc = root / "content/documents/2024-tz.yaml"
    doc.write_text(doc.read_text(encoding="utf-8") + "  联系 13800000000。\n", encoding="utf-8")
    with pytest.raises(BuildFailed) as failed:
        check_site(root)
    assert [e.path for e in failed.value.errors] == ["content/documents/2024-tz.yaml"]
