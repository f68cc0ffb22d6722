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
