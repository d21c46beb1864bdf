"""Shared fixtures: the seed article, parsed and tokenized once for the whole session."""

from pathlib import Path

import matplotlib
import pytest

matplotlib.use("Agg")

import kornews  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_17620ace2f9e96c7.txt"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed() -> kornews.Article:
    return kornews.read_article(SEED)


@pytest.fixture(scope="session")
def seed_tokens(seed):
    return kornews.tokenize(seed)


@pytest.fixture(scope="session")
def seed_sentences(seed_tokens, seed):
    return kornews.sentences(seed_tokens, seed)


@pytest.fixture(scope="session")
def exporters_from_pyproject():
    """nbconvert's exporters as pyproject.toml names them; the installed metadata, which
    JupyterLab and nbconvert read, must name the same (make install reinstalls on a change)."""
    import tomllib
    from importlib.metadata import entry_points

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    named = project["entry-points"]["nbconvert.exporters"]
    installed = {
        point.name: point.value
        for point in entry_points(group="nbconvert.exporters")
        if point.value.startswith("kornews.")
    }
    assert installed == named, "the installed kornews names other exporters: run make install"
    return named
