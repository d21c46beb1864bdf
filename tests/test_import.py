"""``import kornews`` loads nothing heavy (not even pandas); each name loads its module on first
use, and every name still means what it meant when everything loaded at once."""

import importlib
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


def test_import_loads_nothing_heavy():
    # python -m kornews then reaches its own Ctrl-C handling before the libraries load.
    loaded = loaded_after("import kornews")
    assert not loaded & {*HEAVY, "pandas", "kornews.article", "kornews.tokens"}


def test_reading_and_tokenizing_load_no_analysis_plotting_or_export_machinery():
    loaded = loaded_after("import kornews\nkornews.read_article\nkornews.tokenize")
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


# Names a package exports for its own users that kornews does not lift: the table of name
# forms (kornews.entities.lexicon), a date's place on a time axis (kornews.figures.position),
# the summary's content morphemes, key terms and picked lengths (notebook 03's helpers),
# reading's own helpers (a line of text, a name made printable, the limited and binary checks)
# and the one choice of the filler a folder's rankings leave out (the rankings' own helper).
PACKAGE_ONLY = {
    "article": {"Line", "printable", "read_limited", "refuse_binary"},
    "entities": {"lexicon"},
    "figures": {"position"},
    "summary": {"chosen_lengths", "content_terms", "key_terms"},
    "terms": {"stoplisted"},
}


@pytest.mark.parametrize("module", sorted(kornews._LATER))
def test_the_lazy_map_names_what_each_module_exports(module):
    loaded = importlib.import_module(f"kornews.{module}")
    listed = set(kornews._LATER[module])
    exported = getattr(loaded, "__all__", None)
    if exported is None:  # a module without __all__: each name listed is its own
        assert all(getattr(loaded, name).__module__.startswith(loaded.__name__) for name in listed)
        return
    # A package's functions are kornews's (constants, in capitals, stay the package's).
    functions = {name for name in exported if not name.isupper()}
    assert listed == functions - PACKAGE_ONLY.get(module, set()), module
    assert PACKAGE_ONLY.get(module, set()) <= functions


def test_the_lazy_map_and_the_light_import_make_all_of_kornews():
    # What a fresh ``import kornews`` defines (its modules and private names aside).
    code = (
        "import types, kornews\n"
        "print(*sorted(k for k, v in vars(kornews).items()"
        " if not k.startswith('_') and not isinstance(v, types.ModuleType)))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    light = set(done.stdout.split())
    assert set(kornews.__all__) == light | set(kornews._MODULE_OF) | {"notebook"}
    assert not light & set(kornews._MODULE_OF)  # a name is loaded now or later, never both
