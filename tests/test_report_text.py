"""The notebooks' report for readers: Korean by default, English by one parameter; no code words,
raw values or seed remarks about another article; read in the notebooks' cells, in the helpers
that word the tables and plots, and in the text layer of the PDFs."""

import io
import re
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook
from pypdf import PdfReader

from kornews.export import KoreanPDFReportExporter
from kornews.notebook import LAB_STYLE
from kornews.readers import (
    column_labels,
    for_readers,
    in_language,
    language,
    notebook_language,
    seed_remark,
    trim_context,
)
from kornews.tables import table

ROOT = Path(__file__).resolve().parents[1]
# The article the notebooks are written on, as the remarks on it name it.
SEED = table("seed_remarks.tsv")[0].article
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
# What a reader of the report should never meet: code, parameter, file and library names, raw
# flags, ISO stamps, tags, offsets, numbers a person would not write unseparated, "(s)" plurals.
CODE_WORDS = re.compile(
    r"ARTICLE|LANGUAGE|CORPUS|KWIC|STOPWORDS|TREND_|kornews|\.tsv|\.py\b|\bmake\b|`"
    r"|\bTrue\b|\bFalse\b|\d{4}-\d\d-\d\dT|---\d|\bsection_\d|\bNaN\b|\bNone\b|<NA>"
    r"|\bNN[GP]\b|\bSL\b|(?<![\d,.\w-])\d{5,}(?![\d-])|\(s\)|\bshare 1\b"
)
HANGUL = re.compile(r"[\uac00-\ud7a3]")
LATIN = re.compile(r"[A-Za-z]")


def cells(path: Path) -> list:
    return nbformat.read(path, as_version=4).cells


def tags(cell) -> set[str]:
    return set(cell.metadata.get("tags", []))


def mostly_hangul(text: str) -> bool:
    """More Hangul syllables than Latin letters (article names such as ICT or KT stay)."""
    return len(HANGUL.findall(text)) > 2 * len(LATIN.findall(text))


# --- the notebooks' cells ---


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_prose_cell_is_korean_english_or_a_method_note(path):
    for cell in cells(path):
        if cell.cell_type == "markdown":
            assert tags(cell) & {"lang-ko", "lang-en", "method"}, cell.source[:60]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_the_korean_prose_reads_to_readers(path):
    korean = [c.source for c in cells(path) if "lang-ko" in tags(c)]
    assert korean and korean[0].startswith("# ")
    for source in korean:
        assert not CODE_WORDS.findall(source), source[:80]
        assert mostly_hangul(source), source[:80]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_each_korean_part_has_its_english(path):
    kinds = [tags(c) & {"lang-ko", "lang-en"} for c in cells(path)]
    assert kinds.count({"lang-ko"}) == kinds.count({"lang-en"})


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_korean_is_the_default_and_parameter_comments_are_short(path):
    parameters = next(c for c in cells(path) if "parameters" in tags(c))
    assert 'LANGUAGE = "ko"' in parameters.source
    for line in parameters.source.splitlines():
        assert len(line) <= 100, line


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_remarks_on_the_seed_are_decided_by_the_notebooks_code(path):
    for cell in cells(path):
        assert "seed" not in tags(cell)  # no cell left for a preprocessor to drop
        assert "On the seed article" not in cell.source


def test_every_seed_remark_is_called_by_its_notebook():
    sources = {p.stem[:2]: "".join(c.source for c in cells(p)) for p in NOTEBOOKS}
    for row in table("seed_remarks.tsv"):
        assert f'seed_remark("{row.key}"' in sources[row.key[:2]]
        assert row.ko.startswith("이 기사에서는:") and row.en.startswith("On the seed article:")
        assert row.example.startswith("이 기사에서는:")


def test_a_seed_remark_shows_on_the_seed_only(tmp_path):
    remark = seed_remark("01", ROOT / SEED)
    assert remark.data.startswith("이 기사에서는:") and "박원순" in remark.data
    assert seed_remark("01", ROOT / SEED, lang="en").data.startswith("On the seed article:")
    copy = tmp_path / Path(SEED).name
    copy.write_bytes((ROOT / SEED).read_bytes())  # the same text elsewhere is a user's article
    assert seed_remark("01", copy) is None
    assert seed_remark("01", ROOT / "tests" / "layouts" / "yonhap.txt") is None


def test_an_unknown_language_is_one_plain_line():
    from kornews.article import ArticleError

    assert language("en") == "en"
    with pytest.raises(ArticleError, match=r"^LANGUAGE is one of ko, en, not 'fr'$"):
        language("fr")


# --- the exporters: one language, the same from Lab's menu as from make workbook ---


