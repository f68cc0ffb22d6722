"""``wirecoder evaluate muc4``: the field's three scores on MUC-4."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

evaluate_app = typer.Typer(help="Measure extraction against benchmark answer keys.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(evaluate_app, name="evaluate")


@evaluate_app.command("muc4")
def muc4_cmd(
    split: Annotated[str, typer.Option(help="dev (TST1+TST2) or train.")] = "dev",
    keys: Annotated[list[Path] | None, typer.Option("--keys", help="Answer key file(s) instead of a split.")] = None,
    texts: Annotated[list[Path] | None, typer.Option("--texts", help="Text file(s) instead of a split.")] = None,
    out: Annotated[Path, typer.Option("--out", help="Folder for response templates and report.json.")] = Path("out/muc4"),
    limit: Annotated[int | None, typer.Option(help="Only the first N messages.")] = None,
    learned: Annotated[str | None, typer.Option(
        help="Learned role fillers: none (rules only), lr, tagger or both; default: the shipped default.")] = None,
) -> None:
    """Extract from MUC-4 texts, write response templates, print the three scores."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
    from rich.table import Table

    from wirecoder.evaluate.muc4_eval import evaluate, split_files
    from wirecoder.evaluate.muc4_keys import SLOT_NAMES, KeyFormatError
    from wirecoder.paths import muc4_dir
    from wirecoder.pipeline import Pipeline

    err = Console(stderr=True, soft_wrap=True)
    if bool(keys) != bool(texts):
        err.print("[red]error:[/red] give both --keys and --texts, or neither (then --split is used)")
        raise typer.Exit(2)
    from wirecoder.extract import learned_mode

    try:
        learned_mode(learned)
    except ValueError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None
    try:
        text_files, key_files = (texts, keys) if keys else split_files(split, muc4_dir())
    except ValueError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None
    for f in [*text_files, *key_files]:
        if not Path(f).exists():
            err.print(f"[red]error:[/red] {f}: no such file (set WIRECODER_SHARED to the shared data folder)")
            raise typer.Exit(2)
    try:
        with Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), console=err,
                      transient=True) as progress:
            task = progress.add_task("muc4", total=limit)
            report = evaluate(text_files, key_files, out, limit=limit, pipeline=Pipeline(learned=learned),
                              on_progress=lambda: progress.advance(task))
    except KeyFormatError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None
    con = Console()
    ft = report["full_template"]
    t = Table("slot", "POS", "ACT", "COR", "PAR", "INC", "SPU", "MIS", "REC", "PRE", "F",
              title=f"MUC-4 full templates ({report['messages']} messages)")
    for slot, r in ft["slots"].items():
        t.add_row(SLOT_NAMES[int(slot)], *(f"{r[k]:.0f}" for k in ("pos", "act", "cor", "par", "inc", "spu", "mis")),
                  *(f"{r[k]:.1f}" for k in ("recall", "precision", "f")))
    for name, r in ft["summary"].items():
        t.add_row(f"[bold]{name}[/bold]", *(f"{r[k]:.0f}" for k in ("pos", "act", "cor", "par", "inc", "spu", "mis")),
                  *(f"[bold]{r[k]:.1f}[/bold]" for k in ("recall", "precision", "f")))
    con.print(t)
    c = Table("role", "P", "R", "F1", title="CEAF-REE")
    for role, r in report["ceaf_ree"].items():
        c.add_row(role, f"{r['precision']:.1f}", f"{r['recall']:.1f}", f"{r['f1']:.1f}")
    con.print(c)
    tl = report["template_level"]
    con.print(f"Template level (type + 5 roles): P {tl['precision']:.1f}  R {tl['recall']:.1f}  F1 {tl['f1']:.1f}")
    con.print(f"{report['docs_per_second']:.1f} documents/s. Reference points (test sets, not dev):")
    for v in report["references"].values():
        con.print(f"  {v}")
    con.print(f"response templates and report.json in {out}")
