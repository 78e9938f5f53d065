"""The package's shape: no import cycles (hidden behind TYPE_CHECKING or not), one registry."""

from __future__ import annotations

import ast
from pathlib import Path

from gongkai.kinds import REGISTRY

PACKAGE = Path(__file__).resolve().parent.parent / "gongkai"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> set[str]:
    """Every gongkai module ``path`` imports, at any depth of the file (TYPE_CHECKING blocks included)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join([*base, *(node.module.split(".") if node.module else [])])
            else:
                target = node.module or ""
            if target.startswith("gongkai"):
                found.add(target)
                found.update(f"{target}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("gongkai"))
    return found


def graph() -> dict[str, set[str]]:
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    return {name: {m for m in imports_of(path) if m in modules and m != name} for name, path in modules.items()}


def find_cycle(edges: dict[str, set[str]]) -> list[str]:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges[node]):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt) :] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        state[node] = 2
        stack.pop()
        return []

    for node in sorted(edges):
        if node not in state and (found := visit(node)):
            return found
    return []


def test_no_import_cycles() -> None:
    edges = graph()
    # A package __init__ that re-exports its modules is not a cycle of the code itself.
    edges = {k: {m for m in v if not (k.startswith(m + ".") and m in edges)} for k, v in edges.items()}
    assert find_cycle(edges) == []


def test_the_finder_would_see_a_cycle() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]


def test_stages_never_import_a_later_stage() -> None:
    order = ["source", "load", "link", "pages", "render", "write", "search"]
    edges = graph()
    for i, stage in enumerate(order):
        later = {f"gongkai.{s}" for s in order[i + 1 :]}
        assert not edges[f"gongkai.{stage}"] & later, stage


def test_every_kind_has_its_own_folder_and_name() -> None:
    assert len({k.folder for k in REGISTRY}) == len(REGISTRY) == len({k.key.name for k in REGISTRY})
