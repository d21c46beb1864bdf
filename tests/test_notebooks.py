"""Every notebook runs top to bottom in a fresh kernel, on the seed and on articles of other
layouts, and none is committed with outputs."""

import gc
import importlib
import inspect
import io
import json
import os
import re
import shutil
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import NamedTuple

import lxml.html
import matplotlib
import matplotlib.pyplot as plt
import nbformat
import pandas as pd
import pypdf
import pytest
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
from nbformat.v4 import new_code_cell

from kornews.export import KoreanPDFExporter, render_pdfs
from kornews.figures import NOTHING_COMPARED
from kornews.kernels import manager_class
from kornews.notebook import lab_form
from pdf_pages import RIGHT_MARGIN, drawn_words, read_pages

TESTS = Path(__file__).resolve().parent
NOTEBOOKS = sorted((TESTS.parent / "notebooks").glob("*.ipynb"))
# No ◆ sections, dateline or footer, in CP949; a title alone; digits and no terms; markup that must show as text;
# dollar signs and TeX ($100에서 $200으로, $\input{…}$) and a 5,000-character word.
OTHER_LAYOUTS = sorted((TESTS / "articles").glob("*.txt"))
# The press's layouts (tests/layouts/): wire copy, dailies, TV scripts, saved news pages.
PRESS_LAYOUTS = sorted(p for p in (TESTS / "layouts").iterdir() if p.suffix in (".txt", ".html"))


def test_there_are_notebooks():
    assert NOTEBOOKS, "notebooks/ holds no notebook"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_without_outputs(path):
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    carrying = [
        i for i, cell in enumerate(cells) if cell.get("outputs") or cell.get("execution_count")
    ]
    assert not carrying, (
        f"{path.name}: cells {carrying} carry outputs; clear them before committing"
    )


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_saved_in_the_form_jupyterlab_writes(path):
    # Else JupyterLab marks the notebook modified as soon as it opens it.
    assert path.read_text(encoding="utf-8") == lab_form(path.read_text(encoding="utf-8")), (
        f"{path.name} is not in the form JupyterLab saves; run make tidy"
    )


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_remarks_on_the_seed_are_tagged_seed(path):
    # make workbook leaves the tagged cells out of another article's report.
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    for cell in cells:
        remark = cell["cell_type"] == "markdown" and "".join(cell["source"]).startswith(
            "On the seed article"
        )
        assert remark == ("seed" in cell["metadata"].get("tags", [])), "".join(cell["source"])[:60]


# Cells put around a notebook's own: count the Kiwi passes its cells make.
COUNT_KIWI = """import kornews.tokens
_kiwi_calls, _kiwi_tokenize = [], kornews.tokens._kiwi_tokenize
kornews.tokens._kiwi_tokenize = lambda texts, dictionary: _kiwi_calls.append(len(texts)) or _kiwi_tokenize(texts, dictionary)"""
REPORT_KIWI = 'print("kiwi calls:", len(_kiwi_calls))'


def run(path: Path, cwd: Path, article: Path | None = None, *, count_kiwi: bool = False):
    """``path`` run top to bottom in a fresh kernel working in ``cwd``, which keeps its token
    tables in ``cwd/cache`` (a fresh cache: the Kiwi passes counted are the notebook's own)."""
    notebook = nbformat.read(path, as_version=4)
    if count_kiwi:
        notebook.cells.insert(0, new_code_cell(COUNT_KIWI))
        notebook.cells.append(new_code_cell(REPORT_KIWI))
    if article:
        # As papermill does: a cell after the parameters cell overrides them.
        at = next(
            i for i, c in enumerate(notebook.cells) if "parameters" in c.metadata.get("tags", [])
        )
        notebook.cells.insert(
            at + 1, new_code_cell(f"ARTICLE = {str(article)!r}\nCORPUS = {str(article)!r}")
        )
    NotebookClient(
        notebook,
        timeout=300,
        kernel_name="python3",
        kernel_manager_class=manager_class(),
        resources={"metadata": {"path": str(cwd)}},
    ).execute(env={**os.environ, "KORNEWS_CACHE": str(cwd / "cache")})
    return notebook


