"""One reader for each single file of a site, for commands that need a value outside a build.

``new`` and ``import`` run while the content may still be broken, so they read site.yaml
leniently (the raw value of one key) and organizations.yaml strictly (its names are needed
to map units). Builds read both through the load stage, with the same YAML loader and schema.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .errors import UsageError
from .models import Organization
from .source import ORGANIZATIONS, SITE, LoadedYaml, SourceFile, load_yaml
from .validate import parse_model


def read_yaml(root: Path, rel_path: str, kind: str) -> LoadedYaml | None:
    """A file of the site as located YAML, or None when it does not exist."""
    path = root / rel_path
    if not path.is_file():
        return None
    return load_yaml(SourceFile(rel_path, kind, path.read_bytes()))


def site_value(root: Path, key: str) -> Any:
    """The value of one top-level key of site.yaml as written, or None when absent or unreadable."""
    loaded = read_yaml(root, "site.yaml", SITE)
    if loaded is None or loaded.errors or not isinstance(loaded.data, dict):
        return None
    return loaded.data.get(key)


def site_name(root: Path, default: str) -> str:
    name = site_value(root, "name")
    return name if isinstance(name, str) else default


def read_organizations(root: Path) -> tuple[Organization, ...]:
    """The validated registry of organisations; a usage error when it is missing or broken."""
    loaded = read_yaml(root, "content/organizations.yaml", ORGANIZATIONS)
    if loaded is None:
        raise UsageError(f"{root} 没有机构名录 content/organizations.yaml，无法对应责任单位")
    orgs, errors = (
        (None, loaded.errors) if loaded.errors else parse_model(loaded.data, tuple[Organization, ...], loaded.locator)
    )
    if errors or not orgs:
        raise UsageError("机构名录 content/organizations.yaml 有错误，请先运行 python build.py check 修正")
    return orgs
