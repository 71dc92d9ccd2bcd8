"""``kg devset unknown``: each award series' pages read again with the series left out of the award list."""

from __future__ import annotations

from pathlib import Path

from kg.cli import main
from kg.unknown_awards import leave_out

from conftest import SHARED, needs_shared

WRITTEN = Path(__file__).resolve().parents[1] / "data" / "written" / "gold.json"


@needs_shared
def test_a_series_left_out_is_read_only_from_how_its_pages_frame_it():
    """Smart 50 Awards pages: every win read with the series known; with it left out, only some, and never
    under the list's name (the worker process really forgot the series)."""
    (fig,) = leave_out(WRITTEN, ["Smart 50 Awards"], scorer=SHARED / "eval" / "score.py", workers=1)
    assert (fig.series, fig.pages, fig.gold) == ("Smart 50 Awards", 5, 13)
    assert fig.read_known == 13
    assert fig.read_unknown < fig.read_known and fig.named_unknown == 0


@needs_shared
def test_the_command_prints_a_row_per_series_and_the_totals(capsys):
    capsys.readouterr()
    code = main(["devset", "unknown", str(WRITTEN), "--series", "Mayors Challenge", "--scorer",
                 str(SHARED / "eval" / "score.py")])
    out = capsys.readouterr().out
    assert code == 0
    assert "Mayors Challenge" in out and "read known 1.000, left out" in out