def _notebook(*parameters: tuple[str, str]):
    prose = [
        new_markdown_cell("## 무엇을 세나요?", metadata={"tags": ["lang-ko"]}),
        new_markdown_cell("## What do we count?", metadata={"tags": ["lang-en"]}),
        new_markdown_cell("Method: `kornews.figures`", metadata={"tags": ["method"]}),
    ]
    given = [new_code_cell(source, metadata={"tags": [tag]}) for tag, source in parameters]
    return new_notebook(cells=[*given, *prose])


def test_the_language_is_the_parameters_last_word():
    assert notebook_language(_notebook()) == "ko"
    assert notebook_language(_notebook(("parameters", 'LANGUAGE = "en"  # or "ko"'))) == "en"
    injected = _notebook(
        ("parameters", 'LANGUAGE = "en"'), ("injected-parameters", 'LANGUAGE = "ko"\n')
    )
    assert notebook_language(injected) == "ko"
    assert notebook_language(_notebook(("parameters", "LANGUAGE = pick()"))) == "ko"


def test_the_export_keeps_the_prose_of_the_notebooks_language():
    korean = in_language(_notebook(("parameters", 'LANGUAGE = "ko"')))
    english = in_language(_notebook(("parameters", 'LANGUAGE = "en"')))
    shown = lambda nb: [c.source for c in nb.cells if c.cell_type == "markdown"]  # noqa: E731
    assert shown(korean) == ["## 무엇을 세나요?", "Method: `kornews.figures`"]
    assert shown(english) == ["## What do we count?", "Method: `kornews.figures`"]


def test_the_seed_notebook_report_pdf_is_korean_without_code_words():
    """The fast lane's look at a PDF: notebook 01 as committed (no outputs), exported as Lab's
    menu does: its Korean prose only, no method note, no code."""
    path = ROOT / "notebooks" / "01-term-frequency.ipynb"
    pdf, resources = KoreanPDFReportExporter().from_notebook_node(
        nbformat.read(path, as_version=4), resources={"metadata": {"path": str(path.parent)}}
    )
    text = pdf_text(pdf)
    assert resources["output_extension"] == "-report.pdf"
    assert "기사에 자주 나온 단어" in text and "Term frequency" not in text
    assert "Method" not in text and "import" not in text
    assert not CODE_WORDS.findall(text)
    assert mostly_hangul(text)


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


# --- the words of tables and plots ---


def test_tables_for_readers_name_columns_and_values_in_korean():
    raw = pd.DataFrame(
        {
            "text": ["8만5000건", "이날"],
            "approximate": [True, False],
            "section": [0, 3],
            "anchor": ["stated", "previous"],
            "section_2": [1, 0],
            "unknown_column": ["a", "b"],
        }
    )
    shown = for_readers(raw, lang="ko")
    assert list(shown.columns) == ["기사 속 표기", "어림값", "단락", "기준", "◆2", "unknown_column"]
    assert shown["어림값"].tolist() == ["✓", ""]
    assert shown["단락"].tolist() == ["첫머리", "◆3"]
    assert shown["기준"].tolist() == ["적힌 그대로", "앞 날짜 기준"]
    english = for_readers(raw, lang="en")
    assert list(english.columns)[:4] == ["as written", "approximate", "section", "read against"]
    assert english["section"].tolist() == ["lead", "◆3"]
    assert raw["approximate"].tolist() == [True, False]  # the table itself is unchanged


@pytest.mark.parametrize("row", table("columns.tsv"), ids=lambda r: r.column)
def test_each_column_has_a_korean_and_an_english_name(row):
    assert row.en and row.example
    assert HANGUL.search(row.ko) or row.ko in ("PMI", "F1"), row
    assert column_labels("ko")[row.column] == row.ko


@pytest.mark.parametrize("row", table("values.tsv"), ids=lambda r: f"{r.column}-{r.value}")
def test_each_coded_value_reads_as_its_example(row):
    assert row.example.startswith(row.ko) or row.ko in row.example
    shown = for_readers(pd.DataFrame({row.column: [row.value]}), lang="ko")
    assert shown.iloc[0, 0] == row.ko


def test_notebook_02_in_english_draws_english_plots():
    """The notebooks pass their language to the plots: 02 run in this process on the seed with
    ``LANGUAGE = "en"`` draws its timeline and comparisons with English words."""
    notebook = next((ROOT / "notebooks").glob("02-*.ipynb"))
    figures = _figures_drawn(notebook, f'ARTICLE = {str(ROOT / SEED)!r}\nLANGUAGE = "en"')
    titles = [axes.get_title() for figure in figures for axes in figure.axes]
    titles += [figure.get_suptitle() for figure in figures]
    assert "Dated events the article names" in titles, titles
    assert "Quantities of one measure and unit within one section" in titles, titles
    labels = [axes.get_xlabel() for figure in figures for axes in figure.axes]
    assert "year (a date sits in the middle of the days it covers)" in labels, labels


