"""National reference lists the generator prints or validates against.

Sources are cited per list; see ../shared/standards.md for the full references.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Category:
    """One 主动公开 category of 条例 第二十条 / 第二十一条."""

    code: str
    slug: str
    short: str
    article: str
    text: str


# 条例 第二十条（一）–（十五）and 第二十一条 (standards.md §2.2). Short labels follow the
# sub-column names seen in practice (standards.md §1.3).
CATEGORIES: tuple[Category, ...] = (
    Category("20-1", "fgwj", "法规文件", "第二十条第（一）项", "行政法规、规章和规范性文件"),
    Category(
        "20-2", "jgzn", "机构职能", "第二十条第（二）项", "机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名"
    ),
    Category("20-3", "ghxx", "规划信息", "第二十条第（三）项", "国民经济和社会发展规划、专项规划、区域规划及相关政策"),
    Category("20-4", "tjxx", "统计信息", "第二十条第（四）项", "国民经济和社会发展统计信息"),
    Category(
        "20-5",
        "xzxk",
        "行政许可",
        "第二十条第（五）项",
        "办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果",
    ),
    Category(
        "20-6",
        "xzcf",
        "行政处罚和行政强制",
        "第二十条第（六）项",
        "实施行政处罚、行政强制的依据、条件、程序以及本行政机关认为具有一定社会影响的行政处罚决定",
    ),
    Category("20-7", "czyjs", "财政预决算", "第二十条第（七）项", "财政预算、决算信息"),
    Category("20-8", "sfxm", "行政事业性收费", "第二十条第（八）项", "行政事业性收费项目及其依据、标准"),
    Category("20-9", "zfcg", "政府采购", "第二十条第（九）项", "政府集中采购项目的目录、标准及实施情况"),
    Category("20-10", "zdxm", "重大建设项目", "第二十条第（十）项", "重大建设项目的批准和实施情况"),
    Category(
        "20-11",
        "msly",
        "民生领域",
        "第二十条第（十一）项",
        "扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况",
    ),
    Category("20-12", "yjgl", "应急管理", "第二十条第（十二）项", "突发公共事件的应急预案、预警信息及应对情况"),
    Category(
        "20-13",
        "jdjc",
        "监督检查",
        "第二十条第（十三）项",
        "环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况",
    ),
    Category(
        "20-14", "gwyzk", "公务员招考", "第二十条第（十四）项", "公务员招考的职位、名额、报考条件等事项以及录用结果"
    ),
    Category(
        "20-15",
        "qtxx",
        "其他主动公开信息",
        "第二十条第（十五）项",
        "法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息",
    ),
    Category(
        "21-1",
        "sxjxx",
        "市县重点信息",
        "第二十一条",
        "市政建设、公共服务、公益事业、土地征收、房屋征收、治安管理、社会救助等方面的政府信息",
    ),
    Category(
        "21-2",
        "xzxx",
        "乡镇重点信息",
        "第二十一条",
        "贯彻落实农业农村政策、农田水利工程建设运营、农村土地承包经营权流转、宅基地使用情况审核、土地征收、房屋征收、筹资筹劳、社会救助等方面的政府信息",
    ),
)
CATEGORY_BY_CODE = {c.code: c for c in CATEGORIES}
INSTITUTIONS = "20-2"
"""机构职能: its page lists the organisations' profiles as well as the documents filed under it."""

# Which 第二十一条 lists apply at which level (条例 第二十一条).
LEVEL_CATEGORIES = {"省级": (), "市级": ("21-1",), "县级": ("21-1",), "乡级": ("21-2",)}


def applicable_categories(level: str) -> frozenset[str]:
    """The categories a government of ``level`` publishes under: all of 第二十条, plus its 第二十一条 items."""
    return frozenset({c.code for c in CATEGORIES if c.code.startswith("20-")} | set(LEVEL_CATEGORIES[level]))


