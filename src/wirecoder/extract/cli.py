"""``wirecoder extract PATH... [-o OUT] [--format jsonl|json|muc4]``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

PROGRESS_THRESHOLD = 5


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)


def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders: text, HTML, JSONL, MUC-4 corpus files.")],
    out: Annotated[Path | None, typer.Option("-o", "--out", help="Write records here instead of standard output.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="jsonl (one record a line), json (a list) or muc4 (templates).")] = "jsonl",
    learned: Annotated[str | None, typer.Option(
        help="Learned role fillers: lr (default, fast), both (with the MiniLM tagger: more accurate, slower), "
             "tagger, or none (rules only). Also WIRECODER_LEARNED.")] = None,
) -> None:
    """Read reports and write one incident record per document."""
    from rich.console import Console

    from wirecoder.ingest import iter_documents
    from wirecoder.pipeline import Pipeline
    from wirecoder.schema import Failure

    err = Console(stderr=True, soft_wrap=True)
    if fmt not in ("jsonl", "json", "muc4"):
        err.print(f"[red]error:[/red] unknown format {fmt!r} (jsonl, json or muc4)")
        raise typer.Exit(2)
    from wirecoder.extract import learned_mode

    try:
        learned_mode(learned)
    except ValueError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None
    docs = list(iter_documents(paths))
    pipeline = Pipeline(learned=learned)
    records, failures = [], []
    stream = open(out, "w", encoding="utf-8") if out and fmt == "jsonl" else None
    sink = stream or (sys.stdout if fmt == "jsonl" else None)

    def handle(item):
        raw, result = item
        if isinstance(result, Failure):
            failures.append(result)
            err.print(f"[yellow]skipped[/yellow] {result.source}: {result.reason}", highlight=False)
            return
        if sink is not None:
            sink.write(json.dumps(result, ensure_ascii=False) + "\n")
        else:
            records.append(result)
        nonlocal_counts["docs"] += 1
        nonlocal_counts["incidents"] += len(result["incidents"])

    nonlocal_counts = {"docs": 0, "incidents": 0}
    try:
        if len(docs) > PROGRESS_THRESHOLD:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            with Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                          console=err, transient=True) as progress:
                task = progress.add_task("extract", total=len(docs))
                for item in pipeline.pipe(docs):
                    handle(item)
                    progress.advance(task)
        else:
            for item in pipeline.pipe(docs):
                handle(item)
    finally:
        if stream is not None:
            stream.close()
    if fmt == "json":
        text = json.dumps(records, ensure_ascii=False, indent=2)
        (out.write_text(text + "\n", encoding="utf-8") if out else sys.stdout.write(text + "\n"))
    elif fmt == "muc4":
        from wirecoder.evaluate.muc4_templates import write_response

        target = out or Path("/dev/stdout")
        write_response(records, target)
    err.print(f"{nonlocal_counts['docs']} documents, {nonlocal_counts['incidents']} incidents, "
              f"{len(failures)} failures")
    if nonlocal_counts["docs"] == 0:
        raise typer.Exit(1)
