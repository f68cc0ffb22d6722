"""The ``wirecoder`` command line.

Each subpackage that owns commands exposes ``register(app)`` in its own
``cli`` module; this file only composes them, so that no two parts of the
project edit the same file to add a command.
"""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="wirecoder",
    help="Turn news reports of political violence into a sourced incident database.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)



@app.callback()
def _root() -> None:
    """Turn news reports of political violence into a sourced incident database."""


COMMAND_MODULES = (
    "wirecoder.extract.cli",    # extract
    "wirecoder.evaluate.cli",   # evaluate muc4
    "wirecoder.store.cli",      # ingest, status, merge, export, incidents
    "wirecoder.web.cli",        # serve, user
    "wirecoder.geo.cli",        # geo build, geo resolve
    "wirecoder.training.cli",   # train
)

for _name in COMMAND_MODULES:
    try:
        _mod = importlib.import_module(_name)
    except ModuleNotFoundError as exc:  # a part not built yet
        if exc.name is None or not _name.startswith(exc.name):
            raise
        continue
    _mod.register(app)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
