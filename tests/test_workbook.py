"""The workbook runner: finds the article, passes it to each notebook, writes the executed
notebook and its two PDFs (with code, and the report without), and turns a failing cell into one
clear error. Tiny notebooks, real kernels."""

import json

import nbformat
import pypdf
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from kornews import ArticleError
from kornews.notebook import project_root
from kornews.workbook import find_article, main, notebook_parameter

KERNEL = {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}


def write_notebook(path, *cells):
    parameters = new_code_cell(
        'ARTICLE = "seeds/000_17620ace2f9e96c7.txt"', metadata={"tags": ["parameters"]}
    )
    nbformat.write(
        new_notebook(cells=[new_markdown_cell("# 시험"), parameters, *cells], metadata=KERNEL), path
    )


def test_find_article_prefers_the_working_directory(tmp_path, monkeypatch, seed_path):
    own = tmp_path / "seeds" / seed_path.name
    own.parent.mkdir()
    own.write_bytes(seed_path.read_bytes())
    monkeypatch.chdir(tmp_path)
    assert find_article(f"seeds/{seed_path.name}") == own


def test_find_article_falls_back_to_the_project(tmp_path, monkeypatch, seed_path):
    monkeypatch.chdir(tmp_path)
    assert find_article(f"seeds/{seed_path.name}") == seed_path


def test_find_article_missing_is_an_article_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ArticleError):
        find_article("no/such/article.txt")


@pytest.mark.parametrize(
    "path, expected",
    [
        ("seeds/000_17620ace2f9e96c7.txt", "seeds/000_17620ace2f9e96c7.txt"),
        ("/tmp/elsewhere.txt", "/tmp/elsewhere.txt"),
    ],
)
def test_notebook_parameter_is_relative_inside_the_project(path, expected):
    root = project_root()
    assert notebook_parameter(root / path, root) == expected


PRINT_TITLE = (
    "import kornews.notebook\nprint(kornews.read_article(kornews.notebook.resolve(ARTICLE)).title)"
)


def test_runs_each_notebook_and_writes_notebook_and_pdfs(tmp_path, seed_path, capsys):
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    write_notebook(notebooks / "01-title.ipynb", new_code_cell(PRINT_TITLE))
    code = main(
        [str(seed_path), "--notebooks", str(notebooks), "--reports", str(tmp_path / "reports")]
    )
    assert code == 0, capsys.readouterr().err
    out = tmp_path / "reports" / seed_path.stem
    executed = json.loads((out / "01-title.ipynb").read_text(encoding="utf-8"))
    printed = "".join(
        "".join(o.get("text", "")) for c in executed["cells"] for o in c.get("outputs", [])
    )
    assert "박원순 시장, 서울 ICT혁신" in printed  # the title, read through the ARTICLE parameter
    with_code = pypdf.PdfReader(out / "01-title.pdf").pages[0].extract_text()
    report = pypdf.PdfReader(out / "01-title-report.pdf").pages[0].extract_text()
    assert "박원순 시장, 서울 ICT혁신" in with_code and "박원순 시장, 서울 ICT혁신" in report
    assert "read_article" in with_code and "read_article" not in report
    assert "ARTICLE =" in with_code and "ARTICLE =" not in report  # the parameters cell too


@pytest.mark.parametrize(
    "other, kept", [(False, True), (True, False)], ids=["seed", "another article"]
)
def test_remarks_on_the_seed_stay_out_of_another_articles_report(
    tmp_path, seed_path, capsys, other, kept
):
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    remark = new_markdown_cell("On the seed article: 제로페이 leads.", metadata={"tags": ["seed"]})
    write_notebook(notebooks / "01-title.ipynb", new_code_cell(PRINT_TITLE), remark)
    article = seed_path
    if other:
        article = tmp_path / "other.txt"
        article.write_bytes(seed_path.read_bytes())
    code = main(
        [
            str(article),
            "--notebooks",
            str(notebooks),
            "--reports",
            str(tmp_path / "reports"),
            "--pdf",
            "none",
        ]
    )
    assert code == 0, capsys.readouterr().err
    executed = (tmp_path / "reports" / article.stem / "01-title.ipynb").read_text(encoding="utf-8")
    assert ("On the seed article" in executed) == kept
    assert "# 시험" in executed  # the other cells stay


def test_pdf_option_chooses_the_kinds(tmp_path, seed_path, capsys):
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    write_notebook(notebooks / "01-title.ipynb", new_code_cell(PRINT_TITLE))
    code = main(
        [
            str(seed_path),
            "--pdf",
            "report",
            "--notebooks",
            str(notebooks),
            "--reports",
            str(tmp_path / "r"),
        ]
    )
    assert code == 0, capsys.readouterr().err
    assert sorted(p.name for p in (tmp_path / "r" / seed_path.stem).iterdir()) == [
        "01-title-report.pdf",
        "01-title.ipynb",
    ]


def test_failing_cell_fails_with_its_error(tmp_path, seed_path, capsys):
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    write_notebook(notebooks / "01-broken.ipynb", new_code_cell("total = 1\ntotal / 0"))
    code = main(
        [str(seed_path), "--notebooks", str(notebooks), "--reports", str(tmp_path / "reports")]
    )
    err = capsys.readouterr().err
    assert code == 1
    assert "01-broken.ipynb failed at In [" in err and "total = 1" in err
    assert "ZeroDivisionError: division by zero" in err
    assert "Traceback" not in err


def test_missing_article_is_one_line(tmp_path, capsys):
    assert main([str(tmp_path / "none.txt"), "--reports", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("kornews.workbook: error: ") and err.count("\n") == 1


def test_the_article_date_reaches_the_notebooks_that_declare_it(tmp_path, seed_path, capsys):
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    dated = new_code_cell(
        'ARTICLE = "seeds/000_17620ace2f9e96c7.txt"\nARTICLE_DATE = None',
        metadata={"tags": ["parameters"]},
    )
    nbformat.write(
        new_notebook(
            cells=[
                new_markdown_cell("# 날짜"),
                dated,
                new_code_cell("print('date:', ARTICLE_DATE)"),
            ],
            metadata=KERNEL,
        ),
        notebooks / "01-date.ipynb",
    )
    write_notebook(
        notebooks / "02-plain.ipynb", new_code_cell("print('declared:', 'ARTICLE_DATE' in dir())")
    )
    code = main(
        [
            str(seed_path),
            "--date",
            "2020-07-10",
            "--notebooks",
            str(notebooks),
            "--reports",
            str(tmp_path / "r"),
        ]
    )
    assert code == 0, capsys.readouterr().err

    def printed(name):
        cells = json.loads((tmp_path / "r" / seed_path.stem / name).read_text(encoding="utf-8"))
        return "".join(
            "".join(o.get("text", "")) for c in cells["cells"] for o in c.get("outputs", [])
        )

    assert "date: 2020-07-10" in printed("01-date.ipynb")
    assert "declared: False" in printed(
        "02-plain.ipynb"
    )  # papermill adds only what a notebook declares


def test_a_date_that_is_none_fails_before_any_kernel(tmp_path, seed_path, capsys):
    assert main([str(seed_path), "--date", "2020-02-30", "--reports", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert (
        err.startswith("kornews.workbook: error: ") and "not a date" in err and err.count("\n") == 1
    )


def test_the_article_is_required(capsys):
    with pytest.raises(SystemExit) as stopped:
        main([])
    assert stopped.value.code == 2
    assert "article" in capsys.readouterr().err
