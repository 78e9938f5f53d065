"""Preview server: build, serve output/, rebuild and reload the browser on every saved change.

While the content is broken, output/ keeps the last good site and every HTML request is
answered with the error list instead, until the problem is fixed (house-style §3.5).
"""

from __future__ import annotations

import datetime as dt
import logging
import mimetypes
import shutil
import sys
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2

from .build import build
from .errors import BuildFailed, ContentError
from .project import PROJECT_ROOT
from .search import SearchIndexFailed, index_search

log = logging.getLogger(__name__)

StartResponse = Callable[[str, list[tuple[str, str]]], Any]
# The preview injects livereload's inline loader script, which the production CSP forbids.
_CSP_SCRIPT = "script-src 'self' 'wasm-unsafe-eval'"
_CSP_PREVIEW = "script-src 'self' 'wasm-unsafe-eval' 'unsafe-inline'"


@dataclass(slots=True)
class PreviewState:
    """The outcome of the latest build, shared by the rebuild callback and the WSGI app."""

    errors: tuple[ContentError, ...] = ()
    message: str = ""
    builds: int = 0
    history: list[str] = field(default_factory=list)


class BackgroundIndexer:
    """Re-index the preview after each rebuild without holding up the browser's reload.

    The new index is written beside the output and swapped in; it is dropped when another
    build started meanwhile (that build's own indexing replaces it).
    """

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.generation = 0
        self.lock = threading.Lock()
        self.done = threading.Event()

    def start(self) -> None:
        with self.lock:
            self.generation += 1
            generation = self.generation
        self.done.clear()
        threading.Thread(target=self._run, args=(generation,), daemon=True).start()

    def _run(self, generation: int) -> None:
        fresh = self.out_dir.parent / f".{self.out_dir.name}.pagefind-{generation}"
        try:
            index_search(self.out_dir, fresh)
            with self.lock:
                if generation != self.generation:
                    return
                target = self.out_dir / "pagefind"
                stale = self.out_dir / f".pagefind-old-{generation}"
                if target.exists():
                    target.rename(stale)
                fresh.rename(target)
                shutil.rmtree(stale, ignore_errors=True)
                print("搜索索引已更新。", file=sys.stderr)
        except (SearchIndexFailed, OSError) as exc:
            print(f"搜索索引未更新：{exc}", file=sys.stderr)
        finally:
            shutil.rmtree(fresh, ignore_errors=True)
            if generation == self.generation:
                self.done.set()


def rebuild(
    root: Path,
    out_dir: Path,
    state: PreviewState,
    search: bool,
    today: dt.date | None = None,
    indexer: BackgroundIndexer | None = None,
) -> None:
    """Run the same build as ``python build.py``; remember failure instead of raising.

    With an ``indexer`` the pages are swapped in first (keeping the previous search index) and
    the index is rebuilt in the background.
    """
    try:
        result = build(root, out_dir, search=search and indexer is None, today=today, keep_index=indexer is not None)
    except BuildFailed as exc:
        state.errors, state.message = exc.errors, exc.summary()
        print(exc.report(), file=sys.stderr)
    except SearchIndexFailed as exc:
        state.errors, state.message = (), f"搜索索引失败：{exc}"
        print(state.message, file=sys.stderr)
    else:
        state.errors, state.message = (), ""
        print(f"已重新构建 {result.pages} 个页面。", file=sys.stderr)
        if indexer is not None and search:
            indexer.start()
    state.builds += 1


def make_app(out_dir: Path, state: PreviewState) -> Callable[[dict[str, Any], StartResponse], Iterable[bytes]]:
    """A WSGI app serving ``out_dir``, or the error page while the last build failed."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(PROJECT_ROOT / "templates")),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )

    def app(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "/")
        target = _resolve(out_dir, path)
        is_html = target is None or target.suffix == ".html"
        if (state.errors or state.message) and is_html:
            body = env.get_template("error.html").render(errors=state.errors, message=state.message).encode()
            return _respond(start_response, "500 Internal Server Error", "text/html; charset=utf-8", body)
        if target is None:
            missing = out_dir / "404.html"
            body = missing.read_bytes() if missing.is_file() else b"Not Found"
            return _respond(start_response, "404 Not Found", "text/html; charset=utf-8", _preview_csp(body))
        kind = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        if kind.startswith("text/") or kind in ("application/javascript", "application/json"):
            kind += "; charset=utf-8"
        body = target.read_bytes()
        if target.suffix == ".html":
            body = _preview_csp(body)
        return _respond(start_response, "200 OK", kind, body)

    return app


def _resolve(out_dir: Path, url_path: str) -> Path | None:
    """Map a URL path to a file inside out_dir; None when missing or outside."""
    from urllib.parse import unquote

    relative = unquote(url_path).lstrip("/")
    candidate = (out_dir / relative).resolve()
    base = out_dir.resolve()
    if not candidate.is_relative_to(base):
        return None
    if candidate.is_dir():
        candidate = candidate / "index.html"
    return candidate if candidate.is_file() else None


def _preview_csp(body: bytes) -> bytes:
    return body.replace(_CSP_SCRIPT.encode(), _CSP_PREVIEW.encode(), 1)


def _respond(start_response: StartResponse, status: str, kind: str, body: bytes) -> list[bytes]:
    start_response(status, [("Content-Type", kind), ("Content-Length", str(len(body))), ("Cache-Control", "no-store")])
    return [body]


def serve(
    root: Path,
    out_dir: Path,
    host: str = "127.0.0.1",
    port: int = 8000,
    search: bool = True,
    today: dt.date | None = None,
) -> None:
    """Build once, then serve with live reload until interrupted."""
    from livereload import Server
    from livereload.handlers import LiveReloadHandler

    state = PreviewState()
    indexer = BackgroundIndexer(out_dir) if search else None
    rebuild(root, out_dir, state, search, today, indexer)
    server = Server(make_app(out_dir, state))

    def on_change() -> None:
        rebuild(root, out_dir, state, search, today, indexer)
        # livereload ignores a change that comes within ~3 s of the previous reload (the page
        # would silently stay stale after a quick second save); reload explicitly instead.
        LiveReloadHandler.reload_waiters()

    for watched in ("site.yaml", "content", "templates", "static"):
        if (root / watched).exists():
            server.watch(str(root / watched), on_change, delay=0.2)
    for shared in ("templates", "static"):
        shared_dir = PROJECT_ROOT / shared
        if shared_dir.resolve() != (root / shared).resolve():
            server.watch(str(shared_dir), on_change, delay=0.2)
    print(f"预览地址：http://{host}:{port}/  （修改内容后自动重新构建并刷新；按 Ctrl+C 退出）", file=sys.stderr)
    server.serve(host=host, port=port, debug=False, restart_delay=0)
