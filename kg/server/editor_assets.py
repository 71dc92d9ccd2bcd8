"""The query editor's files: YASGUI's build, fetched once with npm at a pinned version and checked.

Why fetched and not committed: the npm package ships a 1 MB minified bundle of YASGUI and a dozen
libraries without their licence texts, so the repository keeps the pin (name, version, the
registry's sha512 integrity) and ``npm pack`` brings the exact tarball.  ``kg serve`` calls
:func:`ensure_editor` before it starts (the first start takes a second or two); without npm or the
registry it says so in one line and ``/`` serves the plain query form instead.

Where the files go: ``kg/server/vendor/yasgui-<version>/`` next to this module (git-ignored;
package data, so a wheel built afterwards carries them), or the user's cache folder when the
package folder cannot be written; ``$KG_EDITOR_DIR`` names another folder.

>>> EDITOR_FILES
('yasgui.min.js', 'yasgui.min.css')
>>> integrity_of(b"")[:20]
'sha512-z4PhNX7vuL3xV'
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import subprocess
import tarfile
import tempfile
from collections.abc import Callable
from pathlib import Path

from kg.errors import KGError

__all__ = ["YASGUI_PACKAGE", "YASGUI_VERSION", "YASGUI_INTEGRITY", "EDITOR_FILES", "ENV_DIR", "editor_dirs",
           "find_editor", "install_editor", "ensure_editor", "integrity_of"]

YASGUI_PACKAGE = "@zazuko/yasgui"
YASGUI_VERSION = "4.6.2"
#: The npm registry's ``dist.integrity`` of the tarball (``npm view @zazuko/yasgui@4.6.2 dist.integrity``).
YASGUI_INTEGRITY = "sha512-Zw45KdPoAE1KRaAoxIHdQqeJxvaVG1oQdntw0hy0ktX35Zu8ZccuOLrXCLwR+GU+0xMzLw8Mjw6BkSZV2vUuQw=="
#: The files the page loads, from the package's ``build/`` folder.
EDITOR_FILES = ("yasgui.min.js", "yasgui.min.css")
#: Environment variable naming the folder that holds (or will hold) the editor's files.
ENV_DIR = "KG_EDITOR_DIR"
#: Seconds ``npm pack`` may take before the install is given up.
NPM_TIMEOUT = 120.0

_FOLDER = f"yasgui-{YASGUI_VERSION}"


def integrity_of(data: bytes) -> str:
    """The Subresource-Integrity string npm records for a tarball (``sha512-`` and base64)."""
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode("ascii")


def editor_dirs() -> list[Path]:
    """Where the editor's files are looked for, in order: ``$KG_EDITOR_DIR`` alone when set, else the
    package's ``vendor`` folder, then the user's cache folder."""
    override = os.environ.get(ENV_DIR)
    if override:
        return [Path(override)]
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return [Path(__file__).resolve().parent / "vendor" / _FOLDER, cache / "civic-kg" / _FOLDER]


def _complete(folder: Path) -> bool:
    return all((folder / name).is_file() for name in EDITOR_FILES)


def find_editor() -> Path | None:
    """The folder that holds the pinned editor's files, or None when it was never installed."""
    return next((folder for folder in editor_dirs() if _complete(folder)), None)


def _writable_target() -> Path:
    """The first place in :func:`editor_dirs` whose nearest existing ancestor can be written."""
    candidates = editor_dirs()
    for folder in candidates:
        probe = folder
        while not probe.exists() and probe != probe.parent:
            probe = probe.parent
        if os.access(probe, os.W_OK):
            return folder
    return candidates[-1]


