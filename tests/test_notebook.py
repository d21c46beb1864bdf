"""kornews.notebook: where a notebook's ARTICLE is found, how every notebook table is shown, and
the form a committed notebook is saved in."""

import html
import json
import platform
import re

import numpy as np
import pandas as pd
import pytest

import kornews
from kornews.notebook import (
    KWIC_ALIGN,
    corpus_folder,
    counted,
    lab_form,
    release_source,
    resolve,
    search_folders,
    show,
)


@pytest.fixture()
def places(tmp_path):
    """Three folders as in JupyterLab: the notebook's, the working directory, the project."""
    folders = {name: tmp_path / name for name in ("notebooks", "cwd", "project")}
    for folder in folders.values():
        folder.mkdir()
    return folders


def _where(places, name):
    return resolve(
        name, notebook_dir=places["notebooks"], cwd=places["cwd"], root=places["project"]
    )


@pytest.mark.parametrize(
    "holders, expected",
    [
        (("notebooks", "cwd", "project"), "notebooks"),  # an upload next to the notebook wins
        (("cwd", "project"), "cwd"),
        (("notebooks", "project"), "notebooks"),
        (("project",), "project"),  # seeds/... from the project root
    ],
)
def test_resolve_looks_in_the_notebook_folder_then_cwd_then_project(places, holders, expected):
    for holder in holders:
        (places[holder] / "내기사.txt").write_text("제목\n본문 한 줄.\n", encoding="utf-8")
    assert _where(places, "내기사.txt") == places[expected] / "내기사.txt"


def test_resolve_finds_folders_and_globs(places):
    (places["project"] / "seeds").mkdir()
    (places["project"] / "seeds" / "a.txt").write_text("제목\n본문.\n", encoding="utf-8")
    (places["cwd"] / "news").mkdir()
    (places["cwd"] / "news" / "2020-01.txt").write_text("제목\n본문.\n", encoding="utf-8")
    assert _where(places, "seeds") == places["project"] / "seeds"
    assert _where(places, "news/2020-*.txt") == places["cwd"] / "news/2020-*.txt"
    assert _where(places, "seeds/a.txt") == places["project"] / "seeds" / "a.txt"


def test_resolve_keeps_an_absolute_path(places, tmp_path):
    assert _where(places, str(tmp_path / "elsewhere.txt")) == tmp_path / "elsewhere.txt"


def test_a_missing_file_says_where_it_looked(places):
    with pytest.raises(kornews.ArticleError) as error:
        _where(places, "내기사.txt")
    message = str(error.value)
    assert "\n" not in message and message.startswith("내기사.txt: no such file")
    # In the order they were tried.
    at = [message.index(str(places[name])) for name in ("notebooks", "cwd", "project")]
    assert at == sorted(at)
    with pytest.raises(kornews.ArticleError, match="no such file"):
        _where(places, "news/2021-*.txt")  # a glob that matches nothing


def test_the_notebook_folder_comes_from_jupyter_server(places, monkeypatch):
    # JupyterLab starts the kernel with JPY_SESSION_NAME, the notebook's path.
    monkeypatch.setenv("JPY_SESSION_NAME", str(places["notebooks"] / "01-term-frequency.ipynb"))
    monkeypatch.chdir(places["cwd"])
    folders = search_folders(root=places["project"])
    assert [folder for _, folder in folders] == [
        places["notebooks"],
        places["cwd"],
        places["project"],
    ]
    (places["notebooks"] / "a.txt").write_text("제목\n본문.\n", encoding="utf-8")
    assert resolve("a.txt", root=places["project"]) == places["notebooks"] / "a.txt"


def test_the_same_folder_is_looked_in_once(places, monkeypatch):
    monkeypatch.delenv("JPY_SESSION_NAME", raising=False)
    monkeypatch.chdir(places["cwd"])  # without a notebook path, the notebook's folder is the cwd
    with pytest.raises(kornews.ArticleError) as error:
        resolve("missing.txt", root=places["project"])
    assert str(error.value).count(str(places["cwd"])) == 1


# --- show ---


@pytest.fixture()
def awkward():
    return pd.DataFrame(
        {
            "section": [0, 1, 2],
            "heading": [None, "<b>굵게</b> & 제목", np.nan],
            "score": [1 / 6, 2019.5, np.nan],
            "number": [85000.0, 59000.0, None],
            "count": pd.array([3, None, 1], dtype="Int64"),
            "approximate": [True, False, None],
        }
    )


