"""Data flows one way (read -> parse -> tokenize -> analyse -> show) and Kiwi runs once per article."""

import ast
from pathlib import Path

import pytest

import kornews.tokens
from kornews.cli import VERBS, main

PACKAGE = Path(kornews.__file__).parent
# Each module may import only the modules before it: reading and parsing, tokenizing, the
# analyses (each built on the ones before it), then what shows or runs them.
FLOW = [
    "tables",
    "layouts",
    "webpage",
    "bigkinds",
    "article",
    "numerals",
    "tokens",
    "terms",
    # The figures engine (a package), up to the sentence's figures; then dates, then the tables.
    "figures.records",
    "figures.words",
    "figures.counters",
    "figures.numeral",
    "figures.pairs",
    "figures.around",
    "figures.context",
    "figures.moments",
    "figures.scan",
    "figures.measure",
    "dates",
    "figures.table",
    "figures.timeline",
    "figures.comparisons",
    "figures",
    "entities",
    "quotes",
    "summary",
    "corpus",
    "trends",
    "fonts",
    "plots",
    "notebook",
    "export",
    "workbook",
    "cli",
    "__main__",
]


def _name(path: Path) -> str:
    """A module's name inside kornews, dotted: figures.scan; a subpackage's __init__ is its name."""
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _path(module: str) -> Path:
    path = PACKAGE.joinpath(*module.split("."))
    return path / "__init__.py" if path.is_dir() else path.with_suffix(".py")


def _imports(module: str) -> set[str]:
    """The kornews modules a module imports, by their dotted names inside kornews."""
    path = _path(module)
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package[: len(package) - (node.level - 1)]
            if node.module:
                found.add(".".join([*base, node.module]))
            else:
                found |= {".".join([*base, alias.name]) for alias in node.names}
    return found


def test_every_module_has_a_place_in_the_flow():
    modules = {_name(p) for p in PACKAGE.rglob("*.py")} - {""}
    assert modules <= set(FLOW), f"add {sorted(modules - set(FLOW))} to FLOW where it belongs"


def test_the_flow_reads_subpackages():
    # Relative imports resolve to dotted names: the check below sees inside the figures package.
    assert {"figures.records", "figures.words", "numerals"} <= _imports("figures.numeral")
    assert "figures.table" in _imports("figures")


@pytest.mark.parametrize("module", [m for m in FLOW if _path(m).exists()])
def test_no_module_imports_from_a_module_after_it(module):
    later = set(FLOW[FLOW.index(module) :])
    assert not _imports(module) & later


@pytest.fixture()
def kiwi_calls(monkeypatch):
    calls = []
    original = kornews.tokens._kiwi_tokenize

    def counting(texts, dictionary):
        calls.append(len(texts))
        return original(texts, dictionary)

    monkeypatch.setattr(kornews.tokens, "_kiwi_tokenize", counting)
    return calls


@pytest.mark.parametrize("fmt", ["csv", "json"])
@pytest.mark.parametrize("verb", sorted(VERBS))
def test_each_cli_verb_tokenizes_the_article_once(verb, fmt, seed_path, kiwi_calls, capsys):
    assert main([verb, str(seed_path), "--format", fmt]) == 0
    assert len(kiwi_calls) == (0 if verb == "parse" else 1)


@pytest.mark.parametrize("verb", sorted(verb for verb, spec in VERBS.items() if spec.corpus))
def test_each_corpus_verb_tokenizes_a_folder_in_one_batch(
    verb, tmp_path, seed_path, kiwi_calls, capsys
):
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_bytes(seed_path.read_bytes())
    assert main([verb, str(tmp_path), "--format", "csv"]) == 0
    assert len(kiwi_calls) == 1
