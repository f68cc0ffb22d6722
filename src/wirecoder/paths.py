"""Where things are: the package's data, the shared data folder, the default store."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
MODELS_DIR = PACKAGE_DIR / "models"


def shared_dir() -> Path:
    """The shared data folder: ``$WIRECODER_SHARED``, else ``../shared`` beside the repo."""
    env = os.environ.get("WIRECODER_SHARED")
    if env:
        return Path(env)
    repo = PACKAGE_DIR.parent.parent  # src/wirecoder -> repo
    return repo.parent / "shared"


def muc4_dir() -> Path:
    return shared_dir() / "data" / "muc4"


def examples_dir() -> Path:
    return shared_dir() / "examples"


def default_db_url() -> str:
    """The embedded default store: ``$WIRECODER_DB`` or ``./wirecoder.db``."""
    return os.environ.get("WIRECODER_DB") or "sqlite:///wirecoder.db"
