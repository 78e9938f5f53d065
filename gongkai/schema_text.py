"""Chinese titles and descriptions for the editor schemas (schemas/*.json).

Field titles come from the models; what an editor sees on hover (how to write a value, what it
is for) is kept here, by model and field, so the models stay short. tests/test_schema.py fails
when a field of a content model has no description here.
"""

from __future__ import annotations

DATE = "日期，写作 YYYY-MM-DD，如 2020-07-28（不加引号）。"
SAMPLE = "true 表示整份内容为示例（没有真实来源），页面会显著标出“示例”。"
SAMPLE_NOTE = "说明哪些内容是示例，页面上与“示例”标记一起显示。"
ORG = "机构标识：content/organizations.yaml 中某个机构的 id（小写字母、数字和连字符）。"
ORGS = "机构标识列表，如 [zfbgs, fgj]；每个都是 content/organizations.yaml 中的 id。"
MARKDOWN = "Markdown 文本，长文用 “|” 另起一行缩进书写。"

MODELS: dict[str, tuple[str, str]] = {
    "SiteConfig": ("网站配置 site.yaml", "机关名称、网站标识码、备案号和政府信息公开工作机构。"),
    "Office": ("政府信息公开工作机构", "条例第十二条要求在指南中公布的名称、地址、时间和联系方式。"),
    "RegisterFormat": ("统一登记号格式", "本地行政规范性文件统一登记号的写法：正则表达式和一个示例。"),
    "Department": ("内设机构", "机构的一个内设机构及其职责。"),
    "Leader": ("负责人", "机构负责人：姓名、职务、分工和任职、离任日期；离任的保留，作为历史记录。"),
    "Figure": ("图解图片", "图解的图片文件和替代文字；正文写图解的全部文字内容。"),
    "PrivacyException": ("隐私检查例外", "一个确需公开的号码（如作为服务热线公布的手机号码）：文件、号码和理由。"),
    "Organization": ("机构", "机构名录中的一个发布机构或责任单位。"),
    "Guide": ("政府信息公开指南 guide.yaml", "指南中本机关的部分；全国统一的申请程序由生成器写入。"),
    "Rule": ("政府信息公开制度", "一件法规或制度：官方文本链接或正文。"),
    "Document": ("公文", "公文、行政规范性文件或政策解读，一件一个文件。"),
    "Attachment": ("附件", "附件名称，以及 content/files/ 中的文件或任务分解表。"),
    "Plan": ("政务公开工作要点", "工作要点及其任务分解表，一年一个文件。"),
    "TaskGroup": ("工作任务（分组）", "任务分解表中合并的“工作任务”格：group 加 items。"),
    "Task": ("任务", "任务分解表中的一行：具体要求、责任单位和完成时限。"),
    "Assignment": ("分项责任单位", "具体要求中的一个分项及其责任单位。"),
    "Progress": ("落实情况", "某一天登记的进展；示例条目须写 sample: true。"),
    "Report": ("年度报告（2021 年格式）", "国办公开办函〔2021〕30号格式的政府信息公开工作年度报告。"),
    "Report2019": ("年度报告（2019 年试行格式）", "国办公开办函〔2019〕60号试行格式，用于 2019、2020 年度。"),
    "FreeReport": ("年度报告（自由格式）", "早年的报告：正文加原文附件，format: free。"),
    "ProactiveTable": ("表二 主动公开政府信息情况", "2021 年格式的表二。"),
    "ProactiveTable2019": ("表二 主动公开政府信息情况", "2019 年试行格式的表二。"),
    "IssuedCounts": ("第二十条第（一）项", "本年制发、本年废止、现行有效件数。"),
    "MadeCounts2019": ("第二十条第（一）项", "本年新制作、本年新公开、对外公开总数量。"),
    "ServiceCounts2019": ("第二十条第（五）（六）项", "上一年项目数量、本年增/减、处理决定数量。"),
    "FeeCounts2019": ("第二十条第（八）项", "上一年项目数量、本年增/减。"),
    "Procurement2019": ("第二十条第（九）项", "采购项目数量、采购总金额。"),
    "ApplicationTable": ("表三 收到和处理政府信息公开申请情况", "每行 7 个数：自然人至其他，末格为总计。"),
    "ApplicationTable2019": ("表三 收到和处理政府信息公开申请情况", "2019 年试行格式：（六）其他处理只有一行。"),
    "ReviewTable": (
        "表四 政府信息公开行政复议、行政诉讼情况",
        "每行 5 个数：结果维持、结果纠正、其他结果、尚未审结、总计。",
    ),
}

