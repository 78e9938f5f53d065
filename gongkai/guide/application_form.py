"""The 政府信息公开申请表 as data: one grid of cells that both the DOCX and the printable page draw.

The fields are what 条例 第二十九条 asks an application to contain (standards.md §2.4): who
applies (姓名或者名称, 身份证明, 联系方式), which information (名称, 文号 or another description)
and in what form (获取方式, 载体); plus the customary 用途 (optional since the 2019 revision),
a fee line (条例 第四十二条, 国办函〔2020〕109号, standards.md §2.5), signature and date. The
receiving office and its contact details come from site.yaml's ``office``; a value listed in
``sample_fields`` carries 「（示例）」 on paper as on the web. Nothing here reads the clock.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..models import Guide, SiteConfig

TITLE = "政府信息公开申请表"
COLUMNS = 6
"""Section | 公民/法人 | label | blank | label | blank."""
SAMPLE_MARK = "（示例）"
SAMPLE_NOTE = "标有“示例”的联系方式为示例数据，不是该机关公布的信息。"


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell of the form grid; a header is a printed label, anything else is left to fill in."""

    text: str = ""
    header: bool = False
    rowgroup: bool = False
    """A section heading (申请人信息 …) that labels every row of its section."""
    colspan: int = 1
    rowspan: int = 1
    hint: str = ""
    """Small print under a label, e.g. 「选填」."""
    lines: int = 1
    """How many lines of handwriting a blank cell leaves room for."""


@dataclass(frozen=True, slots=True)
class Contact:
    """One line of the receiving office's details."""

    label: str
    value: str
    sample: bool


@dataclass(frozen=True, slots=True)
class ApplicationForm:
    """Everything the two renderings print, in order."""

    title: str
    government: str
    office: str
    office_sample: bool
    sections: tuple[tuple[tuple[Cell, ...], ...], ...]
    """Row groups: 申请人信息, 所需政府信息, 获取方式, then the signature row."""
    contacts: tuple[Contact, ...]
    notes: tuple[str, ...]
    online_url: str | None
    online_sample: bool
    guide_updated: dt.date

    @property
    def rows(self) -> tuple[tuple[Cell, ...], ...]:
        return tuple(row for section in self.sections for row in section)

    @property
    def sample_note(self) -> str:
        """A sentence explaining the 「（示例）」 marks, when there are any."""
        marked = self.office_sample or self.online_sample or any(c.sample for c in self.contacts)
        return SAMPLE_NOTE if marked else ""

    @property
    def source_line(self) -> str:
        """Which guide the form was made from, so a printed copy can be matched to its version."""
        d = self.guide_updated
        return f"本表依据{self.government}政府信息公开指南（{d.year}年{d.month}月{d.day}日更新）生成。"


def _label(text: str, hint: str = "", colspan: int = 1) -> Cell:
    return Cell(text, header=True, colspan=colspan, hint=hint)


def _blank(colspan: int = 1, lines: int = 1, text: str = "") -> Cell:
    return Cell(text, colspan=colspan, lines=lines)


def _pair(a: str, b: str) -> tuple[Cell, ...]:
    return (_label(a), _blank(), _label(b), _blank())


def _wide(label: str, hint: str = "", lines: int = 1, text: str = "") -> tuple[Cell, ...]:
    return (_label(label, hint), _blank(3, lines, text))


def _applicant_rows() -> list[tuple[Cell, ...]]:
    citizen = [
        _wide("姓名"),
        _pair("证件类型", "证件号码"),
        _pair("联系电话", "邮政编码"),
        _wide("通信地址"),
        _wide("电子邮箱"),
    ]
    organisation = [
        _wide("名称"),
        _wide("统一社会信用代码"),
        _pair("法定代表人或者负责人", "联系人姓名"),
        _pair("联系电话", "邮政编码"),
        _wide("通信地址"),
        _wide("电子邮箱"),
    ]
    section = Cell("申请人信息", header=True, rowgroup=True, rowspan=len(citizen) + len(organisation))
    rows = [(section, Cell("公民", header=True, rowspan=len(citizen)), *citizen[0])]
    rows += citizen[1:]
    rows.append((Cell("法人或者其他组织", header=True, rowspan=len(organisation)), *organisation[0]))
    rows += organisation[1:]
    return rows