# 主题分类 as used by gov.cn (standards.md §6.4): 一级 → 二级.
TOPICS: dict[str, tuple[str, ...]] = {
    "国务院组织机构": (
        "国务院",
        "国务院办公厅",
        "国务院组成部门",
        "国务院直属特设机构",
        "国务院直属机构",
        "国务院办事机构",
        "国务院直属事业单位",
        "国务院部委管理的国家局",
        "国务院议事协调机构",
        "其他",
    ),
    "综合政务": ("政务公开", "政务督查", "应急管理", "电子政务", "文秘工作", "保密工作", "信访", "参事、文史", "其他"),
    "国民经济管理、国有资产监管": ("宏观经济", "经济体制改革", "统计", "物价", "国有资产监管", "重大建设项目", "其他"),
    "财政、金融、审计": ("财政", "税务", "银行", "货币（含外汇）", "证券", "保险", "社会信用体系建设", "审计", "其他"),
    "国土资源、能源": ("土地", "矿产", "水资源", "海洋", "煤炭", "石油与天然气", "电力", "其他"),
    "农业、林业、水利": ("农业、畜牧业、渔业", "林业", "水利", "其他"),
    "工业、交通": (
        "机械制造与重工业",
        "轻工纺织",
        "化工",
        "国防工业",
        "航天、航空",
        "信息产业（含电信）",
        "公路",
        "水运",
        "铁路",
        "民航",
        "邮政",
        "其他",
    ),
    "商贸、海关、旅游": ("对外经贸合作", "国内贸易（含供销）", "海关", "检验、检疫", "旅游", "其他"),
    "市场监管、安全生产监管": ("工商", "质量监督", "标准", "食品药品监管", "安全生产监管", "其他"),
    "城乡建设、环境保护": (
        "城市规划",
        "城乡建设（含住房）",
        "环境监测、保护与治理",
        "节能与资源综合利用",
        "气象、水文、测绘、地震",
        "其他",
    ),
    "科技、教育": ("科技", "教育", "知识产权", "其他"),
    "文化、广电、新闻出版": ("文化", "文物", "新闻出版", "广播、电影、电视", "其他"),
    "卫生、体育": ("卫生", "医药管理", "体育", "其他"),
    "人口与计划生育、妇女儿童工作": ("人口与计划生育", "妇女儿童", "其他"),
    "劳动、人事、监察": ("劳动就业", "社会保障", "人事工作", "军转安置", "监察", "纠正行业不正之风", "其他"),
    "公安、安全、司法": ("公安", "国家安全", "司法", "其他"),
    "民政、扶贫、救灾": ("减灾救灾", "优抚安置", "社会福利", "行政区划与地名", "社团管理", "扶贫", "其他"),
    "民族、宗教": ("民族事务", "宗教事务"),
    "对外事务": ("外交、外事", "国际条约、国际组织", "其他"),
    "港澳台侨工作": ("港澳工作", "对台工作", "侨务工作"),
    "国防": ("国防建设", "国防动员"),
    "其他": (),
}


def topic_path(topic: str) -> tuple[int, int | None]:
    """The position (from 1) of a 「一级\\二级」 topic's 一级 and 二级 in the national list, for URLs."""
    first, _, second = topic.partition("\\")
    i = list(TOPICS).index(first) + 1
    return (i, TOPICS[first].index(second) + 1) if second else (i, None)


def topic_choices() -> list[str]:
    """Every valid 「一级\\二级」 (or bare 一级 where it has no 二级) string."""
    out: list[str] = []
    for first, seconds in TOPICS.items():
        out.extend(f"{first}\\{second}" for second in seconds) if seconds else out.append(first)
    return out


# ---------------------------------------------------------------- 年度报告 (standards.md §3)