def outputs(notebook):
    return [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs]


def pdf_texts(
    notebook, kinds=("notebook", "report")
) -> tuple[str, dict[str, str], dict[str, list[float]]]:
    """The notebook's HTML, and for each kind of its PDF the text layer and how much of each
    page is left blank at its foot."""
    html, _ = KoreanPDFExporter().html(notebook)
    texts, blanks = {}, {}
    for kind, pdf in render_pdfs(html, kinds=kinds):
        pages = read_pages(pypdf.PdfReader(io.BytesIO(pdf)))
        texts[kind] = re.sub(r"[ \t]*\n[ \t]*", "\n", "\n".join(page.text for page in pages))
        blanks[kind] = [page.blank for page in pages]
    return html, texts, blanks


def split_cell_words(html: str, text: str) -> list[str]:
    """Words of the HTML's table cells that the PDF's text layer shows broken across two lines,
    or nowhere whole.

    A word is a run of non-space text in a cell holding Hangul (a Korean word, or a number
    written with Hangul: 10일, 8만5000건) or a number of four characters or more (2,421,
    2019.50). WeasyPrint draws a cell's lines one after the other, so a broken word reads as
    its head ending one line and its tail starting the next, each a whole token there."""
    cells = lxml.html.fromstring(html).xpath("//td | //th")
    words = {
        w
        for cell in cells
        for w in cell.text_content().split()
        if re.search("[\uac00-\ud7a3]", w) and len(w) > 1 or re.fullmatch(r"[\d.,%-]{4,}", w)
    }

    def broken(w):
        return w not in text or any(
            re.search(rf"(?<!\S){re.escape(w[:k])}\n{re.escape(w[k:])}(?!\S)", text)
            for k in range(1, len(w))
        )

    return sorted(filter(broken, words))


def in_report(html: str) -> str:
    """The HTML as the report without code shows it: cells tagged ``method`` are left out."""
    tree = lxml.html.fromstring(html)
    for cell in tree.xpath('//*[contains(concat(" ", @class, " "), " celltag_method ")]'):
        cell.getparent().remove(cell)
    return lxml.html.tostring(tree, encoding="unicode")


def code_lines_in(notebook, text: str) -> list[str]:
    """Lines of the notebook's code cells (of ten characters or more) found in the text."""
    flat = re.sub(r"\s", "", text)
    lines = [
        re.sub(r"\s", "", line)
        for c in notebook.cells
        if c.cell_type == "code"
        for line in c.source.splitlines()
    ]
    return [line for line in lines if len(line) >= 10 and line in flat]


# Every fixture: each notebook's cells run in this process (one Kiwi, no kernel, no PDF; a
# plot's figure is built, not drawn to PNG); the slow lane runs them in kernels too, where
# figures are drawn, and draws the PDFs. make test keeps the articles made for the notebooks'
# edge cases; the press's layouts, whose reading and analyses the library's tests check on
# every one (tests/test_layouts.py, test_flow.py, test_terms.py...), run here in the slow lane.
FIXTURES = OTHER_LAYOUTS + [pytest.param(p, marks=pytest.mark.slow) for p in PRESS_LAYOUTS]
OPTIONS_SET_UP = [
    value
    for name in (
        "display.max_rows",
        "display.max_colwidth",
        "display.precision",
        "styler.render.max_rows",
    )
    for value in (name, pd.get_option(name))
]


@pytest.fixture(scope="module", autouse=True)
def collector_spared():
    """What the worker has imported and collected, out of the garbage collector's reach while
    this module runs (as kornews keeps it in its kernels and PDF renderers): IPython's reset
    after each in-process run, and WeasyPrint's many objects, would have it scan all of that
    again and again (0.2 s a run). Given back after, for the modules that look at the collector."""
    gc.collect()
    gc.freeze()
    yield
    gc.unfreeze()


