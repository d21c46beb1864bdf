"""Shared fixtures: the seed article, parsed and tokenized once for the whole session.

Token tables are kept in a temporary folder, never the user's cache: one for the session (its
fixtures), and a fresh one for each test (and the kernels it starts), so a test that counts
Kiwi's passes sees the passes of its own code.

A run writes nothing another run reads (another checkout's tests, make workbook): the session's
token tables, IPython's profile (its history.sqlite, which every kernel and shell writes, and
moves aside as corrupt when another process holds it locked), Jupyter's runtime files, Dask's
scratch space (its lock files), matplotlib's config and font cache (rebuilt under a lock file
that a killed run leaves behind) and the kernels' sockets (files, not TCP ports another run could
take between Jupyter choosing one and the kernel binding it: kornews.kernels.manager_class) all go
in one folder of the run's own, removed at its end. The kernels the tests start inherit it.
"""

import atexit
import os
import shutil
import signal
import tempfile
from pathlib import Path

RUN = Path(tempfile.mkdtemp(prefix="kornews-test-run-"))
SESSION_CACHE = RUN / "cache"
MATPLOTLIB = RUN / "matplotlib"


def _font_cache() -> Path:
    """matplotlib's own cache folder, as it finds it (before this run points it elsewhere)."""
    if os.environ.get("MPLCONFIGDIR"):
        return Path(os.environ["MPLCONFIGDIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "matplotlib"


# The font list built already is copied, not rebuilt (a second or more in each process and kernel).
MATPLOTLIB.mkdir()
for built in _font_cache().glob("fontlist-*.json"):
    shutil.copy2(built, MATPLOTLIB)
os.environ.update(
    {
        "KORNEWS_CACHE": str(SESSION_CACHE),
        "IPYTHONDIR": str(RUN / "ipython"),
        "JUPYTER_RUNTIME_DIR": str(RUN / "jupyter"),
        "DASK_TEMPORARY_DIRECTORY": str(RUN / "dask"),
        "MPLCONFIGDIR": str(MATPLOTLIB),
        "KORNEWS_KERNEL_SOCKETS": str(RUN / "kernels"),
    }
)

import matplotlib  # noqa: E402 - after MPLCONFIGDIR, which it reads as it loads
import pytest  # noqa: E402

matplotlib.use("Agg")
# Removed as the process ends, after IPython's own exit writes its last history there (exit
# functions run last registered first, and a test's IPython shell starts after this).
atexit.register(shutil.rmtree, RUN, ignore_errors=True)
# A run started where Ctrl-C is ignored (a script's background job: `make test &`) passes the
# ignoring on to every process it starts, and the tests that press Ctrl-C on one would see it go on;
# the default handler here makes the processes started from this one hear it as a terminal's would.
if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

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


@pytest.fixture(autouse=True)
def token_cache(tmp_path_factory, monkeypatch) -> Path:
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("KORNEWS_CACHE", str(folder))
    return folder


# The modules that take longest (kernels in the background, or one after another), longest
# first: under make test's two workers (one module at a time each) they start at once and the
# short modules fill in after them, so both workers end together rather than one running a
# long module alone at the end. A module left off this list only costs that balance.
LONGEST_FIRST = ("test_notebooks.py", "test_workbook.py", "test_notebook_defaults.py")


def pytest_collection_modifyitems(session, config, items):
    rank = {name: i for i, name in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))


@pytest.fixture()
def kiwi_calls(monkeypatch) -> list[int]:
    """Kiwi's passes counted (the number of texts in each) while the test runs."""
    calls = []
    original = kornews.tokens._kiwi_tokenize
    monkeypatch.setattr(
        kornews.tokens,
        "_kiwi_tokenize",
        lambda texts, dictionary: calls.append(len(texts)) or original(texts, dictionary),
    )
    return calls
