"""``kg devset``: real-page evaluation sets whose texts are restored, never committed."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import typer

from kg.cli.app import app

__all__ = ["devset_app"]

devset_app = typer.Typer(
    help=(
        "Real-page evaluation sets (tests/data/real): the gold and each page's address are committed, the "
        "third-party texts are restored into the set's git-ignored texts/ folder.\n\n"
        "  kg devset check tests/data/real           # which texts are present and unchanged\n\n"
        "  kg devset restore tests/data/real answers/*.json   # write texts from saved search answers\n\n"
        "  kg devset assemble tests/data/real        # rebuild gold.json and manifest.json from pages/\n\n"
        "  kg devset train tests/data/real/gold.json --dry-run   # the award linker: readers vs linker, CV\n\n"
        "  kg devset unknown tests/data/real/gold.json --top 10   # each series read as if nobody had listed it\n\n"
        "  kg devset split tests/data/real --first 240   # worked-on and set-aside parts, picked by the ids' hashes\n\n"
        "Then: kg eval tests/data/real/gold.json --scorer ../shared/eval/score.py"
    ),
    no_args_is_help=True,
)
app.add_typer(devset_app, name="devset")


@devset_app.command("check")
def check_command(folder: Path = typer.Argument(..., help="The set's folder, e.g. tests/data/real.")) -> None:
    """Say which pages' texts are present and unchanged; exit 1 when any is missing or changed."""
    from kg.devset import check

    status = check(folder)
    for doc_id, what in sorted(status.items()):
        if what != "ok":
            typer.echo(f"{doc_id}: {what}")
    counts = Counter(status.values())
    typer.echo(", ".join(f"{n} {k}" for k, n in sorted(counts.items())) or "no pages")
    if set(counts) - {"ok"}:
        raise typer.Exit(1)


@devset_app.command("restore")
def restore_command(
    folder: Path = typer.Argument(..., help="The set's folder, e.g. tests/data/real."),
    answers: list[Path] = typer.Argument(..., help="Saved JSON answers of a page search (results: url, excerpt)."),
) -> None:
    """Write texts/<id>.txt for every page whose address one of the answers holds."""
    from kg.devset import restore

    done = restore(folder, answers)
    for doc_id, what in sorted(done.items()):
        typer.echo(f"{doc_id}: {what}")
    typer.echo(f"{len(done)} page(s) written")


@devset_app.command("assemble")
def assemble_command(folder: Path = typer.Argument(..., help="The set's folder, e.g. tests/data/real.")) -> None:
    """Rebuild gold.json and manifest.json from the per-page files in pages/."""
    from kg.devset import assemble

    typer.echo(f"{assemble(folder)} page(s) assembled")