_REPORT_COMMON = {
    "year": "报告所属年度，如 2021（文件名同为 2021.yaml）。",
    "format": '报告格式："2021"（国办公开办函〔2021〕30号）、"2019"（试行格式）或 free。',
    "title": "报告标题；不填时按“XX年政府信息公开工作年度报告”生成。",
    "published": "报告的发布日期。" + DATE,
    "attachments": "附件列表，如报告原文 PDF：- title: 报告原文  file: files/2021-ndbg.pdf",
    "signature": "落款：发布机关名称，照原报告。",
    "signed": "落款日期，照原报告。" + DATE,
    "url": "官方原文的网址（https://），如原发布网站上的报告页面；页面显示为“官方原文”链接。",
    "sample": SAMPLE,
    "sample_note": SAMPLE_NOTE,
}
_TABLED = {
    **_REPORT_COMMON,
    "intro": "引言：报告开头、一、总体情况之前的段落，照原报告。" + MARKDOWN,
    "plan_progress": "true 表示在第六部分之后列出本站本年度政务公开工作要点的落实情况统计（按各页共用的规则，截至报告发布日）；不写则不列。",
    "overview": "一、总体情况：主动公开、依申请公开、政府信息管理、平台建设、监督保障。" + MARKDOWN,
    "proactive": "表二，按条例第二十条各项填写。",
    "applications": "表三，25 行（2019 年格式 23 行），每行 7 个数。",
    "reviews": "表四：行政复议、未经复议直接起诉、复议后起诉，每行 5 个数。",
    "problems": "五、存在的主要问题及改进情况。" + MARKDOWN,
    "other": "六、其他需要报告的事项（至少写明收取信息处理费的情况）。" + MARKDOWN,
    "compare_documents": "true（默认）时用本站的文件核对表二第二十条第（一）项；只收录部分文件的网站写 false。",
    "cross_year_note": "与上年度数字（结转、现行有效件数）不衔接时的说明，页面上会显示。",
}