# 表三 (2021 format, 国办公开办函〔2021〕30号, standards.md §3.3): the 7 data columns, in order.
APPLICANT_COLUMNS = ("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")
APPLICANT_HEAD = "申请人情况"
APPLICANT_LEGAL = "法人或其他组织"
APPLICATION_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
APPLICATION_HEAD_ROWS = (
    ("new", "一、本年新收政府信息公开申请数量"),
    ("carried_over", "二、上年结转政府信息公开申请数量"),
)
APPLICATION_RESULTS = "三、本年度办理结果"
APPLICATION_TAIL_ROWS = (("carried_forward", "四、结转下年度继续办理"),)
# 三、本年度办理结果: each (group label, ((key, leaf label or ""), …)). The group labels are merged
# label cells, not subtotal rows (§3.3 notes).
RESULT_GROUPS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("（一）予以公开", (("granted", ""),)),
    ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", (("partial", ""),)),
    (
        "（三）不予公开",
        (
            ("refused_state_secret", "1.属于国家秘密"),
            ("refused_prohibited", "2.其他法律行政法规禁止公开"),
            ("refused_security", "3.危及“三安全一稳定”"),
            ("refused_third_party", "4.保护第三方合法权益"),
            ("refused_internal", "5.属于三类内部事务信息"),
            ("refused_process", "6.属于四类过程性信息"),
            ("refused_enforcement_file", "7.属于行政执法案卷"),
            ("refused_query", "8.属于行政查询事项"),
        ),
    ),
    (
        "（四）无法提供",
        (
            ("unable_not_held", "1.本机关不掌握相关政府信息"),
            ("unable_need_create", "2.没有现成信息需要另行制作"),
            ("unable_unclear", "3.补正后申请内容仍不明确"),
        ),
    ),
    (
        "（五）不予处理",
        (
            ("rejected_petition", "1.信访举报投诉类申请"),
            ("rejected_repeat", "2.重复申请"),
            ("rejected_publication", "3.要求提供公开出版物"),
            ("rejected_excessive", "4.无正当理由大量反复申请"),
            ("rejected_confirm", "5.要求行政机关确认或重新出具已获取信息"),
        ),
    ),
    (
        "（六）其他处理",
        (
            ("other_no_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
            ("other_no_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
            ("other", "3.其他"),
        ),
    ),
    ("（七）总计", (("total", ""),)),
)
RESULT_LEAF_KEYS = tuple(key for _, rows in RESULT_GROUPS for key, _ in rows if key != "total")
# The 2019 trial format (国办公开办函〔2019〕60号, standards.md §3.6): （六）其他处理 is one row.
RESULT_GROUPS_2019 = tuple(
    (group, (("other", ""),)) if group == "（六）其他处理" else (group, rows) for group, rows in RESULT_GROUPS
)
RESULT_LEAF_KEYS_2019 = tuple(key for _, rows in RESULT_GROUPS_2019 for key, _ in rows if key != "total")
# Many reports in the 2021 format still print （六）其他处理 as one row, as the 2019 form did; that
# row is ``other_processing``, never ``other`` (which is 「3.其他」 of the three-row form).
OTHER_ROWS = ("other_no_correction", "other_no_fee", "other")
OTHER_ONE_ROW = "other_processing"
RESULT_GROUPS_ONE_ROW = tuple(
    (group, ((OTHER_ONE_ROW, ""),)) if group == "（六）其他处理" else (group, rows) for group, rows in RESULT_GROUPS
)


def _row_labels(groups: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]) -> dict[str, str]:
    """Key → the row's label as messages name it: 「（三）不予公开 1.属于国家秘密」, 「（二）部分公开」."""
    labels = dict(APPLICATION_HEAD_ROWS)
    for group, rows in groups:
        short = group.split("（区分")[0]
        for key, leaf in rows:
            labels[key] = f"{short} {leaf}" if leaf else short
    labels.update(APPLICATION_TAIL_ROWS)
    return labels


APPLICATION_ROW_LABELS = _row_labels(RESULT_GROUPS) | _row_labels(RESULT_GROUPS_ONE_ROW)
APPLICATION_ROW_LABELS_2019 = _row_labels(RESULT_GROUPS_2019)

