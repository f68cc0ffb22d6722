"""Store commands: ``ingest`` (the main job), ``status``, ``incidents``, ``merge``, ``export``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

DbOption = Annotated[str | None, typer.Option("--db", help="Database URL or SQLite file (default: ./wirecoder.db).")]


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest_cmd)
    app.command("status")(status_cmd)
    app.command("incidents")(incidents_cmd)
    app.command("merge")(merge_cmd)
    app.command("export")(export_cmd)


def _console():
    from rich.console import Console

    return Console(stderr=True, soft_wrap=True)


def _open(db: str | None):
    from wirecoder.paths import default_db_url
    from wirecoder.store import Store, StoreError

    try:
        return Store.open(db or default_db_url())
    except StoreError as exc:
        _console().print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None


def ingest_cmd(
    paths: Annotated[list[Path] | None, typer.Argument(help="Files or folders to ingest.")] = None,
    db: DbOption = None,
    retry_failed: Annotated[bool, typer.Option("--retry-failed", help="Also retry quarantined documents.")] = False,
    no_merge: Annotated[bool, typer.Option("--no-merge", help="Do not merge reports of one event afterwards.")] = False,
) -> None:
    """Extract records from reports and store them (the main job), then merge reports of one event."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

    from wirecoder.store.ingest import ingest

    err = _console()
    if not paths and not retry_failed:
        err.print("[red]error:[/red] give files or folders to ingest, or --retry-failed")
        raise typer.Exit(2)
    from wirecoder.extract import learned_mode

    try:
        learned_mode()
    except ValueError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None
    store = _open(db)
    with Progress(SpinnerColumn(), TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), console=err,
                  transient=True) as progress:
        task = progress.add_task("ingest", total=None)
        counts = ingest(store, paths or [], retry_failed=retry_failed,
                        on_progress=lambda: progress.advance(task))
    err.print(f"{counts['docs_new']} new, {counts['docs_replaced']} replaced, {counts['docs_unchanged']} unchanged, "
              f"{counts['docs_failed']} failed documents; {counts['incidents']} incidents stored in {store.url}")
    for f in store.open_failures()[:20]:
        err.print(f"[yellow]quarantined[/yellow] {f['source']}: {f['reason']}", highlight=False)
    if not no_merge:
        from wirecoder.store.merge import merge_all

        err.print(merge_all(store).summary + " (reports of one event; wirecoder merge --explain says why)")
    if counts["docs_new"] + counts["docs_replaced"] + counts["docs_unchanged"] == 0 and counts["docs_failed"]:
        raise typer.Exit(1)


def status_cmd(db: DbOption = None) -> None:
    """Counts, recent runs and quarantined documents."""
    from rich.console import Console
    from rich.table import Table

    store = _open(db)
    out = Console(soft_wrap=True)
    c = store.counts()
    out.print(f"{store.url}: {c['documents']} documents, {c['incidents']} incidents, {c['claims']} claims, "
              f"{c['failures']} quarantined")
    runs = Table("run", "started", "finished", "new", "replaced", "unchanged", "failed", "incidents", title="recent runs")
    for r in store.recent_runs():
        runs.add_row(str(r["id"]), r["started"], r["finished"] or "(interrupted)", *(str(r[k] or 0) for k in (
            "docs_new", "docs_replaced", "docs_unchanged", "docs_failed", "incidents")))
    out.print(runs)
    fails = store.open_failures()
    if fails:
        t = Table("source", "reason", "when", title="quarantined (wirecoder ingest --retry-failed)")
        for f in fails:
            t.add_row(f["source"], f["reason"], f["at"])
        out.print(t)


def incidents_cmd(
    db: DbOption = None,
    since: Annotated[str | None, typer.Option(help="Only incidents on or after this date (YYYY-MM-DD).")] = None,
    country: Annotated[str | None, typer.Option(help="Two-letter country code.")] = None,
    group: Annotated[str | None, typer.Option(help="Perpetrator group (part of its name).")] = None,
    limit: Annotated[int, typer.Option(help="At most this many rows.")] = 50,
) -> None:
    """List stored incidents."""
    from rich.console import Console
    from rich.table import Table

    store = _open(db)
    rows = store.list_incidents(since=since, country=country, group=group, limit=limit)
    t = Table("id", "date", "type", "stage", "place", "cc", "group", "killed", "injured", title=f"{len(rows)} incidents")
    for r in rows:
        t.add_row(r["id"], r["date_value"] or "?", r["type"], r["stage"] or "", r["location"] or "",
                  r["country_code"] or "", r["groups"] or "", "" if r["killed"] is None else str(r["killed"]),
                  "" if r["injured"] is None else str(r["injured"]))
    Console().print(t)


def merge_cmd(
    db: DbOption = None,
    threshold: Annotated[float | None, typer.Option(help="Merge pairs scoring at least this (default 0.6).")] = None,
    explain: Annotated[bool, typer.Option("--explain", help="Print every merge and near miss with its score "
                                                             "and reasons.")] = False,
) -> None:
    """Merge reports of one event from different documents into one incident (idempotent)."""
    from rich.console import Console

    from wirecoder.store.merge import THRESHOLD, merge_all

    store = _open(db)
    result = merge_all(store, THRESHOLD if threshold is None else threshold)
    out = Console(soft_wrap=True, highlight=False)
    if explain:
        for ln in result.links:
            out.print(f"merged {ln['incident_id']} into {ln['into']}: score {ln['score']:.2f} "
                      f"(pair {' ~ '.join(ln['pair'])}): {', '.join(ln['reasons'])}")
        for n in result.near:
            out.print(f"kept apart {n['a']} ~ {n['b']}: score {n['score']:.2f}, {n['why_not']}: "
                      f"{', '.join(n['reasons'])}")
    _console().print(result.summary)


def export_cmd(
    fmt: Annotated[str, typer.Option("--format", help="csv, jsonl, parquet or geojson.")] = "csv",
    out: Annotated[Path | None, typer.Option("-o", "--out", help="Output file (default: incidents.FORMAT).")] = None,
    db: DbOption = None,
    since: Annotated[str | None, typer.Option(help="From this date (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Up to this date (YYYY-MM-DD).")] = None,
    country: Annotated[str | None, typer.Option(help="Two-letter country code.")] = None,
    type: Annotated[str | None, typer.Option("--type", help="Incident type, e.g. bombing.")] = None,
    group: Annotated[str | None, typer.Option(help="Perpetrator group (part of its name).")] = None,
) -> None:
    """Export incidents (CSV columns follow the GTD codebook)."""
    from wirecoder.store.export import FORMATS, export

    err = _console()
    if fmt not in FORMATS:
        err.print(f"[red]error:[/red] unknown format {fmt!r} (one of {', '.join(FORMATS)})")
        raise typer.Exit(2)
    store = _open(db)
    target = out or Path(f"incidents.{fmt}")
    n = export(store, fmt, target, since=since, until=until, country=country, type=type, group=group)
    err.print(f"{n} incidents written to {target}")
