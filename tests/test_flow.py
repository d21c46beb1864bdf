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
    "figure_scan",
    "dates",
    "figures",
    "entities",
    "quotes",
    "summary",
    "corpus",
    "trends",
    "related",
    "corpus_network",
    "topics",
    "fonts",
    "plots",
    "corpus_plots",
    "notebook",
    "export",
    "workbook",
    "cells",
    "cli",
    "__main__",
]


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            found |= {node.module} if node.module else {alias.name for alias in node.names}
    return found


def test_every_module_has_a_place_in_the_flow():
    modules = {p.stem for p in PACKAGE.glob("*.py")} - {"__init__"}
    assert modules <= set(FLOW), f"add {sorted(modules - set(FLOW))} to FLOW where it belongs"


@pytest.mark.parametrize("module", [m for m in FLOW if (PACKAGE / f"{m}.py").exists()])
def test_no_module_imports_from_a_module_after_it(module):
    later = set(FLOW[FLOW.index(module) :])
    assert not _imports(PACKAGE / f"{module}.py") & later


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