@pytest.fixture(scope="module", autouse=True)
def main_module_kept():
    """The process's ``__main__`` as it was before this module: IPython's shell, made by
    :func:`run_here`, puts its own module there, which has no ``__spec__``, and multiprocessing's
    spawn (local Dask workers, in the slow lane's later modules) then fails to start a process."""
    main = sys.modules["__main__"]
    yield
    sys.modules["__main__"] = main


def run_here(
    path: Path, article: Path, *, corpus: Path | None = None, lang: str = "ko"
) -> list[dict]:
    """Each output of the notebook's cells run on ``article`` in this process's IPython shell,
    as a kernel would send it (``output_type`` and ``data``, or ``ename`` and ``evalue``);
    ``CORPUS`` is ``corpus``, else ``article``; ``LANGUAGE`` is ``lang``."""
    from IPython.core.interactiveshell import InteractiveShell
    from IPython.utils.capture import capture_output

    shell = InteractiveShell.instance()
    shell.reset(new_session=False)
    found = []
    # kornews.notebook.setup() sets pandas' and matplotlib's options: they end with the run.
    try:
        with matplotlib.rc_context(), pd.option_context(*OPTIONS_SET_UP):
            for cell in nbformat.read(path, as_version=4).cells:
                if cell.cell_type != "code":
                    continue
                with capture_output() as captured:
                    result = shell.run_cell(cell.source, store_history=False, silent=False)
                found += [{"output_type": "display_data", "data": o.data} for o in captured.outputs]
                error = result.error_before_exec or result.error_in_exec
                if error is not None:
                    return found + [
                        {
                            "output_type": "error",
                            "ename": type(error).__name__,
                            "evalue": str(error),
                        }
                    ]
                if result.result is not None:
                    data, _ = shell.display_formatter.format(result.result)
                    found.append({"output_type": "execute_result", "data": data})
                if "parameters" in cell.metadata.get("tags", []):
                    shell.run_cell(
                        f"ARTICLE = {str(article)!r}\nCORPUS = {str(corpus or article)!r}\n"
                        f"LANGUAGE = {lang!r}"
                    )
    finally:
        plt.close("all")
    return found


def shows_article_text_as_text(found: list[dict]) -> None:
    html = [o.get("data", {}).get("text/html", "") for o in found]
    markdown = [o.get("data", {}).get("text/markdown", "") for o in found]
    for markup in ("<script", "<img", "<b>"):
        assert not any(markup in text for text in html + markdown), markup
    assert not any("**강조**" in text or "[링크](" in text for text in markdown)
    # A dollar sign in Markdown stands alone in an element, so MathJax never pairs two into math.
    assert not any("$" in text for text in markdown)


@pytest.fixture(scope="module")
def fixture_tokens(tmp_path_factory) -> Path:
    """One token cache for the in-process runs: a fixture goes through Kiwi in the first
    notebook run on it, and the others read its tables (as a reader's notebooks do)."""
    return tmp_path_factory.mktemp("fixture-tokens")


@pytest.mark.parametrize("article", FIXTURES, ids=lambda p: p.name)
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_notebook_runs_on_every_fixture(path, article, fixture_tokens, monkeypatch):
    monkeypatch.setenv("KORNEWS_CACHE", str(fixture_tokens))
    found = run_here(path, article)
    errors = [f"{o['ename']}: {o['evalue']}" for o in found if o["output_type"] == "error"]
    assert not errors, errors
    shows_article_text_as_text(found)


