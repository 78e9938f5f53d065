"""`python build.py new document SLUG`: a commented content file with every field.

Required fields are left empty on purpose: `check` then names each one still to be filled in,
so a half-written scaffold can never be published.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from ..errors import UsageError
from ..models import SLUG

DOCUMENT_TEMPLATE = """\
# 公文 / 规范性文件 / 政策解读。字段说明见 docs/content-format.md。
# 必填字段留空时，python build.py check 会逐项提示；填好后删除不需要的可选字段即可。
title:            # 标题（必填）
number:           # 发文字号，如 周政办字〔{year}〕1号；没有文号就删除此行
publisher:        # 发布机构：content/organizations.yaml 中的机构标识（必填）
written:          # 成文日期 YYYY-MM-DD（必填）
published:        # 发布日期 YYYY-MM-DD（网站发布日；不知道就删除此行，不要猜）
printed:          # 印发日期 YYYY-MM-DD（版记「…印发」的日期，可选）
category:         # 公开类别（必填）："20-1" 法规文件 … "20-15" 其他，"21-1" 市县重点信息，"21-2" 乡镇；加引号
doc_type: 其他公文  # 规章 | 行政规范性文件 | 其他公文 | 政策解读
topic:            # 主题分类（必填），写法为 一级\\二级，如 综合政务\\政务公开
disclosure: 主动公开  # 主动公开 | 依申请公开 | 不予公开（只发布主动公开）
# register_no:    # 统一登记号（行政规范性文件），格式见 site.yaml 的 register_no
# effective:      # 施行日期 YYYY-MM-DD
# valid_until:    # 有效期至 YYYY-MM-DD（过期后自动显示为已失效）
# validity:       # 有效性通常不填：按施行日期、有效期至和废止/修改决定自动计算
# expired:        # 废止/失效日期（写明 validity: 已废止 或 已失效 时必填）
# replaced_by:    # 替代本文件的文件名（不含 .yaml）
# repeals: []     # 本文件废止的文件名；invalidates: 宣布失效的；amends: 修改的
# interprets:     # 政策解读：所解读文件的文件名
# form: 文字       # 政策解读的形式：文字 | 图解（加 image 的 file 和 alt）| 视频（加 video_url）
keywords: []      # 关键词，如 [政务公开, 工作要点]
summary:          # 内容概述，一两句话（必填）
# recipients:     # 主送机关
# signer:         # 落款
# note: 此件公开发布  # 附注（不带括号）
# copy_to:        # 抄送
# plan:           # 本通知印发的工作要点的文件名
attachments: []   # 附件：- title: 名称  file: files/名称.pdf（文件放在 content/files/）
body: |           # 正文（必填，Markdown）
"""


def new_document(site_root: Path, slug: str, force: bool = False, today: dt.date | None = None) -> Path:
    """Write content/documents/<slug>.yaml; refuse to overwrite unless ``force``."""
    if not re.match(SLUG, slug):
        raise UsageError(f"文件名 “{slug}” 不能用作网址：只能用小写字母、数字和连字符，如 2025-zwgk-gzyd")
    target = site_root / "content" / "documents" / f"{slug}.yaml"
    if target.exists() and not force:
        raise UsageError(f"{target} 已存在；如确需覆盖，请加 --force")
    target.parent.mkdir(parents=True, exist_ok=True)
    year = today.year if today else "YYYY"
    target.write_text(DOCUMENT_TEMPLATE.format(year=year), encoding="utf-8")
    return target
