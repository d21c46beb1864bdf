"""Shared fixtures: the seed article, parsed and tokenized once for the whole session.

Token tables are kept in a temporary folder, never the user's cache: one for the session (its
fixtures), and a fresh one for each test (and the kernels it starts), so a test that counts
Kiwi's passes sees the passes of its own code.
"""

import os
import shutil
import tempfile
from pathlib import Path

import matplotlib
import pytest

matplotlib.use("Agg")
SESSION_CACHE = tempfile.mkdtemp(prefix="kornews-test-cache-")
os.environ["KORNEWS_CACHE"] = SESSION_CACHE

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


@pytest.fixture(autouse=True)
def token_cache(tmp_path_factory, monkeypatch) -> Path:
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("KORNEWS_CACHE", str(folder))
    return folder


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(SESSION_CACHE, ignore_errors=True)
