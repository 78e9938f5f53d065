"""Ask the YAML language server (the engine of VS Code's YAML extension) what an editor shows.

Starts ``yaml-language-server --stdio`` from node_modules with the ``yaml.schemas`` setting of
.vscode/settings.json, opens one content file as an editor would, and prints the diagnostics
(inline errors), the hover text of a key and the completion list. Used by tests/test_editor.py
and to produce the real output quoted in docs/editing.md:

    python scripts/editor_lsp.py tests/sample_site/content/documents/2024-tz.yaml
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# npm ci installs it (package.json); YAML_LANGUAGE_SERVER points at another copy.
SERVER = Path(
    os.environ.get(
        "YAML_LANGUAGE_SERVER", ROOT / "node_modules" / "yaml-language-server" / "bin" / "yaml-language-server"
    )
)


@dataclass
class Client:
    """A minimal LSP client over the server's stdin/stdout."""

    process: subprocess.Popen[bytes]
    next_id: int = 1
    notes: list[dict[str, Any]] = field(default_factory=list)

    def send(self, message: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode()
        assert self.process.stdin is not None
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def read(self) -> dict[str, Any]:
        assert self.process.stdout is not None
        length = 0
        while True:
            line = self.process.stdout.readline()
            if not line:
                raise RuntimeError("the language server stopped")
            if line in (b"\r\n", b"\n"):
                break
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        return json.loads(self.process.stdout.read(length))

    def request(self, method: str, params: dict[str, Any]) -> Any:
        number = self.next_id
        self.next_id += 1
        self.send({"id": number, "method": method, "params": params})
        while True:
            message = self.read()
            if message.get("id") == number and "method" not in message:
                return message.get("result")
            self._handle(message)

    def notify(self, method: str, params: dict[str, Any]) -> None:
        self.send({"method": method, "params": params})

    def wait_for(self, method: str) -> dict[str, Any]:
        for note in self.notes:
            if note["method"] == method:
                self.notes.remove(note)
                return note
        while True:
            message = self.read()
            if message.get("method") == method and "id" not in message:
                return message
            self._handle(message)

    def _handle(self, message: dict[str, Any]) -> None:
        if "id" in message and "method" in message:  # a request from the server: answer it
            result: Any = None
            if message["method"] == "workspace/configuration":
                result = [self.settings.get(item.get("section", ""), {}) for item in message["params"]["items"]]
            self.send({"id": message["id"], "result": result})
        elif "method" in message:
            self.notes.append(message)

    settings: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class EditorView:
    diagnostics: list[str]
    hover: str
    completion: list[str]


def _at(position: tuple[int, int]) -> dict[str, int]:
    return {"line": position[0], "character": position[1]}


def ask(workspace: Path, rel: str, text: str, hover_at: tuple[int, int], complete_at: tuple[int, int]) -> EditorView:
    """Open ``rel`` (inside ``workspace``, which holds .vscode/ and schemas/) with ``text``.

    Positions are 0-based (line, character), as in LSP.
    """
    settings = json.loads((workspace / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    schemas = settings["yaml.schemas"]  # as VS Code passes them: paths relative to the workspace
    yaml_settings = {"schemas": schemas, "validate": True, "hover": True, "completion": True}
    process = subprocess.Popen(
        ["node", str(SERVER), "--stdio"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
    )
    client = Client(process, settings={"yaml": yaml_settings})
    try:
        root_uri = workspace.resolve().as_uri()
        client.request(
            "initialize",
            {
                "processId": None,
                "rootUri": root_uri,
                "workspaceFolders": [{"uri": root_uri, "name": workspace.name}],
                "capabilities": {"workspace": {"configuration": True}, "textDocument": {"hover": {}}},
            },
        )
        client.notify("initialized", {})
        client.notify("workspace/didChangeConfiguration", {"settings": {"yaml": yaml_settings}})
        uri = (workspace / rel).resolve().as_uri()
        client.notify(
            "textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}}
        )
        # The first validation may run before the schema is loaded; an edit validates again, as typing does.
        client.wait_for("textDocument/publishDiagnostics")
        position = {"textDocument": {"uri": uri}}
        hover = client.request("textDocument/hover", {**position, "position": _at(hover_at)})
        items = client.request("textDocument/completion", {**position, "position": _at(complete_at)})
        change = {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": text}]}
        client.notify("textDocument/didChange", change)
        published = client.wait_for("textDocument/publishDiagnostics")["params"]
        diagnostics = [
            f"{d['range']['start']['line'] + 1}:{d['range']['start']['character'] + 1} {d['message']}"
            for d in published["diagnostics"]
        ]
        listed = items["items"] if isinstance(items, dict) else items or []
        hover_text = hover["contents"]["value"] if hover and isinstance(hover["contents"], dict) else str(hover)
        return EditorView(diagnostics, hover_text, sorted(i["label"] for i in listed))
    finally:
        process.kill()
        process.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", help="a content file, relative to the workspace")
    parser.add_argument(
        "--workspace", default=ROOT, type=Path, help="folder with .vscode/ and schemas/ (the repository)"
    )
    parser.add_argument("--hover", default="0:1", help="line:character (0-based) to hover over")
    parser.add_argument(
        "--complete", default="", help="line:character (0-based) to complete at; default: a new last line"
    )
    args = parser.parse_args()
    text = (args.workspace / args.file).read_text(encoding="utf-8")
    if not text.endswith("\n"):
        text += "\n"
    complete = tuple(int(x) for x in args.complete.split(":")) if args.complete else (text.count("\n"), 0)
    view = ask(args.workspace, args.file, text, tuple(int(x) for x in args.hover.split(":")), complete)  # type: ignore[arg-type]
    print("诊断（编辑器中的波浪线）:")
    for line in view.diagnostics or ["（无）"]:
        print(f"  {line}")
    print(f"悬停:\n  {view.hover.replace(chr(10), chr(10) + '  ')}")
    print(f"补全（{len(view.completion)} 项）: {', '.join(view.completion)}")


if __name__ == "__main__":
    sys.exit(main())
