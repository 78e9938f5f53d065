"""Stage 6a: the only writer. Builds into a fresh folder beside output/, then swaps it in.

A failure at any point leaves the previous output/ exactly as it was.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from . import urls
from .values import OutputFile, RenderedPage


@contextlib.contextmanager
def staged_output(out_dir: Path, keep: Sequence[str] = ()) -> Iterator[Path]:
    """Yield an empty staging folder; on normal exit it replaces ``out_dir`` atomically.

    Folders named in ``keep`` are carried over from the old output when the new one lacks them
    (the preview keeps the last search index while a new one is built in the background).
    """
    out_dir = out_dir.resolve()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.new-", dir=out_dir.parent))
    try:
        yield stage
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise
    for name in keep:
        if (out_dir / name).is_dir() and not (stage / name).exists():
            shutil.copytree(out_dir / name, stage / name)
    old = out_dir.with_name(f".{out_dir.name}.old-{os.getpid()}")
    if out_dir.exists():
        out_dir.rename(old)
    stage.rename(out_dir)
    os.chmod(out_dir, 0o755)
    shutil.rmtree(old, ignore_errors=True)


def write_pages(rendered: Sequence[RenderedPage], stage: Path) -> None:
    for page in rendered:
        target = stage / page.out_path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page.html, encoding="utf-8", newline="\n")


def write_files(files: Sequence[OutputFile], stage: Path) -> None:
    for item in files:
        target = stage / urls.out_path(item.url)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(item.data)


def copy_static(static_dirs: Sequence[Path], stage: Path) -> None:
    """Copy shared static files, then the site's own (which override file by file)."""
    for static in static_dirs:
        if static.is_dir():
            shutil.copytree(static, stage / "static", dirs_exist_ok=True)


def copy_assets(content_dir: Path, assets: Sequence[str], stage: Path) -> None:
    """Attachments under content/files/ are published at /files/."""
    for rel in assets:
        target = stage / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(content_dir / rel, target)
