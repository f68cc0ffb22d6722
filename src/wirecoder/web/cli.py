"""Review app commands: ``serve`` (the web app) and ``user add`` (accounts)."""

from __future__ import annotations

from typing import Annotated

import typer

DbOption = Annotated[str | None, typer.Option("--db", help="Database URL or SQLite file (default: ./wirecoder.db).")]
user_app = typer.Typer(help="Accounts of the review app.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.command("serve")(serve_cmd)
    app.add_typer(user_app, name="user")


def _err(msg: str) -> None:
    typer.echo(f"error: {msg}", err=True)


def serve_cmd(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Start the review app (log in with an account made by `wirecoder user add`)."""
    import uvicorn

    from wirecoder.paths import default_db_url
    from wirecoder.store import StoreError
    from wirecoder.web.app import create_app
    from wirecoder.web.auth import list_users

    try:
        app = create_app(db or default_db_url())
    except StoreError as exc:
        _err(str(exc))
        raise typer.Exit(2) from None
    if not list_users(app.state.store):
        typer.echo("no accounts yet: add one with `wirecoder user add NAME --admin`", err=True)
    typer.echo(f"review app on http://{host}:{port}/ ({app.state.store.url})", err=True)
    uvicorn.run(app, host=host, port=port, log_level="info")


@user_app.command("add")
def user_add_cmd(
    name: Annotated[str, typer.Argument(help="The user's login name.")],
    admin: Annotated[bool, typer.Option("--admin", help="Make the user an admin (else a reviewer).")] = False,
    password: Annotated[str | None, typer.Option(help="The password (asked for when not given).")] = None,
    db: DbOption = None,
) -> None:
    """Add a reviewer (or, with --admin, an admin) account."""
    from wirecoder.paths import default_db_url
    from wirecoder.store import Store, StoreError
    from wirecoder.web.auth import UserError, add_user

    if password is None:
        password = typer.prompt("password", hide_input=True, confirmation_prompt=True)
    try:
        store = Store.open(db or default_db_url())
        add_user(store, name, password, "admin" if admin else "reviewer")
    except (StoreError, UserError) as exc:
        _err(str(exc))
        raise typer.Exit(2) from None
    typer.echo(f"added {'admin' if admin else 'reviewer'} {name}", err=True)


@user_app.command("list")
def user_list_cmd(db: DbOption = None) -> None:
    """List the accounts."""
    from wirecoder.paths import default_db_url
    from wirecoder.store import Store
    from wirecoder.web.auth import ensure_users, list_users

    store = Store.open(db or default_db_url())
    ensure_users(store)
    for u in list_users(store):
        typer.echo(f"{u['name']}\t{u['role']}\t{u['created']}")
