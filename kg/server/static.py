"""Files the server serves under ``/static/``: the editor's own script and style (package data) and
YASGUI's build (:mod:`kg.server.editor_assets`).

Only the names listed here are served: a URL is looked up, never joined onto a folder, so no
request can read another file.  YASGUI's files sit under a versioned path and may be cached for a
year; ours are revalidated on each load.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.server.editor_assets import EDITOR_FILES, YASGUI_VERSION

__all__ = ["StaticFile", "StaticFiles", "OWN_DIR"]

#: The editor's own files, committed with the package.
OWN_DIR = Path(__file__).resolve().parent / "static"

_TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8"}


@dataclass(frozen=True)
class StaticFile:
    path: Path
    content_type: str
    cache_control: str

    def read(self) -> bytes:
        return _read(self.path, self.path.stat().st_mtime_ns)


@lru_cache(maxsize=16)
def _read(path: Path, _mtime: int) -> bytes:
    return path.read_bytes()


class StaticFiles:
    """The URL table of the editor's files; :attr:`editor` is False when YASGUI is not installed."""

    def __init__(self, editor_dir: Path | None) -> None:
        self.editor = editor_dir is not None
        self.files: dict[str, StaticFile] = {}
        for name in ("editor.js", "editor.css"):
            self.files[f"/static/{name}"] = StaticFile(OWN_DIR / name, _TYPES[Path(name).suffix], "no-cache")
        if editor_dir is not None:
            for name in EDITOR_FILES:
                self.files[self.yasgui_url(name)] = StaticFile(Path(editor_dir) / name, _TYPES[Path(name).suffix],
                                                               "public, max-age=31536000, immutable")

    @staticmethod
    def yasgui_url(name: str) -> str:
        return f"/static/yasgui-{YASGUI_VERSION}/{name}"

    @property
    def scripts(self) -> list[str]:
        """Script URLs in load order: YASGUI, then the code that sets it up."""
        return [self.yasgui_url("yasgui.min.js"), "/static/editor.js"]

    @property
    def styles(self) -> list[str]:
        return [self.yasgui_url("yasgui.min.css"), "/static/editor.css"]

    def get(self, url_path: str) -> StaticFile | None:
        return self.files.get(url_path)
