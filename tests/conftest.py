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
def exporters_from_pyproject(tmp_path_factory):
    """nbconvert's exporters as pyproject.toml names them, in this process and in the processes
    it starts: a ``kornews`` dist-info holding pyproject's entry points, first on the paths, so
    that it stands for the installed one (whose names date from the last ``pip install``)."""
    import os
    import sys
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    folder = tmp_path_factory.mktemp("entry_points")
    info = folder / f"kornews-{project['version']}.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: kornews\nVersion: {project['version']}\n", encoding="utf-8"
    )
    groups = project["entry-points"] | {"console_scripts": project["scripts"]}
    (info / "entry_points.txt").write_text(
        "".join(
            f"[{group}]\n" + "".join(f"{name} = {target}\n" for name, target in names.items())
            for group, names in groups.items()
        ),
        encoding="utf-8",
    )
    paths = [str(folder), str(ROOT / "lib"), os.environ.get("PYTHONPATH", "")]
    old_path, old_env = list(sys.path), os.environ.get("PYTHONPATH")
    sys.path.insert(0, str(folder))
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, paths))
    yield project["entry-points"]["nbconvert.exporters"]
    sys.path[:] = old_path
    if old_env is None:
        del os.environ["PYTHONPATH"]
    else:
        os.environ["PYTHONPATH"] = old_env
