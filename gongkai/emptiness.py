"""Emptiness, decided by one function (国办秘函〔2019〕19号 counts empty columns against a site).

``is_empty`` says whether a value would show nothing. Pages leave such a section, list or block
out instead of printing 「暂无内容」: page code calls it, and templates use it as the Jinja test
``empty`` (``{% if items is not empty %}``). Of the checks that something the rules require
is empty, only the empty part of the four exists so far (link.py, ``site.part-empty``).
"""

from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet


def is_empty(value: object) -> bool:
    """True for None, blank text, and collections holding nothing that is not empty.

    Numbers and booleans are never empty (0 is a figure); other objects (models, list items)
    are content.
    """
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, Mapping):
        return all(is_empty(v) for v in value.values())
    if isinstance(value, list | tuple | AbstractSet | frozenset):
        return all(is_empty(v) for v in value)
    return False
