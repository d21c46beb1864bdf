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
    # The declared tables' columns and types, read at each table's edge from parsing on.
    "schema",
    "outlets",
    # The layout table (a package): its row record and the patterns' pieces, each family's rows,
    # the lookup over them in order, the furniture cues, the dates.
    "layouts.record",
    "layouts.pieces",
    "layouts.datelines",
    "layouts.speakers",
    "layouts.bylines",
    "layouts.date_lines",
    "layouts.captions",
    "layouts.head_lines",
    "layouts.signoffs",
    "layouts.notices",
    "layouts.closing",
    "layouts.lookup",
    "layouts.furniture_cues",
    "layouts.dates",
    "layouts",
    # What a line is by its shape (a package): how it ends, a script's turns, a list, furniture.
    "shapes.endings",
    "shapes.script_turns",
    "shapes.lists",
    "shapes.furniture_lines",
    "shapes",
    "webpage",
    "bigkinds",
    # Reading and parsing (a package): the records, the text, head, body and tail, the metadata,
    # the engine, then reading one article and many.
    "article.records",
    "article.encoding",
    "article.tail",
    "article.breaks",
    "article.over_title",
    "article.openings",
    "article.decks",
    "article.head_kinds",
    "article.under_title",
    "article.glued",
    "article.head",
    "article.body",
    "article.fields",
    "article.metadata",
    "article.unsigned",
    "article.parse",
    "article.read",
    "article.corpus",
    "article",
    # Work split into chunks, run here or on a Dask cluster (the index and the corpus verbs).
    "spread",
    "numerals",
    "cache",
    "rows",
    # The tokens (a package): the user dictionary, the pieces Kiwi reads, Kiwi, the token table
    # and its sentences, then tokenizing one article and many.
    "tokens.dictionary",
    "tokens.pieces",
    "tokens.kiwi",
    "tokens.table",
    "tokens.sentences",
    "tokens",
    "columns",
    # The terms (a package): the filler a folder's rankings leave out, the term tokens, then
    # counts, collocations and where a term stands.
    "terms.stoplist",
    "terms.tokens",
    "terms.counts",
    "terms.collocations",
    "terms.context",
    "terms",
    # The figures engine (a package), up to the sentence's figures; then dates, then the tables.
    "figures.records",
    "figures.words",
    "figures.counters",
    "figures.numeral",
    "figures.pairs",
    "figures.around",
    "figures.furniture",
    "figures.context",
    "figures.moments",
    "figures.vague",
    "figures.counted",
    "figures.assemble",
    "figures.scan",
    "figures.measure",
    "dates.found",
    "dates.spans",
    "dates.resolve",
    "dates",
    "figures.table",
    "figures.timeline",
    "figures.comparisons",
    "figures",
    "entities.records",
    "entities.lexicon",
    "entities.runs",
    "entities.forms",
    "entities.titles",
    "entities.foreign",
    "entities.places",
    "entities.schools",
    "entities.stations",
    "entities.units",
    "entities.series",
    "entities.reports",
    "entities.associations",
    "entities.run_names",
    "entities.body_cues",
    "entities.buildings",
    "entities.organisations",
    "entities.credits",
    "entities.voices",
    "entities.members",
    "entities.rosters",
    "entities.heads",
    "entities.addresses",
    "entities.menus",
    "entities.printed",
    "entities.villages",
    "entities.latin",
    "entities.areas",
    "entities.letters",
    "entities.camps",
    "entities.pieces",
    "entities.joined",
    "entities.candidates",
    "entities.name_cues",
    "entities.person_mentions",
    "entities.people",
    "entities.graph",
    "entities.declared",
    "entities",
    # The quotations (a package): the words and records, the marks and spans, the predicates, the
    # speaker's particle, what follows a reported clause, where one ends, a quotation in marks, a
    # reported clause, a paragraph's quotations, the sentences around them, then who a phrase
    # stands for (two named together), whom a phrase names, a caption's or an interview's voice,
    # the sentences around, who says each (by a label or caption, an announcement's 에 따르면, a
    # verb modifying its speaker, a lead's next topic), a ruled Q&A's questions and its answers, a
    # bulletin's headline list, the paragraphs read, the speaker as written, the rows, the ledger,
    # and an article's reading.
    "quotes.vocabulary",
    "quotes.found",
    "quotes.marks",
    "quotes.predicates",
    "quotes.particles",
    "quotes.remarks",
    "quotes.reported",
    "quotes.endings",
    "quotes.direct",
    "quotes.indirect",
    "quotes.unmarked",
    "quotes.clauses",
    "quotes.find",
    "quotes.referents",
    "quotes.together",
    "quotes.foreign",
    "quotes.phrases",
    "quotes.voices",
    "quotes.around",
    "quotes.labels",
    "quotes.according",
    "quotes.modified",
    "quotes.lead",
    "quotes.attribute",
    "quotes.ruled",
    "quotes.answers",
    "quotes.headlines",
    "quotes.interviews",
    "quotes.paragraphs",
    "quotes.written",
    "quotes.table",
    "quotes.ledger",
    "quotes.read",
    "quotes",
    # The summaries (a package): content morphemes, the sentence vectors and their cosine,
    # PageRank, the ranking and summary, the sections' counts, the evaluation, the CLI's JSON;
    # first, the lines of a sentence broken over lines.
    "summary.lines",
    "summary.content",
    "summary.similarity",
    "summary.pagerank",
    "summary.ranking",
    "summary.stats",
    "summary.evaluation",
    "summary.document",
    "summary",
    "corpus",
    # The corpus store: schemas, files, one chunk's work, the index run, reading back, SQL.
    "store.schema",
    "store.files",
    "store.chunk",
    "store.index",
    "store.read",
    "store.query",
    "store",
    "duplicates",
    "reuse",
    "events",
    "trends",
    "related",
    "corpus_network",
    "topics",
    "fonts",
    "wording",
    # The plots (a package), what they share first, then one module per notebook.
    "plots.base",
    "plots.terms",
    "plots.figures",
    "plots.sections",
    "plots.corpus",
    "plots.copies",
    "plots",
    "corpus_plots",
    "notebook",
    "readers",
    "pdf_kinds",
    "export",
    "report",
    "kernels",
    # The workbook (a package): its files, the run in kernels and renderers, the command.
    "workbook.files",
    "workbook.run",
    "workbook.command",
    "workbook",
    "workbook.__main__",
    "cells",
    "cli.output",
    "cli.store",
    "cli.verbs",
    "cli",
    "__main__",
]


