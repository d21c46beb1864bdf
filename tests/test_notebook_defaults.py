"""What notebooks 06 and 07 read when the reader sets nothing: 07 the article's folder and its
leading term, and no topics for a folder too small to carry two; 06 a source only when one is
given or kept in the folder's ``release/``, and it names it (issue: the workbook compared every
folder with the sample press release, and ran 07 on the tests' corpus).

Where the test gives ARTICLE (and CORPUS, as the kernel runs give them), the cells run in this
process, as tests/test_notebooks.py runs them on its fixtures; where nothing is set, in a kernel."""

import shutil

import pytest

from test_notebooks import NOTEBOOKS, outputs, run, run_here

NOTEBOOK = {p.name[:2]: p for p in NOTEBOOKS}


def _text(found: list[dict]) -> str:
    """Everything the notebook's cells printed or showed, as text and HTML."""
    return "\n".join(
        "".join(output.get("text", ""))
        + "".join(output.get("data", {}).get("text/markdown", ""))
        + "".join(output.get("data", {}).get("text/html", ""))
        for output in found
    )


@pytest.fixture(scope="module")
def lone(tmp_path_factory, seed_path):
    """A folder holding the seed alone, as ``make workbook`` gives 04, 06 and 07 (``seeds/``)."""
    folder = tmp_path_factory.mktemp("lone")
    shutil.copy(seed_path, folder / seed_path.name)
    return folder / seed_path.name


def test_07_reads_the_articles_folder_with_its_leading_term(lone):
    shown = _text(run_here(NOTEBOOK["07"], lone))
    assert "기사 1건, 언론사 1곳" in shown  # the seed's folder, not the 72 articles of the themes
    assert "가장 많은" in shown and "make" not in shown  # how to name another: the method prose
    assert "반도체" not in shown
    assert "기사 1건으로는 주제를 나누지 않습니다" in shown and "일관성" not in shown


def test_06_without_a_source_says_none_was_given(lone):
    shown = _text(run_here(NOTEBOOK["06"], lone))
    assert "보도자료를 정하지 않아 견주지 않았습니다" in shown and "make" not in shown
    assert "press-release" not in shown and "0%" not in shown


def test_06_on_the_copies_sample_names_the_release_it_keeps(tmp_path):
    # Every parameter as the notebook sets it: a fresh kernel, nothing put after its parameters.
    shown = _text(outputs(run(NOTEBOOK["06"], tmp_path)))
    assert "견준 글: press-release.txt" in shown
    assert "보도자료를 정하지 않아" not in shown