def _npm_message(text: str) -> str:
    """npm's own explanation: its first ``npm error`` line that is neither the code nor the log's path."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in lines:
        words = line.split()
        if line.startswith("npm error") and len(words) > 3 and words[2] != "code" and "complete log" not in line:
            return " ".join(words[2:])
    return lines[0] if lines else "no output"


def _npm_pack(npm: str, spec: str, into: Path, timeout: float) -> Path:
    """Run ``npm pack SPEC`` into ``into``; the tarball's path (E610 when npm fails)."""
    command = [npm, "pack", spec, "--json", "--pack-destination", str(into), "--ignore-scripts",
               "--fetch-retries=1", "--fetch-timeout=30000", "--loglevel=error", "--no-audit", "--no-fund"]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, cwd=into,
                              stdin=subprocess.DEVNULL)
    except FileNotFoundError:
        raise KGError("E610", None, detail=f"npm was not found ({npm}); install Node.js's npm, "
                      "or start kg serve with --no-editor") from None
    except subprocess.TimeoutExpired:
        raise KGError("E610", None, detail=f"npm pack {spec} took more than {timeout:g} s") from None
    if done.returncode != 0:
        raise KGError("E610", None, detail=f"npm pack {spec} failed: {_npm_message(done.stderr or done.stdout)}")
    try:
        filename = json.loads(done.stdout)[0]["filename"]
    except (ValueError, LookupError, TypeError):
        tarballs = sorted(into.glob("*.tgz"))
        if not tarballs:
            raise KGError("E610", None, detail=f"npm pack {spec} wrote no tarball") from None
        return tarballs[0]
    return into / filename.replace("/", "-").lstrip("@")


def _unpack(tarball: Path, folder: Path) -> None:
    """Copy ``build/<file>`` for each editor file, and the package's ``package.json`` (its licence and
    version), from the tarball into ``folder``; members are read, never extracted by their own path."""
    wanted = {f"package/build/{name}": name for name in EDITOR_FILES}
    wanted["package/package.json"] = "package.json"
    found: set[str] = set()
    with tarfile.open(tarball, "r:gz") as tar:
        for member in tar.getmembers():
            name = wanted.get(member.name)
            if name is None or not member.isfile():
                continue
            source = tar.extractfile(member)
            if source is not None:
                (folder / name).write_bytes(source.read())
                found.add(name)
    missing = [name for name in EDITOR_FILES if name not in found]
    if missing:
        raise KGError("E610", None, detail=f"the package has no build/{', build/'.join(missing)}")


def install_editor(dest: Path | None = None, *, spec: str = f"{YASGUI_PACKAGE}@{YASGUI_VERSION}",
                   integrity: str = YASGUI_INTEGRITY, npm: str | None = None,
                   timeout: float = NPM_TIMEOUT) -> Path:
    """Fetch ``spec`` with ``npm pack``, check its sha512 against ``integrity``, and put its build files in
    ``dest`` (default: the first writable place of :func:`editor_dirs`).

    The folder appears whole or not at all (written beside it, then renamed), so a server never
    sees half an install.  Errors: E610 (npm missing or failing), E611 (checksum mismatch).
    """
    dest = Path(dest) if dest is not None else _writable_target()
    npm = npm or shutil.which("npm") or "npm"
    with tempfile.TemporaryDirectory(prefix="kg-editor-") as tmp:
        tarball = _npm_pack(npm, spec, Path(tmp), timeout)
        try:
            data = tarball.read_bytes()
        except OSError as exc:
            raise KGError("E610", None, detail=f"cannot read the tarball npm wrote: {exc}") from None
        if integrity_of(data) != integrity:
            raise KGError("E611", None, detail=spec, limit=integrity[:20] + "...")
        try:
            dest.parent.mkdir(parents=True, exist_ok=True)
            staging = Path(tempfile.mkdtemp(prefix=f".{dest.name}-", dir=dest.parent))
            staging.chmod(0o755)  # mkdtemp's 0700 would hide the files from other users of the install
        except OSError as exc:
            raise KGError("E610", None, detail=f"cannot write {dest.parent}: {exc.strerror or exc}") from None
        try:
            _unpack(tarball, staging)
            if not _complete(dest):
                shutil.rmtree(dest, ignore_errors=True)
                try:
                    os.replace(staging, dest)
                except OSError:
                    if not _complete(dest):  # not just another process finishing first
                        raise
            shutil.rmtree(staging, ignore_errors=True)
        except OSError as exc:
            shutil.rmtree(staging, ignore_errors=True)
            raise KGError("E610", None, detail=f"cannot write {dest}: {exc.strerror or exc}") from None
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    return dest


def ensure_editor(progress: Callable[[str], None] | None = None) -> tuple[Path, bool]:
    """The editor's folder, installing it first when missing: ``(folder, installed_now)``.

    ``progress`` hears one line before a fetch starts (``kg serve`` passes it on a terminal).
    """
    found = find_editor()
    if found is not None:
        return found, False
    if progress is not None:
        progress(f"fetching the query editor ({YASGUI_PACKAGE} {YASGUI_VERSION}) with npm, once ...")
    return install_editor(), True