def _figures_drawn(path: Path, parameters: str) -> list:
    """The figures a notebook's cells return, run in this process's IPython shell with
    ``parameters`` run after its parameters cell, as papermill injects them."""
    import matplotlib
    import matplotlib.pyplot as plt
    from IPython.core.interactiveshell import InteractiveShell
    from IPython.utils.capture import capture_output
    from matplotlib.figure import Figure

    from test_notebooks import OPTIONS_SET_UP

    shell = InteractiveShell.instance()
    shell.reset(new_session=False)
    figures = []
    # kornews.notebook.setup() sets pandas' and matplotlib's options: they end with the run.
    try:
        with matplotlib.rc_context(), pd.option_context(*OPTIONS_SET_UP):
            for cell in (cell for cell in cells(path) if cell.cell_type == "code"):
                with capture_output():
                    result = shell.run_cell(cell.source, store_history=False)
                assert result.success, (cell.source[:60], result.error_in_exec)
                if isinstance(result.result, Figure):
                    figures.append(result.result)
                if "parameters" in tags(cell):
                    shell.run_cell(parameters)
    finally:
        plt.close("all")
    return figures


def test_keyword_in_context_is_cut_at_word_boundaries():
    lines = pd.DataFrame(
        {
            "left": ["일반인들에게는 잘 알려져", "박원순 ", "  "],
            "keyword": ["시장", "시장", "시장"],
            "right": ["은 '팀장형 시장'이라고 불릴", "의 임기", "은"],
        }
    )
    cut = trim_context(lines, window=12)
    assert cut["left"].tolist() == ["…잘 알려져", "박원순 ", "  "]
    assert cut["right"].tolist() == ["은 '팀장형 시장'이라고…", "의 임기", "은"]
    # A cut that fell on a space keeps the whole word after it.
    assert trim_context(lines.iloc[:1].assign(left=" 잘 알려진 박"), window=7)["left"][0] == (
        "…잘 알려진 박"
    )


def test_lab_keeps_korean_words_whole_in_markdown_and_tables():
    assert "word-break: keep-all" in LAB_STYLE
    for selector in (".jp-RenderedHTMLCommon,", ".jp-RenderedHTMLCommon td", "th"):
        assert selector in LAB_STYLE


# --- the PDFs of executed notebooks (slow: kernels and WeasyPrint) ---

FIXTURES = {
    "seed": ROOT / SEED,
    "yonhap": ROOT / "tests" / "layouts" / "yonhap.txt",
    "kbs": ROOT / "tests" / "layouts" / "kbs.txt",
    "hankyoreh": ROOT / "tests" / "layouts" / "hankyoreh.txt",
}
PER_ARTICLE = ["01", "02", "03", "05"]


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    """Every per-article notebook on the seed and three fixtures, 04 on the seed (a folder of
    one) and on a corpus folder, 06 and 07 as committed: each executed as make workbook does,
    its report PDF's text by notebook."""
    from kornews.workbook import execute_notebook, export_pdfs

    runs = [
        (name, nb, {"ARTICLE": str(path)}) for name, path in FIXTURES.items() for nb in PER_ARTICLE
    ]
    runs += [
        ("seed", "04", {"ARTICLE": str(ROOT / SEED)}),
        (
            "themes",
            "04",
            {"ARTICLE": str(ROOT / SEED), "CORPUS": str(ROOT / "tests/corpora/themes")},
        ),
        ("seed", "06", {}),
        ("seed", "07", {}),
    ]
    texts = {}
    for name, number, parameters in runs:
        notebook = next((ROOT / "notebooks").glob(f"{number}-*.ipynb"))
        out = tmp_path_factory.mktemp(f"{name}-{number}")
        executed = execute_notebook(notebook, parameters, out)
        (pdf,) = export_pdfs(
            executed, name=notebook.stem, folder=notebook.parent, kinds=("report",)
        )
        texts[name, number] = pdf_text(pdf.read_bytes())
    return texts


@pytest.mark.slow
def test_no_report_has_code_words_raw_values_or_english_prose(reports):
    for (name, number), text in reports.items():
        assert not CODE_WORDS.findall(text), (name, number, CODE_WORDS.findall(text)[:5])
        assert mostly_hangul(text), (name, number)


@pytest.mark.slow
def test_seed_remarks_show_on_the_seed_only(reports):
    for (name, number), text in reports.items():
        if number in ("01", "02", "05"):
            assert ("이 기사에서는:" in text) == (name == "seed"), (name, number)


@pytest.mark.slow
def test_a_folder_of_one_says_so_in_one_sentence(reports):
    alone = reports["seed", "04"]
    assert "기사가 한 건뿐입니다" in alone
    assert "폴더 전체에 흐르는 단어" not in alone and "단어는 시간에 따라" not in alone
    assert "폴더 전체에 흐르는 단어" in reports["themes", "04"]


def test_the_pdf_checks_cover_every_notebook():
    stems = {p.stem[:2] for p in NOTEBOOKS}
    assert stems == {*PER_ARTICLE, "04", "06", "07"}