@pytest.mark.slow
@pytest.mark.parametrize("article", OTHER_LAYOUTS, ids=lambda p: p.stem)
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_runs_on_other_layouts_and_shows_article_text_as_text(path, article, tmp_path):
    notebook = run(path, tmp_path, article)
    shows_article_text_as_text(outputs(notebook))
    page, texts, blanks = pdf_texts(notebook, kinds=("notebook",))
    assert not split_cell_words(page, texts["notebook"])
    assert max(blanks["notebook"][:-1], default=0) <= 0.5, blanks


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_runs_on_every_press_layout(path, tmp_path):
    # One kernel per notebook: its cells after the parameters run once per fixture.
    notebook = nbformat.read(path, as_version=4)
    at = next(i for i, c in enumerate(notebook.cells) if "parameters" in c.metadata.get("tags", []))
    body = [c for c in notebook.cells[at + 1 :] if c.cell_type == "code"]
    cells = notebook.cells[: at + 1]
    for article in PRESS_LAYOUTS:
        cells.append(
            new_code_cell(
                f"ARTICLE = {str(article)!r}\nCORPUS = {str(article)!r}",
                metadata={"fixture": article.name},
            )
        )
        cells.extend(nbformat.from_dict(cell) for cell in body)
    notebook.cells = cells
    NotebookClient(
        notebook,
        timeout=300,
        kernel_name="python3",
        kernel_manager_class=manager_class(),
        allow_errors=True,
        resources={"metadata": {"path": str(tmp_path)}},
    ).execute()
    failed, article = [], None
    for cell in notebook.cells:
        article = cell.metadata.get("fixture", article)
        failed += [
            f"{article}: {o['ename']}: {o['evalue']}"
            for o in cell.get("outputs", [])
            if o.get("output_type") == "error"
        ]
    assert not failed, failed


def _markdown(found: list[dict]) -> str:
    return "\n".join(o.get("data", {}).get("text/markdown", "") for o in found)


def test_the_prose_says_what_the_tables_hold(tmp_path):
    figures, sections, corpus = (
        next(p for p in NOTEBOOKS if p.name.startswith(n)) for n in ("02-", "03-", "04-")
    )
    ytn = TESTS / "layouts" / "ytn.txt"
    # ytn: the title's 주민 300여 명 대피 is the body's 300여 명, not a second figure to compare it with;
    # the body holds 200mm, 300여 명, 새벽 4시쯤 and 40여 채, the title 300여 명: five figures in all.
    said = _markdown(run_here(figures, ytn))
    assert "1.0배" not in said and NOTHING_COMPARED["ko"] in said
    assert "숫자 표현 5개" in said
    assert "숫자 4개가 있습니다. 제목과 소제목에 숫자 1개가 더 있어, 02가 세는 대로 모두 5개" in (
        _markdown(run_here(sections, ytn))
    )
    # newsis alone is a folder of one: said in one sentence, its years left to 01 and 02.
    said = _markdown(run_here(corpus, TESTS / "layouts" / "newsis.txt"))
    assert "기사가 한 건뿐입니다" in said and "가장 자주 나오는 해" not in said
    # Two candidates polling 30% each are equal, not "1.0 times" one another.
    (tmp_path / "poll.txt").write_text(
        "여론조사 결과\nA 후보 지지율은 30%, B 후보 지지율은 30%였다.\n", encoding="utf-8"
    )
    said = _markdown(run_here(figures, tmp_path / "poll.txt"))
    assert "두 값(30%, 30%)이 같습니다" in said and "배입니다" not in said


def _column(found: list[dict], header: str) -> list[str]:
    """The cells under ``header`` in every HTML table the outputs show."""
    cells = []
    for html in (o.get("data", {}).get("text/html", "") for o in found):
        for table in lxml.html.fromstring(html).xpath("//table") if "<table" in html else []:
            heads = [th.text_content().strip() for th in table.xpath(".//thead//th")]
            if header in heads:
                at = heads.index(header) + 1
                cells += [td.text_content().strip() for td in table.xpath(f".//tbody/tr/td[{at}]")]
    return cells


def test_a_lone_date_is_said_as_one_day(tmp_path):
    # One dated event: the sentence names that date, not a span "from it to it".
    figures = next(p for p in NOTEBOOKS if p.name.startswith("02-"))
    (tmp_path / "event.txt").write_text(
        "광장 행사 열려\n2020년 7월 10일 시청 앞 광장에서 시민 100명이 모여 행사를 열었다.\n",
        encoding="utf-8",
    )
    said = _markdown(run_here(figures, tmp_path / "event.txt"))
    assert "날짜는 모두 2020년 7월 10일이며, 1번 나옵니다." in said
    assert "부터 2020년 7월 10일까지" not in said


