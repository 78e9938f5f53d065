"""政务公开工作要点 and 任务分解表: checks, pages, and (later) the ledger."""
