"""政府信息公开工作年度报告: checks and pages."""