FIELDS: dict[str, dict[str, str]] = {
    "SiteConfig": {
        "online_application_url": "本机关在线申请政府信息公开的网址（https://）；不填则指南和申请表不提在线申请。",
        "name": "机关全称，如 淄博市周村区人民政府。",
        "short_name": "简称，如 周村区。",
        "base_url": "网站地址，以 https:// 开头、以 / 结尾。",
        "level": "行政层级：省级、市级、县级或乡级，决定适用条例第二十一条的哪一款。",
        "credit_code": "统一社会信用代码，18 位，末位校验码按 GB 32100 检查；也是索引号的前缀。",
        "site_id_code": "政府网站标识码：10 位数字（以行政区划代码开头）或 bm 加 8 位数字；加引号。",
        "sponsor": "网站主办单位，显示在页脚。",
        "icp": "ICP备案号，如 鲁ICP备12345678号-1。",
        "police_record": "公安机关备案号，如 鲁公网安备 37030602000123号（数字以本省行政区划代码开头）。",
        "conac_url": "党政机关网站标识的核验链接（可选）。",
        "build_date": "判断任务是否逾期所用的“今天”；命令行 --date 优先。" + DATE,
        "office": "政府信息公开工作机构：名称、地址、邮编、办公时间、电话、传真、电子邮箱（条例第十二条）。",
        "sample_fields": "示例值所在的字段路径列表，如 office.phone；页面会在这些值旁标出“示例”。",
        "privacy_exceptions": "隐私检查例外：确需公开、看起来像个人号码的值，每项写 file、value 和 reason。",
        "register_no": "行政规范性文件统一登记号的格式（可选）：pattern 正则表达式和 example 示例；"
        "设定后每件行政规范性文件的登记号按此检查，缺登记号时警告。",
    },
    "RegisterFormat": {
        "pattern": "登记号须整体符合的正则表达式，加单引号，如 '^ZBSR-\\d{4}-\\d{7}$'。",
        "example": "一个符合格式的登记号，如 ZBSR-2020-0010001；报错时作为示例显示。",
    },
    "Office": {
        "name": "机构名称。",
        "org": "机构名录中本机构的 id（可选）；填写后，下面没有写的地址、电话等从该机构的机构职能中读取，"
        "指南和机构职能页显示同一份数据。",
        "address": "办公地址。",
        "postcode": '邮政编码，加引号，如 "255300"。',
        "hours": "办公时间，如 周一至周五 上午9:00—12:00。",
        "phone": "联系电话（办公电话，如 0533-6180000）。",
        "fax": "传真号码。",
        "email": "电子邮箱。",
        "website": "网站地址（可选）。",
    },
    "PrivacyException": {
        "file": "号码所在的文件，相对站点目录，如 content/guide.yaml 或 content/files/名单.pdf。",
        "value": '号码，照文件中的写法，加引号，如 "13800000000"。',
        "reason": "为什么可以公开，如 作为24小时服务热线在门户网站公布。",
    },
    "Organization": {
        "id": "机构标识：小写字母、数字和连字符，用在网址 /zfxxgk/zrdw/<id>/ 和其他文件的引用中。",
        "name": "文件中通常的写法，如 区政府办公室。",
        "full_name": "全称（可选）。",
        "aliases": "其他写法，如 [区发展改革委]；同一名称只能属于一个机构。",
        "credit_code": "统一社会信用代码（可选），填写时按 GB 32100 检查校验码。",
        "kind": "类别：部门、镇街、开发区、上级机关、统称（如“各镇政府、街道办事处”）或其他。",
        "functions": "机构职能（条例第二十条第（二）项），照三定方案等原文（可选）。" + MARKDOWN,
        "departments": "内设机构列表，每项 name 加 functions（职责，可选）。",
        "leaders": "负责人列表，每项 name、title（职务）、duties（分工）、since、until；离任的写 until 并保留。",
        "address": "办公地址（可选）。",
        "hours": "办公时间（可选），如 周一至周五 上午9:00—12:00。",
        "phone": "联系电话（可选）。",
        "fax": "传真号码（可选）。",
        "email": "电子邮箱（可选）。",
        "postcode": '邮政编码（可选），加引号，如 "255300"。',
        "website": "网站地址（可选），以 http:// 或 https:// 开头。",
        "sample_fields": "机构职能中示例值所在的字段列表，如 [phone, leaders]；页面会在这些值旁标出“示例”。",
    },
    "Department": {
        "name": "内设机构名称，如 秘书科。",
        "functions": "内设机构的职责（可选）。",
    },
    "Leader": {
        "name": "负责人姓名。",
        "title": "职务，如 主任。",
        "duties": "分工（可选），照原文。",
        "since": "任职日期（可选）。" + DATE,
        "until": "离任日期（可选）；填写后作为历史记录显示，不再列为现任。" + DATE,
        "sample": "true 表示这位负责人为示例。",
    },
    "Guide": {
        "updated": "指南的更新日期（条例第十二条要求及时更新）。" + DATE,
        "intro": "总则：编制依据和用途。" + MARKDOWN,
        "classification": "一、信息分类。" + MARKDOWN,
        "arrangement": "二、编排体系。" + MARKDOWN,
        "proactive": "三、主动公开：公开的渠道、地点和时限。" + MARKDOWN,
        "application": "四、依申请公开：受理机构、方式和本地的具体要求。" + MARKDOWN,
        "supervision": "五、监督和救济：投诉、行政复议和行政诉讼。" + MARKDOWN,
        "index_no": "索引号（可选）；不填时按 统一社会信用代码/年份-序号 接在当年公文之后编号，已公布的号不要再改。",
        "sample": SAMPLE,
        "sample_note": SAMPLE_NOTE,
    },
    "Rule": {
        "title": "法规或制度的名称。",
        "issuer": "发布机关，如 国务院。",
        "number": "文号或令号（可选），如 国务院令第711号。",
        "published": "公布（修订）日期。" + DATE,
        "effective": "施行日期（可选）。" + DATE,
        "level": "层级：国家、省级、市级或本级。",
        "url": "官方文本的链接；与 body 至少填一个。",
        "summary": "一两句话的内容概述。",
        "body": "正文（可选）。" + MARKDOWN,
        "index_no": "索引号（可选）；不填时按 统一社会信用代码/年份-序号 接在当年公文之后编号，已公布的号不要再改。",
        "sample": SAMPLE,
        "sample_note": SAMPLE_NOTE,
    },
    "Document": {
        "title": "公文标题，照原文。",
        "number": "发文字号，如 周政办字〔2020〕27号：年份用六角括号〔〕，序号不加“第”和前导 0。",
        "publisher": "发布机构。" + ORG,
        "written": "成文日期（落款日期）。" + DATE,
        "published": "网站发布日期；不知道就不填，不要猜。主动公开文件应在成文后 20 个工作日内发布。"
        "原网站公布了时间的，照写，如 2024-04-06 16:34。" + DATE,
        "published_time": '发布时间，如 "16:34"；一般直接写在发布日期后面（published: 2024-04-06 16:34）。',
        "printed": "印发日期（版记中“……印发”的日期，可选）。" + DATE,
        "category": '公开类别代码，如 "20-1"（条例第二十条第（一）项）；加引号。',
        "doc_type": "文件类型：规章、行政规范性文件、其他公文或政策解读。",
        "topic": "主题分类，写作 一级\\二级，如 综合政务\\政务公开。",
        "disclosure": "公开属性：主动公开、依申请公开或不予公开；只有主动公开的文件在网站发布。",
        "validity": "有效性（可选）：现行有效、已修改、已废止、已失效或尚未施行；原网站的写法（有效、失效、废止、部分失效、"
        "已修订等）照写，构建时对应到标准写法，页面同时显示原文。不填时按施行日期、有效期至和废止、修改决定计算，"
        "填写的须与之一致；不会默认为现行有效。",
        "validity_as_published": "有效性的原文写法（在 validity 中写原网站的写法时自动保留，一般不必单独填写）。",
        "register_no": "行政规范性文件的统一登记号，格式按 site.yaml 的 register_no，如 ZBSR-2020-0010001。",
        "effective": "施行日期（可选）；在构建日期之后的文件为尚未施行。" + DATE,
        "valid_until": "有效期至（可选）；过了这一天文件为已失效。" + DATE,
        "expired": "废止或失效日期；写明有效性为已废止、已失效且没有废止它的文件时必填。" + DATE,
        "repeals": "本文件废止的文件的文件名列表（content/documents/ 下，不含 .yaml），如清理结果。",
        "invalidates": "本文件宣布失效的文件的文件名列表。",
        "amends": "本文件修改的文件的文件名列表；被修改的文件显示为已修改。",
        "form": "解读形式（政策解读用）：文字（默认）、图解或视频。",
        "image": "图解图片（form: 图解 时必填）：file 加 alt；正文 body 写图解的全部文字。",
        "video_url": "视频解读的链接（form: 视频 时必填），以 https:// 开头；正文写视频的文字说明。",
        "replaced_by": "替代本文件的文件名（content/documents/ 下，不含 .yaml）。",
        "interprets": "政策解读所解读的文件名（content/documents/ 下，不含 .yaml）。",
        "keywords": "关键词列表，如 [政务公开, 工作要点]。",
        "summary": "内容概述，一两句话（条例第十二条：目录须有内容概述）。",
        "recipients": "主送机关（可选）。",
        "signer": "落款（可选）。",
        "note": "附注，不加括号，如 此件公开发布。",
        "copy_to": "抄送（可选）。",
        "plan": "本文件印发的工作要点的文件名（content/plans/ 下，不含 .yaml）。",
        "attachments": "附件列表，每项 title 加 file（content/files/ 中的路径）、url（外部网址）或 plan: true。",
        "index_no": "索引号（可选）；不填时按 统一社会信用代码/年份-序号 生成，已公布的号不要再改。",
        "original_url": "文件在原网站的网址（导入时记录，再次导入时据此识别同一文件；页面不显示）。",
        "body": "正文。" + MARKDOWN,
        "extra": "原系统导出的其他信息，键为原列名，值照原文；在页面“文件信息”中按原列名显示。",
        "sample": SAMPLE,
        "sample_note": SAMPLE_NOTE,
    },
    "Attachment": {
        "title": "附件名称，照原文。",
        "file": "附件文件路径，以 files/ 开头，如 files/2020-rwfjb.pdf（文件放在 content/files/）。",
        "url": "附件在其他网站的网址（http:// 或 https:// 开头），文件未下载到本站时使用；file、url、plan 三者填一个。",
        "plan": "true 表示附件就是本文件印发的任务分解表。",
    },
    "Figure": {
        "file": "图片文件路径，以 files/ 开头，如 files/2023-tj.png（文件放在 content/files/）。",
        "alt": "替代文字：图解的标题或一句话说明（全文写在正文 body 中）。",
    },
    "Plan": {
        "title": "工作要点标题。",
        "year": "工作要点所属年度，如 2020。",
        "notice": "印发通知的文件名（content/documents/ 下，不含 .yaml）。",
        "publisher": "发布机构。" + ORG,
        "default_deadline": "未单列完成时限的任务所用的时限，照原文，如 2020年年底前。",
        "default_deadline_source": "默认完成时限的依据，如 按年度工作要点，未单列完成时限。",
        "previous": "上年度工作要点的文件名（可选），用于“回头看”。",
        "table_title": "任务分解表的标题，照原文。",
        "table_columns": "任务分解表的表头，照原文，如 [工作任务, 具体要求, 责任单位]。",
        "summary": "内容概述（可选，目录中显示）；不填时用印发通知的内容概述。",
        "index_no": "索引号（可选）；不填时与印发通知相同，没有通知的按当年顺序编号。已公布的号不要再改。",
        "body": "工作要点正文（可选）。" + MARKDOWN,
        "tasks": "任务分解表：每项是分组（group + items）或任务（requirement），逐行照录。",
        "sample": SAMPLE,
        "sample_note": SAMPLE_NOTE,
    },
    "TaskGroup": {
        "group": "合并格中的工作任务，照原文。",
        "items": "这一组下的任务或下级分组。",
    },
    "Task": {
        "leader": "责任领导（原表的责任领导、分管领导等列），照原文，是人或职务，不是机构标识。",
        "extra": "原表中没有对应字段的其他列：键为原表表头，值为该行的原文（导入时保留，导出时还原）。",
        "units_note": "原文没有写明责任单位时的说明（如 原文未写明责任单位），页面显示为未载明，不推断。",
        "id": "任务的固定锚点（可选），小写字母、数字和连字符。",
        "no": "原表的序号（可选），照原文。",
        "requirement": "具体要求，照原文。",
        "units": "责任单位（原表不分牵头、配合时）。" + ORGS,
        "lead": "牵头单位。" + ORGS,
        "support": "配合单位。" + ORGS,
        "assignments": "按分项列出的责任单位，每项 label 加 units。",
        "deadline": "完成时限，照原文，如 2022年9月底前、全年、长期坚持。",
        "deadline_note": "完成时限的说明，如 完成时限见具体要求。",
        "deadline_free_text": "true 表示 deadline 是文字说明，不换算为日期。",
        "progress": "落实情况列表，按日期先后排列。",
    },
    "Assignment": {
        "label": "分项名称，如 区总体预案。",
        "units": "这一分项的责任单位。" + ORGS,
    },
    "Progress": {
        "date": "登记日期。" + DATE,
        "status": "状态：未启动、推进中、已完成或长期坚持。",
        "note": "进展说明。",
        "links": "相关文件的文件名列表（content/documents/ 下，不含 .yaml）。",
        "sample": "true 表示这条落实情况为示例。",
    },
    "Report": _TABLED,
    "Report2019": _TABLED,
    "FreeReport": {**_REPORT_COMMON, "body": "报告正文。" + MARKDOWN},
    "IssuedCounts": {
        "issued": "本年制发件数，不小于 0 的整数。",
        "repealed": "本年废止件数，不小于 0 的整数。",
        "current": "现行有效件数，不小于 0 的整数。",
    },
    "MadeCounts2019": {
        "made": "本年新制作数量，不小于 0 的整数。",
        "published": "本年新公开数量，不小于 0 的整数。",
        "total": "对外公开总数量，不小于 0 的整数。",
    },
    "ServiceCounts2019": {
        "previous": "上一年项目数量，不小于 0 的整数。",
        "change": "本年增/减，整数，减少写负数。",
        "decisions": "处理决定数量，不小于 0 的整数。",
    },
    "FeeCounts2019": {
        "previous": "上一年项目数量，不小于 0 的整数。",
        "change": "本年增/减，整数，减少写负数。",
    },
    "Procurement2019": {
        "projects": "采购项目数量，不小于 0 的整数。",
        "amount": "采购总金额（万元），不小于 0 的数。",
    },
}


def table_row_description(model: str, field: str, title: str) -> str:
    """Descriptions for the rows of the report tables, built from their titles."""
    if model in ("ApplicationTable", "ApplicationTable2019"):
        return f"{title}：7 个数 [自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计]，没有的写 0。"
    if model == "ReviewTable":
        return f"{title}：5 个数 [结果维持, 结果纠正, 其他结果, 尚未审结, 总计]，没有的写 0。"
    if model == "ProactiveTable" and field in ("licensing", "penalty", "enforcement"):
        return f"{title}：本年处理决定数量，不小于 0 的整数。"
    if model == "ProactiveTable" and field == "fees":
        return f"{title}：本年收费金额（万元），不小于 0 的数。"
    if model in ("ProactiveTable", "ProactiveTable2019"):
        return f"{title}：按各栏写成 {{键: 数}}，如 {{issued: 0, repealed: 0, current: 0}}。"
    return ""
