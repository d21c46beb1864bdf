"""``import kornews`` loads reading, parsing and tokenizing; the rest loads on first use, and
every name still means what it meant when everything loaded at once."""

import subprocess
import sys

import pytest

import kornews

HEAVY = [
    "matplotlib",
    "nbconvert",
    "weasyprint",
    "networkx",
    "tqdm",
    "korean_datetime",
    "kiwipiepy",
    "kornews.corpus",
    "kornews.notebook",
    "kornews.figures",
    "kornews.entities",
]


def loaded_after(code: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys\nprint(*sorted(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    )
    return set(done.stdout.split())


def test_import_loads_no_analysis_plotting_or_export_machinery():
    loaded = loaded_after("import kornews")
    assert "kornews.article" in loaded and "kornews.tokens" in loaded
    assert not loaded & set(HEAVY), sorted(loaded & set(HEAVY))


def test_a_name_loads_its_module_on_first_use():
    loaded = loaded_after("import kornews\nkornews.corpus_terms")
    assert {"kornews.corpus", "tqdm"} <= loaded and "matplotlib" not in loaded


@pytest.mark.parametrize("name", kornews.__all__)
def test_every_name_is_its_modules(name):
    value = getattr(kornews, name)
    assert name in dir(kornews)
    module = sys.modules[value.__name__ if name == "notebook" else value.__module__]
    assert getattr(module, name, module) is value


@pytest.mark.parametrize("name", ["figures", "entities", "quotes", "trends"])
def test_a_function_named_like_its_module_stays_the_function(name):
    # kornews.plots imports kornews.figures: the package's name stays the function.
    code = f"import kornews\nfrom kornews import plots, corpus, {name}\nprint(callable(kornews.{name}))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout == "True\n"


def test_an_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        kornews.nothing  # noqa: B018