def test_a_tie_for_first_place_is_said_as_a_tie(tmp_path):
    # 01: 공원 and 도서관 each 4 times (the title once, the body three times): both are the most
    # frequent, neither alone.
    terms, figures, names = (
        next(p for p in NOTEBOOKS if p.name.startswith(n)) for n in ("01-", "02-", "05-")
    )
    (tmp_path / "park.txt").write_text(
        "도서관 공원 개장\n도서관 옆 공원이 문을 열었다. 주민들은 도서관과 공원을 함께 찾았다. "
        "도서관 공원 산책로는 밤에도 열린다.\n",
        encoding="utf-8",
    )
    said = _markdown(run_here(terms, tmp_path / "park.txt"))
    assert "**공원**" in said and "**도서관**" in said and "(각 4번)" in said, said
    # A caption's few words, each once: no term is called the most frequent.
    (tmp_path / "caption.txt").write_text(
        "공원 개장\n주민들이 산책로를 걸었다.\n", encoding="utf-8"
    )
    said = _markdown(run_here(terms, tmp_path / "caption.txt"))
    assert "개가 모두 한 번씩만 나옵니다." in said and "가장 자주 나온 단어는" not in said, said
    # 02: one figure in each ◆ section, none in the lead: both sections hold the most.
    (tmp_path / "fruit.txt").write_text(
        "과일 장보기\n◆ 사과\n시장에서 사과 3개를 샀다.\n◆ 배\n마트에서 배 5개를 샀다.\n",
        encoding="utf-8",
    )
    said = _markdown(run_here(figures, tmp_path / "fruit.txt"))
    assert "(2개 가운데 각 1개)" in said, said
    # In English too, each kind named with its count (no "2 date"), the sentence capitalised.
    said = _markdown(run_here(figures, tmp_path / "fruit.txt", lang="en"))
    assert (
        "2 figures (count: 2)" in said and "◆1 and ◆2 hold the most figures (1 of 2 each)" in said
    )
    (tmp_path / "lead.txt").write_text("사과 장보기\n시장에서 사과 3개를 샀다.\n", encoding="utf-8")
    assert "Lead holds the most figures (1 of 1)" in _markdown(
        run_here(figures, tmp_path / "lead.txt", lang="en")
    )
    # 05: no quotation, so the sources' section says so; two pairs of cities, each in one
    # sentence: none is the strongest; two pairs twice, one once: both strongest are named.
    (tmp_path / "cities.txt").write_text(
        "도시 협약\n부산시와 울산시가 협약을 맺었다.\n광주시와 전주시도 협약을 맺었다.\n",
        encoding="utf-8",
    )
    said = _markdown(run_here(names, tmp_path / "cities.txt"))
    assert "인용이 없어 목소리를 가진 사람도 없습니다." in said
    assert "쌍마다 한 문장에서만 함께 나옵니다." in said and "가장 자주 함께" not in said, said
    (tmp_path / "cities.txt").write_text(
        "도시 협약\n부산시와 울산시가 협약을 맺었다.\n광주시와 전주시도 협약을 맺었다.\n"
        "부산시와 울산시는 예산을 나눈다.\n광주시와 전주시는 인력을 나눈다.\n부산시와 광주시도 만났다.\n",
        encoding="utf-8",
    )
    said = _markdown(run_here(names, tmp_path / "cities.txt"))
    assert "가장 자주 함께 나온 쌍은" in said and "(각 문장 2개)" in said, said
    assert "광주광역시·전주시" in said and "부산광역시·울산광역시" in said, said


