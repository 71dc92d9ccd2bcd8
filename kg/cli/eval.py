"""``kg eval``: extraction plus the scorer in one command, with an optional floor for CI."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from kg.cli.app import app
from kg.errors import KGError

__all__ = ["eval_command"]


@app.command("eval")
def eval_command(
    gold: Path = typer.Argument(..., help="Gold JSON: records with 'file' paths, e.g. ../shared/dev/gold.json."),
    scorer: Path = typer.Option(None, "--scorer", help="The scorer script (default: eval/score.py found above GOLD)."),
    min_f1: float = typer.Option(None, "--min-f1", help="Exit 1 when micro F1 is below this floor."),
    min_award_f1: float = typer.Option(None, "--min-award-f1", help="Exit 1 when award-tuple F1 is below this."),
    errors: bool = typer.Option(False, "--errors", help="Also list every error the scorer finds."),
    shapes: bool = typer.Option(False, "--shapes", help="Also count the award errors by shape (missed with "
                                                        "another year read, place never read as a place, ...)."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
) -> None:
    """Extract every document a gold file describes and score the result.

    Example: kg eval ../shared/dev/gold.json --min-f1 0.85 --shapes
    """
    from kg.evaluate import evaluate

    result = evaluate(gold, scorer)
    for line in result.failed:
        typer.echo(line, err=True)
    if as_json:
        typer.echo(json.dumps({**result.figures, "award_error_shapes": result.shapes} if shapes else result.figures,
                              indent=2))
    else:
        lines = result.report.rstrip("\n").split("\n")
        if not errors:
            lines = [ln for ln in lines if not ln.startswith("  ")]
        typer.echo("\n".join(lines))
        if shapes:
            from kg.error_shapes import SHAPES

            typer.echo("award errors by shape:")
            for shape in SHAPES:
                typer.echo(f"  {result.shapes.get(shape, 0):5d}  {shape}")
    if min_f1 is not None and result.micro_f1 < min_f1:
        raise KGError("E501", str(gold), detail=f"{result.micro_f1:.3f}", limit=f"{min_f1:.3f}")
    if min_award_f1 is not None and result.award_tuple_f1 < min_award_f1:
        raise KGError("E501", str(gold), detail=f"award-tuple {result.award_tuple_f1:.3f}", limit=f"{min_award_f1:.3f}")