def _cells(html):
    """The cells' text, without the spans that keep each Korean word whole."""
    return [
        re.sub(r'<span class="word">|</span>', "", cell)
        for cell in re.findall(r"<td[^>]*>(.*?)</td>", html)
    ]


def test_show_leaves_missing_values_blank(awkward):
    html = show(awkward).to_html()
    for marker in ("NaN", "nan", "None", "<NA>", "&lt;NA&gt;"):
        assert marker not in html
    assert _cells(html)[6:12] == [
        "1",
        "&lt;b&gt;굵게&lt;/b&gt; &amp; 제목",
        "2019.50",
        "59000",
        "",
        "False",
    ]


def test_show_rounds_floats_for_display_only(awkward):
    html = show(awkward, digits=3).to_html()
    assert "0.167" in html and "0.1666" not in html
    assert "85000" in html and "85000.0" not in html  # a column of whole floats shows no decimals
    assert awkward.loc[0, "score"] == 1 / 6  # the table itself is untouched


def test_show_escapes_article_text_and_cuts_long_cells():
    table = pd.DataFrame({"text": ["<script>alert(1)</script>", "가" * 100], "n": [1, 2]})
    html = show(table, width=20).to_html()
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert ">" + "가" * 19 + "…<" in html and "가" * 20 not in html


def test_show_keeps_short_words_whole_in_any_script():
    # WeasyPrint would break 18-broadcast after its hyphen; a span.word is nowrap.
    html = show(pd.DataFrame({"article": ["18-broadcast", "가상시 주민센터"]})).to_html()
    assert '<span class="word">18-broadcast</span>' in html
    assert '<span class="word">가상시</span> <span class="word">주민센터</span>' in html


def test_show_escapes_index_and_column_labels():
    table = pd.DataFrame({"<i>기사</i>": [1]}, index=pd.Index(["<b>용어</b>"], name="term"))
    html = show(table).to_html()
    assert "<b>" not in html and "<i>" not in html and "&lt;b&gt;용어" in html


def test_show_aligns_text_left_numbers_right_and_kwic_around_the_keyword():
    lines = pd.DataFrame(
        {"section": [3], "left": ["서울시의 "], "keyword": ["제로페이"], "right": ["는 소상공인"]}
    )
    css = show(lines, align=KWIC_ALIGN).to_html()
    rules = dict(re.findall(r"td\.col(\d) \{\s*text-align: (\w+);", css))
    assert rules == {"0": "right", "1": "right", "2": "center", "3": "left"}
    assert "word-break: keep-all" in css
    # And by hand, for renderers that ignore keep-all (WeasyPrint): each Hangul word is unbreakable.
    assert '<span class="word">서울시의</span> </td>' in css
    assert re.search(r"span\.word \{\s*white-space: nowrap;", css)


def test_show_hides_only_a_plain_index():
    assert "row_heading" not in show(pd.DataFrame({"a": [1, 2]})).to_html()
    pivot = pd.DataFrame({"a": [1, 2]}, index=pd.Index([10, 20], name="rank"))
    assert "row_heading" in show(pivot).to_html()