def test_a_list_of_names_counts_the_ones_it_leaves_out(tmp_path):
    # Nine cities: 05's list of places names eight (the article's order) and counts the ninth.
    names = next(p for p in NOTEBOOKS if p.name.startswith("05-"))
    (tmp_path / "tour.txt").write_text(
        "전국 순회 공연\n공연단은 서울시, 부산시, 대구시, 인천시, 광주시, 대전시, 울산시, 수원시, "
        "창원시를 차례로 돈다.\n",
        encoding="utf-8",
    )
    said = _markdown(run_here(names, tmp_path / "tour.txt"))
    assert (
        "- **장소**: 서울특별시, 부산광역시, 대구광역시, 인천광역시, 광주광역시, 대전광역시, "
        in said
    )
    assert "울산광역시, 수원시 외 1개" in said and "창원시" not in said


@pytest.mark.parametrize("prefix", ["01-", "02-", "03-", "05-"])
def test_an_untitled_article_is_headed_as_the_report_heads_it(tmp_path, prefix):
    # 제목 없음 and the file, as the reader's report: the file's name alone would read as a title.
    path = tmp_path / "가상기사.txt"
    path.write_text(
        "\n\n가상시는 3명을 뽑는다고 10일 밝혔다. 이어 새 계획을 내놨다.\n", encoding="utf-8"
    )
    notebook = next(p for p in NOTEBOOKS if p.name.startswith(prefix))
    said = _markdown(run_here(notebook, path))
    assert said.lstrip().startswith("**제목 없음 · 파일 가상기사** · "), said[:80]


def test_articles_without_a_title_are_headed_as_the_report_heads_them(tmp_path):
    # Six untitled articles (each opens with a sentence), two themes: every headline cell of
    # 07's topic tables says 제목 없음 and names the article's file, none is left blank.
    topics = next(p for p in NOTEBOOKS if p.name.startswith("07-"))
    themes = {
        "반도체": "반도체 수출이 올해 늘었다. 반도체 공장 증설과 수출 계약이 이어졌다.",
        "태풍": "태풍이 남해안을 지나며 피해가 컸다. 태풍 피해 복구에 주민들이 나섰다.",
    }
    for n in range(6):
        theme = list(themes.values())[n % 2]
        (tmp_path / f"기사{n + 1}.txt").write_text(f"{theme}\n\n{theme}\n", encoding="utf-8")
    found = run_here(topics, tmp_path / "기사1.txt", corpus=tmp_path)
    names = {f"제목 없음 · 파일 기사{n + 1}" for n in range(6)}
    shown = _column(found, "대표 기사") + _column(found, "제목")
    assert shown and set(shown) <= names, shown


def test_an_article_is_typical_only_of_a_topic_it_holds(tmp_path):
    # Five chips stories and one storm story, two topics: the storm topic's typical article is
    # the storm story alone; a chips story (a 0% share of it) is not its runner-up.
    topics = next(p for p in NOTEBOOKS if p.name.startswith("07-"))
    chips = "반도체 수출이 올해 늘었다. 반도체 공장 증설과 수출 계약이 이어졌다."
    storm = "태풍이 남해안을 지나며 피해가 컸다. 태풍 피해 복구에 주민들이 나섰다."
    for n, text in enumerate([chips] * 5 + [storm]):
        (tmp_path / f"기사{n + 1}.txt").write_text(f"{text}\n\n{text}\n", encoding="utf-8")
    shown = _column(run_here(topics, tmp_path / "기사1.txt", corpus=tmp_path), "제목")
    assert "제목 없음 · 파일 기사6" in shown and len(shown) == len(set(shown)), shown


# WeasyPrint is not known to be safe in two threads at once (and holds the GIL in either).
ONE_PDF_AT_A_TIME = threading.Lock()


class SeedRun(NamedTuple):
    """A notebook run on the seed in a fresh kernel, Kiwi's passes counted by cells put around
    its own, and its two PDFs made from it without those cells."""

    notebook: nbformat.NotebookNode  # as executed, the counting cells first and last
    html: str
    texts: dict[str, str]
    blanks: dict[str, list[float]]


