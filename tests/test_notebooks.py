"""Execute every notebook in notebooks/ with nbclient on this interpreter; no cell may fail."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
#: What each notebook must have shown, beyond running without errors.
EXPECTED = {
    "explore": ["weakly connected component", "iframe"],
    "sparql-pandas": ["Baton Rouge", "win statements", "text/html"],
    "award-timelines": ["image/svg+xml", "streaks of two years or more", "image/png"],
    "network-analysis": ["communities among", "betweenness", "iframe"],
}


@pytest.fixture()
def kernel_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A ``python3`` kernelspec that runs THIS interpreter (the venv), found first via JUPYTER_PATH."""
    kernelspec = pytest.importorskip("ipykernel.kernelspec", reason="ipykernel is not installed")
    prefix = tmp_path / "jupyter"
    kernelspec.install(kernel_name="python3", prefix=str(prefix))
    spec = prefix / "share" / "jupyter" / "kernels" / "python3" / "kernel.json"
    assert json.loads(spec.read_text())["argv"][0] == sys.executable
    monkeypatch.setenv("JUPYTER_PATH", str(prefix / "share" / "jupyter"))
    monkeypatch.setenv("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    monkeypatch.setenv("KG_STORE", str(tmp_path / "no-store"))  # notebooks build the examples themselves
    return "python3"


def _shown(nb) -> str:
    """Everything the cells printed or displayed, as text, prefixed by MIME type for rich outputs."""
    parts = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            parts.append(out.get("text", ""))
            for mime, value in out.get("data", {}).items():
                parts.append(f"{mime}:{value if isinstance(value, str) else ''}")
    return "\n".join(parts)


def test_every_notebook_is_checked() -> None:
    assert {p.stem for p in NOTEBOOKS.glob("*.ipynb")} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_notebook_runs_top_to_bottom(name: str, kernel_env: str, tmp_path: Path) -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    nb = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code"), "commit without outputs"
    client = nbclient.NotebookClient(nb, kernel_name=kernel_env, timeout=120,
                                     resources={"metadata": {"path": str(tmp_path)}})
    client.execute()  # raises CellExecutionError on the first failing cell
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors
    shown = _shown(nb)
    for expected in EXPECTED[name]:
        assert expected in shown, f"{name}: {expected!r} not shown"