def test_show_lets_a_long_word_wrap_and_keeps_dollars_text():
    from kornews.notebook import LONG_WORD, escape

    table = pd.DataFrame({"text": ["코드 " + "Ab" * 2500, "$100에서 $200으로"]})
    cells = re.findall(r"<td[^>]*>(.*?)</td>", show(table).to_html())
    # A run longer than LONG_WORD characters may break every LONG_WORD characters (and is cut to the width).
    assert cells[0].startswith(
        '<span class="word">코드</span> ' + "Ab" * (LONG_WORD // 2) + "<wbr>"
    )
    assert "<span>&#36;</span>100에서" in cells[1] and "$" not in cells[1]
    assert escape("$x$") == "<span>&#36;</span>x<span>&#36;</span>"


def test_show_breaks_a_long_file_name_between_its_parts():
    # 22 characters: one break, after the underscore that ends the longest run within reach,
    # not inside 1501.
    html = show(pd.DataFrame({"article": ["layouts_heldout15_1501", "a" * 25]})).to_html()
    assert "layouts&#95;heldout15&#95;<wbr>1501<" in html  # escape writes _ as &#95;
    assert "a" * 20 + "<wbr>" + "a" * 5 + "<" in html


# A notebook as an editor other than JupyterLab left it: indent 2, no trailing newline, the short
# kernelspec and language_info, outputs, nbformat 4.4 without cell ids.
OTHER_EDITOR = json.dumps(
    {
        "nbformat": 4,
        "nbformat_minor": 4,
        "metadata": {
            "kernelspec": {"name": "python3", "display_name": "Python 3"},
            "language_info": {"name": "python"},
        },
        "cells": [
            {"cell_type": "markdown", "metadata": {}, "source": ["# 제목\n", "본문"]},
            {
                "cell_type": "code",
                "execution_count": 3,
                "metadata": {"tags": ["parameters"]},
                "outputs": [{"output_type": "stream", "name": "stdout", "text": ["3\n"]}],
                "source": ["ARTICLE = 1"],
            },
        ],
    },
    indent=2,
    ensure_ascii=False,
)


def test_lab_form_is_what_jupyterlab_writes():
    text = lab_form(OTHER_EDITOR)
    notebook = json.loads(text)
    # The kernel's own description, as JupyterLab copies it in when the kernel starts.
    assert notebook["metadata"]["kernelspec"] == {
        "display_name": "Python 3 (ipykernel)",
        "language": "python",
        "name": "python3",
    }
    assert notebook["metadata"]["language_info"] == {
        "codemirror_mode": {"name": "ipython", "version": 3},
        "file_extension": ".py",
        "mimetype": "text/x-python",
        "name": "python",
        "nbconvert_exporter": "python",
        "pygments_lexer": "ipython3",
        "version": platform.python_version(),
    }
    assert (notebook["nbformat"], notebook["nbformat_minor"]) == (4, 5)
    assert all(cell["id"] for cell in notebook["cells"])
    code = notebook["cells"][1]
    assert code["outputs"] == [] and code["execution_count"] is None
    assert code["metadata"] == {"tags": ["parameters"]} and code["source"] == ["ARTICLE = 1"]
    assert notebook["cells"][0]["source"] == ["# 제목\n", "본문"]
    # nbformat's writer, as Jupyter Server saves: one-space indent, keys sorted, Hangul as is, a final newline.
    assert text.startswith('{\n "cells": [\n  {\n   "cell_type": "markdown",\n   "id": ')
    assert "제목" in text and text.endswith("}\n") and not text.endswith("\n\n")


def test_lab_form_keeps_cell_ids_and_is_stable():
    once = lab_form(OTHER_EDITOR)
    assert lab_form(once) == once
    assert [c["id"] for c in json.loads(lab_form(once))["cells"]] == [
        c["id"] for c in json.loads(once)["cells"]
    ]


@pytest.mark.parametrize(
    "n, noun, plural, expected",
    [
        (1, "quotation", None, "1 quotation"),
        (0, "quotation", None, "0 quotations"),
        (2, "speaker", None, "2 speakers"),
        (1204, "figure", None, "1,204 figures"),
        (1, "entity", "entities", "1 entity"),
        (3, "entity", "entities", "3 entities"),
    ],
)
def test_counted_agrees_the_noun_with_its_number(n, noun, plural, expected):
    assert counted(n, noun, plural=plural) == expected


def test_a_corpus_notebook_reads_corpus_else_the_articles_folder(tmp_path):
    article = tmp_path / "news" / "a.txt"
    article.parent.mkdir()
    article.write_text("제목\n\n본문이다.\n", encoding="utf-8")
    assert corpus_folder(None, article) == tmp_path / "news"
    assert corpus_folder(tmp_path, article) == tmp_path


def test_the_release_is_the_source_given_else_the_folders_one_release(tmp_path):
    assert release_source(tmp_path, None) is None  # no release/ folder
    (tmp_path / "release").mkdir()
    (tmp_path / "release" / "a.txt").write_text("보도자료", encoding="utf-8")
    assert release_source(tmp_path, None) == tmp_path / "release" / "a.txt"
    (tmp_path / "release" / "b.txt").write_text("보도자료", encoding="utf-8")
    assert release_source(tmp_path, None) is None  # two: which one is not ours to guess
    given = tmp_path / "mine.txt"
    given.write_text("보도자료", encoding="utf-8")
    assert release_source(tmp_path, given) == given


def test_escaped_text_reads_back_as_itself_in_markdown():
    # A page's backslashes (기부 \'귀감\', a Windows path) stay text: before an entity a
    # backslash would escape its & and the reader would see &#x27;.
    from nbconvert.filters.markdown_mistune import markdown2html_mistune

    from kornews.notebook import escape

    for text in ["기부 \\'귀감\\'", "C:\\자료\\*표*", "a\\<b> \\[1]"]:
        shown = markdown2html_mistune(escape(text))
        assert html.unescape(re.sub(r"</?p>", "", shown)).strip() == text