def seed_run(folder: Path, path: Path) -> SeedRun:
    # Run from an unrelated folder: the notebook must find the project by itself.
    notebook = run(path, folder, count_kiwi=True)
    own = nbformat.from_dict({**notebook, "cells": notebook.cells[1:-1]})
    with ONE_PDF_AT_A_TIME:
        return SeedRun(notebook, *pdf_texts(own))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_runs_in_a_fresh_kernel(path, kernels, request):
    notebook, html, texts, blanks = kernels.result(request.node)
    assert not [o for o in outputs(notebook) if o.get("output_type") == "error"]
    # The article (the corpus of notebook 04 is the seed's folder: one article) goes through Kiwi once.
    assert notebook.cells[-1].outputs[0]["text"] == "kiwi calls: 1\n"
    stderr = [o["text"] for o in outputs(notebook) if o.get("name") == "stderr"]
    assert not any("missing from font" in text or "Glyph" in text for text in stderr), stderr
    # A cell that ends in a plot shows it as an image, not as "<Figure size ...>"; with nothing
    # to plot (04 on a folder of one article) it shows nothing, never an empty titled plot.
    for cell in notebook.cells:
        if cell.cell_type == "code" and "plots.plot_" in cell.source.splitlines()[-1]:
            images = [o for o in cell.outputs if "image/png" in o.get("data", {})]
            assert images or not cell.outputs, cell.source
    # Its two PDFs (without the counting cells): the report has no code; in either, no table
    # cell breaks a Korean word or a number across lines and no page but the last is mostly blank.
    own = nbformat.from_dict({**notebook, "cells": notebook.cells[1:-1]})
    assert code_lines_in(own, texts["notebook"]), "the check for code finds none even with the code"
    assert not code_lines_in(own, texts["report"])
    for kind, text in texts.items():
        assert not split_cell_words(html if kind == "notebook" else in_report(html), text), kind
        # No page but the last is left more than half blank.
        assert max(blanks[kind][:-1], default=0) <= 0.5, (kind, blanks[kind])


def upload_run(folder: Path) -> nbformat.NotebookNode:
    # JupyterLab: the upload lands in the notebook's folder, which is the kernel's working
    # directory; a Windows file in CP949 reads as well as UTF-8.
    (folder / "내기사.txt").write_bytes((TESTS / "articles" / "plain-cp949.txt").read_bytes())
    return run(NOTEBOOKS[0], folder, Path("내기사.txt"))


def test_an_upload_next_to_the_notebook_is_found_by_its_name(kernels, request):
    notebook = kernels.result(request.node)
    assert not [o for o in outputs(notebook) if o.get("output_type") == "error"]


def missing_run(folder: Path) -> tuple[CellExecutionError | None, Path]:
    try:
        run(NOTEBOOKS[0], folder, Path("없는기사.txt"))
    except CellExecutionError as error:
        return error, folder
    return None, folder


def test_a_missing_article_says_where_it_looked(kernels, request):
    error, folder = kernels.result(request.node)
    assert error is not None, "the notebook ran on an article that is not there"
    assert error.ename == "ArticleError"
    assert error.evalue.startswith("없는기사.txt: no such file or folder (looked in ")
    assert str(folder) in error.evalue and "\n" not in error.evalue


# The widest tables: the figures (02) of an article with a 5,000-character word, the quotations (05), a folder (04).
WIDE_TABLES = [
    # The headers as readers see them (kornews.readers.for_readers), word by word; the
    # quotations' second table is a method cell, with the table's own column names.
    (
        "02-",
        TESTS / "articles" / "dollars-and-long-word.txt",
        ["기사", "속", "표기", "읽은", "값", "종류", "어림값", "무엇의", "숫자인가", "단락"],
    ),
    (
        "05-",
        TESTS / "gold" / "quotes" / "02-city.txt",
        [
            "인용한",
            "말",
            "종류",
            "동사",
            "직함",
            "소속",
            "attribution",
            "anonymous",
            "carried",
            "piece",
            "paragraph",
            "start",
        ],
    ),
    # A folder with nearly every kind of figure, and fourteen articles to set side by side.
    (
        "04-",
        TESTS / "gold" / "figures",
        ["기사", "단어", "횟수", "날짜", "비율", "금액", "밖", "합계"],
    ),
]