def _information_rows() -> list[tuple[Cell, ...]]:
    rows: list[tuple[Cell, ...]] = [
        (_label("内容描述", "所需政府信息的名称，或者便于查询的其他特征性描述", colspan=2), _blank(3, lines=5)),
        (_label("文号或者索引号", "选填", colspan=2), _blank(3)),
        (_label("用途说明", "选填，不填写不影响申请", colspan=2), _blank(3, lines=2)),
    ]
    section = Cell("所需政府信息", header=True, rowgroup=True, rowspan=len(rows))
    return [(section, *rows[0]), *rows[1:]]


def _delivery_rows() -> list[tuple[Cell, ...]]:
    rows: list[tuple[Cell, ...]] = [
        (
            _label("获取信息的方式", colspan=2),
            _blank(3, text="□ 邮寄　□ 电子邮件　□ 传真　□ 自行领取　□ 当场阅读、抄录"),
        ),
        (_label("信息的载体形式", colspan=2), _blank(3, text="□ 纸质文本　□ 电子文本　□ 其他：")),
        (_label("是否申请减免费用", colspan=2), _blank(3, text="□ 申请（请写明理由）　□ 不申请", lines=2)),
    ]
    section = Cell("获取方式", header=True, rowgroup=True, rowspan=len(rows))
    return [(section, *rows[0]), *rows[1:]]


def form_sections() -> tuple[tuple[tuple[Cell, ...], ...], ...]:
    """The grid by row group, in HTML's rowspan convention (a spanned slot is simply left out)."""
    signature = (
        _label("申请人签名（盖章）", colspan=3),
        _blank(lines=2),
        _label("申请日期"),
        _blank(text="年　　月　　日"),
    )
    return (tuple(_applicant_rows()), tuple(_information_rows()), tuple(_delivery_rows()), (signature,))


def placed(rows: tuple[tuple[Cell, ...], ...]) -> list[tuple[int, int, Cell]]:
    """(row, column, cell) for every cell, skipping the slots that cells above span into."""
    taken: set[tuple[int, int]] = set()
    out = []
    for r, row in enumerate(rows):
        c = 0
        for cell in row:
            while (r, c) in taken:
                c += 1
            out.append((r, c, cell))
            taken |= {(r + i, c + j) for i in range(cell.rowspan) for j in range(cell.colspan)}
            c += cell.colspan
    return out


def _submission_note(config: SiteConfig) -> str:
    """Where the filled-in form can go: only the channels site.yaml gives (no made-up service)."""
    ways = ["当面提交", "邮寄至受理机构（请在信封左下角注明“政府信息公开申请”字样）", "传真至受理机构"]
    if config.office.email:
        ways.append("发送至受理机构的电子邮箱")
    note = "填好的申请表可以" + "，或者".join(ways) + "。"
    if config.online_application_url:
        note += "也可以通过“受理机构联系方式”中的在线申请网址提出申请。"
    return note


def application_form(config: SiteConfig, guide: Guide) -> ApplicationForm:
    """The form for this site: its office receives the applications."""
    office = config.office
    samples = set(config.sample_fields)
    details = [
        ("办公地址", office.address, "office.address"),
        ("邮政编码", office.postcode, "office.postcode"),
        ("办公时间", office.hours, "office.hours"),
        ("联系电话", office.phone, "office.phone"),
        ("传真号码", office.fax, "office.fax"),
        ("电子邮箱", office.email, "office.email"),
    ]
    contacts = tuple(Contact(label, value, path in samples) for label, value, path in details if value)
    notes = (
        "申请人应当如实填写本表并附身份证明：公民填写“公民”一栏，法人或者其他组织填写“法人或者其他组织”一栏"
        "（《中华人民共和国政府信息公开条例》第二十九条）。",
        "一份申请表尽量只填写一项所需政府信息，并尽量写明名称、文号等特征，便于准确查找。",
        _submission_note(config),
        "能够当场答复的，当场予以答复；不能当场答复的，自收到申请之日起20个工作日内予以答复（条例第三十三条）。",
        "行政机关依申请提供政府信息，不收取费用；申请公开政府信息的数量、频次明显超过合理范围的，"
        "可以收取信息处理费（条例第四十二条，国办函〔2020〕109号）。",
    )
    return ApplicationForm(
        title=TITLE,
        government=config.name,
        office=office.name,
        office_sample="office.name" in samples,
        sections=form_sections(),
        contacts=contacts,
        notes=notes,
        online_url=config.online_application_url,
        online_sample="online_application_url" in samples,
        guide_updated=guide.updated,
    )
