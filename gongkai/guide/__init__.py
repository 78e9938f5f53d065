"""The 政府信息公开指南's own outputs beyond its page: the 政府信息公开申请表."""