@devset_app.command("split")
def split_command(
    folder: Path = typer.Argument(..., help="The set's folder, e.g. tests/data/real."),
    first: int = typer.Option(None, "--first", min=1, help="Only this many pages in SHA-256 order (default: all)."),
    skip: int = typer.Option(0, "--skip", min=0, help="After the first SKIP pages in that order."),
    hold_every: int = typer.Option(3, "--hold-every", min=1,
                                   help="Set aside the pages whose id's SHA-256 this divides (1: every page)."),
    out: Path = typer.Option(None, "--out", "-o", help="Folder for worked.json and set-aside.json "
                             "(default: FOLDER/splits, git-ignored)."),
) -> None:
    """Split the pages whose texts are present into worked-on and set-aside gold files, by their ids' hashes.

    The same pages on every machine, picked without looking at them: restore the first N pages `kg devset
    order` prints, then split, work on worked.json and score set-aside.json once.

      kg devset split tests/data/real --first 240
      kg eval tests/data/real/splits/worked.json --scorer ../shared/eval/score.py
    """
    from kg.devset import split

    parts = split(folder, first=first, hold_every=hold_every, skip=skip)
    out = out or folder / "splits"
    out.mkdir(parents=True, exist_ok=True)
    for name, records in parts.items():
        (out / f"{name}.json").write_text(json.dumps(records, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        wins = sum(len(r.get("awards") or []) for r in records)
        typer.echo(f"{out / (name + '.json')}: {len(records)} page(s), {wins} win(s)")


@devset_app.command("order")
def order_command(
    folder: Path = typer.Argument(..., help="The set's folder, e.g. tests/data/real."),
    missing: bool = typer.Option(False, "--missing", help="Only the pages whose texts are not restored."),
) -> None:
    """Print the set's page ids in the order of their ids' SHA-256 (the order to restore them in)."""
    from kg.devset import order

    for doc_id in order(folder):
        if not missing or not (folder / "texts" / f"{doc_id}.txt").exists():
            typer.echo(doc_id)


@devset_app.command("train")
def train_command(
    gold: list[Path] = typer.Argument(..., help="Gold JSON files to learn from, e.g. tests/data/real/gold.json "
                                                "tests/data/written/gold.json."),
    scorer: Path = typer.Option(None, "--scorer", help="The scorer script (default: eval/score.py above GOLD)."),
    out: Path = typer.Option(None, "--out", help="Where to write the model (default: the package's "
                                                  "kg/data/award_linker.json)."),
    c: float = typer.Option(0.3, "--c", help="Inverse regularisation strength of the logistic regression."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Report the cross-validated figures, write nothing."),
    keep_readers: bool = typer.Option(True, "--keep-readers/--drop-readers",
                                      help="Keep every win the readers propose and let the linker only add "
                                           "(the default), or let it drop readers' wins too."),
) -> None:
    """Train the award linker on gold sets and report readers vs linker by 5-fold cross-validation.

    Folds hold whole pages out; figures are given for every gold file and for all together.  The model
    is written as named weights (JSON) that extraction reads without any machine-learning library.
    Needs scikit-learn (pip install -e '.[train]').
    """
    import json

    from kg.data import DATA_DIR
    from kg.errors import KGError

    try:
        import sklearn  # noqa: F401

        from kg import linker_training as training
    except ImportError as exc:
        raise KGError("E502", str(gold[0]), detail=str(exc)) from None
    examples: list = []
    n_gold: dict[str, int] = {}
    for g in gold:
        ex, ng = training.collect(g, scorer, prefix=f"{g.parent.name}/")
        examples += ex
        n_gold.update(ng)
    cv = training.cross_validate(examples, n_gold, c=c, keep_readers=keep_readers)
    for g in gold:
        part = f"{g.parent.name}/"
        for name, figures in training.figures(cv, examples, n_gold, part).items():
            f1, tp, fp, fn = figures
            typer.echo(f"{g.parent.name:<10} {name:<8} award F1 {f1:.3f}  (tp {tp}, fp {fp}, fn {fn})")
    for name in ("readers", "linker"):
        f1, tp, fp, fn = cv[name]
        typer.echo(f"{'all':<10} {name:<8} award F1 {f1:.3f}  (tp {tp}, fp {fp}, fn {fn})  5-fold, pages held out")
    typer.echo(f"thresholds: {cv['threshold']:.2f} for the readers' wins, {cv['threshold_new']:.2f} for new ones")
    if dry_run:
        return
    model = training.fit(examples, cv["threshold"], cv["threshold_new"], c=c, where=", ".join(map(str, gold)))
    model["trained_on"] = f"{len(n_gold)} pages ({', '.join(g.parent.name for g in gold)}), {len(examples)} candidates"
    target = out or DATA_DIR / "award_linker.json"
    tmp = target.with_suffix(".tmp")
    tmp.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    tmp.replace(target)
    typer.echo(f"model written to {target} ({len(model['weights'])} weights)")


@devset_app.command("unknown")
def unknown_command(
    gold: Path = typer.Argument(..., help="A gold JSON file whose texts are present, e.g. tests/data/real/gold.json."),
    series: list[str] = typer.Option(None, "--series", help="An award series of kg/data/awards.json, by its name "
                                                            "(repeat the option for more)."),
    top: int = typer.Option(10, "--top", help="Without --series: the series the most gold pages name."),
    scorer: Path = typer.Option(None, "--scorer", help="The scorer script (default: eval/score.py above GOLD)."),
    workers: int = typer.Option(2, "--workers", help="Series read at once (one process each)."),
) -> None:
    """Read each award series' pages again with the series left out of the award list.

    The development set's series are nearly all in the award list; users' pages mostly name series nobody
    listed.  For each series this prints its gold wins, how many are read with the series known, and how many
    with it left out (place and year right, under any name; "named": under the gold's name, compared as the
    scorer compares names), and the wins read on its pages that are no gold win there ("false").  Example:

      kg devset unknown tests/data/real/gold.json --series SolSmart --series "ParkScore"
    """
    import json

    from kg.unknown_awards import leave_out, most_paged_series

    chosen = list(series) if series else most_paged_series(json.loads(gold.read_text(encoding="utf-8")), top)
    typer.echo(f"{'series':<42} {'pages':>5} {'wins':>5} {'known':>6} {'unknown':>8} {'named':>6} "
               f"{'false known':>12} {'false unknown':>14}")

    def show(f) -> None:
        typer.echo(f"{f.series[:42]:<42} {f.pages:>5} {f.gold:>5} {f.read_known:>6} {f.read_unknown:>8} "
                   f"{f.named_unknown:>6} {f.false_known:>12} {f.false_unknown:>14}")

    figures = leave_out(gold, chosen, scorer=scorer, workers=workers, on_done=show)
    wins = sum(f.gold for f in figures)
    if wins:
        known, unknown = sum(f.read_known for f in figures), sum(f.read_unknown for f in figures)
        typer.echo(f"{'all':<42} {sum(f.pages for f in figures):>5} {wins:>5} {known:>6} {unknown:>8} "
                   f"{sum(f.named_unknown for f in figures):>6} {sum(f.false_known for f in figures):>12} "
                   f"{sum(f.false_unknown for f in figures):>14}   read known {known / wins:.3f}, "
                   f"left out {unknown / wins:.3f}, named when left out "
                   f"{sum(f.named_unknown for f in figures) / wins:.3f}")