# 表四 (standards.md §3.4): three groups of the same five columns.
REVIEW_RESULT_COLUMNS = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
REVIEW_ROWS = (
    ("reconsideration", "行政复议"),
    ("lawsuit_direct", "未经复议直接起诉"),
    ("lawsuit_after_reconsideration", "复议后起诉"),
)
REVIEW_RECONSIDERATION = "行政复议"
REVIEW_LITIGATION = "行政诉讼"
REVIEW_ROW_LABELS = {
    "reconsideration": "行政复议",
    "lawsuit_direct": "行政诉讼 未经复议直接起诉",
    "lawsuit_after_reconsideration": "行政诉讼 复议后起诉",
}

# 表二: sections of (article, columns, rows). A column is (key, header, kind); kind is
# count (integer ≥ 0), signed (integer, 本年增/减) or amount (number ≥ 0). A section with one
# column and key "" holds plain numbers (``licensing: 1200``); others hold mappings.
ProactiveColumn = tuple[str, str, str]
ProactiveSection = tuple[str, tuple[ProactiveColumn, ...], tuple[tuple[str, str], ...]]
PROACTIVE_SECTIONS: tuple[ProactiveSection, ...] = (  # 2021 format, standards.md §3.2
    (
        "第二十条第（一）项",
        (
            ("issued", "本年制发件数", "count"),
            ("repealed", "本年废止件数", "count"),
            ("current", "现行有效件数", "count"),
        ),
        (("regulations", "规章"), ("normative_documents", "行政规范性文件")),
    ),
    ("第二十条第（五）项", (("", "本年处理决定数量", "count"),), (("licensing", "行政许可"),)),
    (
        "第二十条第（六）项",
        (("", "本年处理决定数量", "count"),),
        (("penalty", "行政处罚"), ("enforcement", "行政强制")),
    ),
    ("第二十条第（八）项", (("", "本年收费金额（单位：万元）", "amount"),), (("fees", "行政事业性收费"),)),
)
_SERVICE_COLUMNS: tuple[ProactiveColumn, ...] = (
    ("previous", "上一年项目数量", "count"),
    ("change", "本年增/减", "signed"),
    ("decisions", "处理决定数量", "count"),
)
PROACTIVE_SECTIONS_2019: tuple[ProactiveSection, ...] = (  # 2019 trial format, standards.md §3.6
    (
        "第二十条第（一）项",
        (
            ("made", "本年新制作数量", "count"),
            ("published", "本年新公开数量", "count"),
            ("total", "对外公开总数量", "count"),
        ),
        (("regulations", "规章"), ("normative_documents", "规范性文件")),
    ),
    ("第二十条第（五）项", _SERVICE_COLUMNS, (("licensing", "行政许可"), ("other_services", "其他对外管理服务事项"))),
    ("第二十条第（六）项", _SERVICE_COLUMNS, (("penalty", "行政处罚"), ("enforcement", "行政强制"))),
    (
        "第二十条第（八）项",
        (("previous", "上一年项目数量", "count"), ("change", "本年增/减", "signed")),
        (("fees", "行政事业性收费"),),
    ),
    (
        "第二十条第（九）项",
        (("projects", "采购项目数量", "count"), ("amount", "采购总金额", "amount")),
        (("procurement", "政府集中采购"),),
    ),
)
PROACTIVE_HEAD = "信息内容"

REPORT_PARTS = (
    "一、总体情况",
    "二、主动公开政府信息情况",
    "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政复议、行政诉讼情况",
    "五、存在的主要问题及改进情况",
    "六、其他需要报告的事项",
)
# Table captions as the forms title them (the part heading without its number).
REPORT_TABLES = ("主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况")
REPORT_FORMATS = {
    "2021": "国办公开办函〔2021〕30号格式",
    "2019": "国办公开办函〔2019〕60号试行格式",
    "free": "自由格式（早年报告）",
}
# Left in narratives by `build.py new report`; a warning until the editor replaces it.
REPORT_PLACEHOLDER = "（待填写）"
