"""Shared fixtures: the shared data folder, the loaded pipeline (loaded once)."""

from __future__ import annotations

import pytest

from wirecoder.paths import examples_dir, muc4_dir


@pytest.fixture(scope="session")
def shared_examples():
    d = examples_dir()
    if not d.exists():
        pytest.skip(f"shared examples not found at {d} (set WIRECODER_SHARED)")
    return d


@pytest.fixture(scope="session")
def muc4():
    d = muc4_dir()
    if not d.exists():
        pytest.skip(f"MUC-4 data not found at {d} (set WIRECODER_SHARED)")
    return d


@pytest.fixture(scope="session")
def pipeline():
    from wirecoder.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def training_script():
    """Load a script of ``training/`` as a module: ``training_script("train_incident_scorer")``."""
    import importlib.util
    import sys
    from pathlib import Path

    folder = Path(__file__).resolve().parents[1] / "training"

    def load(name: str):
        spec = importlib.util.spec_from_file_location(name, folder / f"{name}.py")
        mod = importlib.util.module_from_spec(spec)
        sys.modules[name] = mod   # dataclasses and pickling look their module up by name
        spec.loader.exec_module(mod)
        return mod

    return load
