"""The editor view: the YAML language server with .vscode/settings.json flags a misspelt key,
shows the Chinese description on hover and completes the missing keys.

This is the engine of VS Code's YAML extension (npm yaml-language-server, pinned in
package.json), driven over stdio the way the editor drives it.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from .conftest import ROOT, SAMPLE, require_tool

sys.path.insert(0, str(ROOT / "scripts"))
from editor_lsp import SERVER, ask  # noqa: E402


def test_the_editor_flags_a_misspelt_key_and_explains_fields(tmp_path: Path) -> None:
    require_tool(SERVER.is_file() and shutil.which("node") is not None, "yaml-language-server", "npm ci")
    # A workspace laid out like an editor's checkout: .vscode/ and schemas/ beside the site.
    for folder in (".vscode", "schemas"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    shutil.copytree(SAMPLE, tmp_path / "site")
    rel = "site/content/documents/2024-tz.yaml"
    text = (tmp_path / rel).read_text(encoding="utf-8").replace("publisher: zfb", "pubisher: zfb")
    view = ask(tmp_path, rel, text, hover_at=(1, 2), complete_at=(text.count("\n"), 0))
    assert view.diagnostics == ['1:1 Missing property "publisher".', "3:1 Property pubisher is not allowed."]
    assert "发文字号" in view.hover and "六角括号" in view.hover
    assert "publisher" in view.completion and "disclosure" in view.completion
    assert "title" not in view.completion  # already written


def test_valid_files_of_the_repository_have_no_marks() -> None:
    require_tool(SERVER.is_file() and shutil.which("node") is not None, "yaml-language-server", "npm ci")
    for rel in (
        "site.yaml",
        "content/organizations.yaml",
        "content/reports/2021.yaml",
        "content/plans/2020-zwgk-gzyd.yaml",
    ):
        text = (ROOT / rel).read_text(encoding="utf-8")
        assert ask(ROOT, rel, text, hover_at=(0, 1), complete_at=(0, 0)).diagnostics == [], rel