def wide_run(folder: Path, prefix: str, article: Path) -> tuple[float, list]:
    """The right margin of the PDF (with code) of the notebook run on ``article``, and each
    word drawn on it as ``(its right edge, the word)``, in points."""
    notebook = run(next(p for p in NOTEBOOKS if p.name.startswith(prefix)), folder, article)
    with ONE_PDF_AT_A_TIME:
        (folder / "out.pdf").write_bytes(KoreanPDFExporter().from_notebook_node(notebook)[0])
    width, words = drawn_words(folder / "out.pdf")
    return width - RIGHT_MARGIN, words


# The slow lane's (PDFs of articles other than the seed); make test keeps the fast check of the
# same layout rule, tests/test_export.py's 5,000-character word in a twelve-column table.
@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils) for word positions"
)
@pytest.mark.parametrize(
    "prefix, article, headers", WIDE_TABLES, ids=["figures", "quotations", "folder"]
)
def test_wide_tables_stay_inside_the_right_margin(kernels, request, prefix, article, headers):
    right_edge, words = kernels.result(request.node)
    beyond = sorted({word for x, word in words if x > right_edge + 0.5})
    assert not beyond, (
        f"drawn past the right margin: {beyond}"
    )  # a clipped header shows here as its start
    assert set(headers) <= {word for _, word in words}


# The tests that wait for kernels, and the work each waits for (given a folder of its own and
# the test's parameters).
KERNEL_WORK = {
    "test_runs_in_a_fresh_kernel": seed_run,
    "test_an_upload_next_to_the_notebook_is_found_by_its_name": upload_run,
    "test_a_missing_article_says_where_it_looked": missing_run,
    "test_wide_tables_stay_inside_the_right_margin": wide_run,
}


# What the kernel work imports on its first use (a kernel's manager, the PDFs), and what the
# tests import while it runs (run_here's shell, lab_form's kernel).
THREADS_IMPORT = (
    "IPython",
    "ipykernel.ipkernel",
    "jupyter_client.kernelspec",
    "jupyter_client.provisioning",
    "weasyprint",
    "weasyprint.text.fonts",
    "weasyprint.urls",
)


class Kernels:
    """The kernel work of this module's tests, two at a time (the machine's two cores) in the
    background: each selected test's work starts with the module, while the tests before it
    (and the in-process runs) go on, and a test waits for its own."""

    def __init__(self, folders: pytest.TempPathFactory):
        self.folders = folders
        self.pool = ThreadPoolExecutor(max_workers=2)
        self.futures = {}

    def submit(self, item: pytest.Item):
        if item.nodeid not in self.futures:
            work = KERNEL_WORK[item.originalname]
            params = item.callspec.params if hasattr(item, "callspec") else {}
            named = {k: v for k, v in params.items() if k in inspect.signature(work).parameters}
            self.futures[item.nodeid] = self.pool.submit(
                work, self.folders.mktemp("kernel"), **named
            )
        return self.futures[item.nodeid]

    def result(self, item: pytest.Item):
        return self.submit(item).result()


@pytest.fixture(scope="module", autouse=True)
def kernels(request, tmp_path_factory):
    # Imported here first: a module that two threads import at once can be seen half made.
    for name in THREADS_IMPORT:
        importlib.import_module(name)
    started = Kernels(tmp_path_factory)
    # Under pytest-xdist's other schedules this module's tests are shared among workers, and
    # each would start work that another runs: there each test starts its own when it runs.
    whole_module = request.config.getoption("dist", default="no") in ("no", "loadfile")
    for item in request.session.items if whole_module else []:
        if item.module is request.module and item.originalname in KERNEL_WORK:
            started.submit(item)
    yield started
    started.pool.shutdown(cancel_futures=True)