def _module(path: Path) -> str:
    """The dotted name of a module in the package (``entities.people``; ``entities`` for its
    ``__init__``)."""
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _path(module: str) -> Path:
    path = PACKAGE.joinpath(*module.split("."))
    return path.with_suffix(".py") if path.with_suffix(".py").exists() else path / "__init__.py"


def _imports(path: Path) -> set[str]:
    """The package's modules that ``path`` imports, by dotted name (relative imports resolved)."""
    module = _module(path).split(".") if _module(path) else []
    package = module if path.name == "__init__.py" else module[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level >= 1:
            base = package[: len(package) - (node.level - 1)]
            names = [node.module] if node.module else [alias.name for alias in node.names]
            found |= {".".join([*base, name]) for name in names}
    return found


def test_every_module_has_a_place_in_the_flow():
    modules = {_module(p) for p in PACKAGE.rglob("*.py")} - {""}
    assert modules <= set(FLOW), f"add {sorted(modules - set(FLOW))} to FLOW where it belongs"


def test_a_subpackages_modules_are_read():
    assert _imports(_path("entities.people")) >= {"article", "entities.lexicon"}
    assert "entities" in _imports(_path("quotes.read"))  # an article's reading, split out of quotes


@pytest.mark.parametrize("module", [m for m in FLOW if _path(m).exists()])
def test_no_module_imports_from_a_module_after_it(module):
    later = set(FLOW[FLOW.index(module) :])
    assert not _imports(_path(module)) & later


def test_the_flow_reads_subpackages():
    # Relative imports resolve to dotted names: the check below sees inside the figures package.
    assert {"figures.records", "figures.words", "numerals"} <= _imports(_path("figures.numeral"))
    assert "figures.table" in _imports(_path("figures"))
    assert {"figures.vague", "figures.counted", "figures.assemble"} <= _imports(
        _path("figures.scan")
    )
    assert {"cli.verbs", "cli.output"} <= _imports(_path("cli"))
    assert {"kernels", "export", "workbook.files"} <= _imports(_path("workbook.run"))
    assert "corpus" in _imports(_path("cli.verbs"))
    assert {"store.chunk", "store.files", "article", "spread"} <= _imports(_path("store.index"))
    assert "spread" in _imports(_path("corpus"))
    assert {"layouts.pieces", "layouts.record"} <= _imports(_path("layouts.signoffs"))
    assert {"layouts.signoffs", "layouts.notices"} <= _imports(_path("layouts.closing"))
    assert {"layouts.lookup", "layouts.dates"} <= _imports(_path("layouts"))
    assert {"layouts", "article.records", "article.tail"} <= _imports(_path("article.head_kinds"))
    assert {"article.head_kinds", "article.over_title"} <= _imports(_path("article.under_title"))
    assert {"article.under_title", "article.glued"} <= _imports(_path("article.head"))
    assert {"article.head", "article.body", "article.tail"} <= _imports(_path("article.parse"))
    assert {"figures", "plots.base"} <= _imports(_path("plots.figures"))
    assert {"article", "terms.tokens"} <= _imports(_path("terms.context"))
    assert {"tokens.kiwi", "tokens.table", "spread"} <= _imports(_path("tokens"))
    assert {"cache", "schema", "tokens.pieces"} <= _imports(_path("tokens.table"))
    assert {"terms.counts", "terms.collocations", "terms.context"} <= _imports(_path("terms"))
    assert {"quotes.marks", "quotes.direct", "quotes.indirect", "shapes"} <= _imports(
        _path("quotes.clauses")
    )
    assert {"quotes.marks", "quotes.clauses", "quotes.particles"} <= _imports(_path("quotes.find"))
    assert {"quotes.attribute", "quotes.answers", "quotes.table"} <= _imports(_path("quotes.read"))
    assert {"summary.pagerank", "summary.similarity", "article"} <= _imports(
        _path("summary.ranking")
    )
    assert {"summary.ranking", "summary.content"} <= _imports(_path("summary.evaluation"))


# Verbs that read the text without Kiwi: the parts, and near-duplicates by character shingles.
NO_KIWI = {"parse", "duplicates"}
# reuse takes a source and a corpus (tested below), never one path.
ONE_PATH = sorted(set(VERBS) - {"reuse"})


@pytest.mark.parametrize("fmt", ["csv", "json"])
@pytest.mark.parametrize("verb", ONE_PATH)
def test_each_cli_verb_tokenizes_the_article_once(verb, fmt, seed_path, kiwi_calls, capsys):
    assert main([verb, str(seed_path), "--format", fmt]) == 0
    assert len(kiwi_calls) == (0 if verb in NO_KIWI else 1)


@pytest.mark.parametrize("verb", [verb for verb in ONE_PATH if VERBS[verb].corpus])
def test_each_corpus_verb_tokenizes_a_folder_in_one_batch(
    verb, tmp_path, seed_path, kiwi_calls, capsys
):
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_bytes(seed_path.read_bytes())
    assert main([verb, str(tmp_path), "--format", "csv"]) == 0
    assert len(kiwi_calls) == (0 if verb in NO_KIWI else 1)


def test_reuse_tokenizes_the_source_and_the_folder_in_one_batch(
    tmp_path, seed_path, kiwi_calls, capsys
):
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_bytes(seed_path.read_bytes())
    assert main(["reuse", str(seed_path), str(tmp_path), "--format", "csv"]) == 0
    assert len(kiwi_calls) == 1
