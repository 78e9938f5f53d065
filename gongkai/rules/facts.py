"""The key of the 政府信息公开制度 kind (rules derive no facts)."""

from __future__ import annotations

from ..models import Rule
from ..values import Key

KEY: Key[Rule, None] = Key("rules")
