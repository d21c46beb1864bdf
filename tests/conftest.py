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
