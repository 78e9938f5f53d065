"""The site's identity numbers in the footer (国办发〔2017〕47号, standards.md §5.2): their forms and links."""

from __future__ import annotations

import re

PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
ICP = re.compile(rf"^[{PROVINCES}]ICP备\d{{8}}号(?:-\d+)?$")
"""e.g. 鲁ICP备12345678号-1."""
POLICE = re.compile(rf"^[{PROVINCES}]公网安备(\d{{14}})号$")
"""e.g. 鲁公网安备37030302000123号: the province, then the 14-digit record number."""
CONAC = re.compile(r"^https?://(?:[a-z0-9-]+\.)*conac\.cn/")
"""The 党政机关网站标识 verification service of 中央编办 (bszs.conac.cn, dcs.conac.cn)."""
ICP_RECORD_URL = "https://beian.miit.gov.cn/"


def police_record_url(record: str) -> str:
    """The record's page on the 公安机关 filing system (linked from the footer)."""
    found = POLICE.match(record)
    code = found.group(1) if found else ""
    return f"http://www.beian.gov.cn/portal/registerSystemInfo?recordcode={code}"
