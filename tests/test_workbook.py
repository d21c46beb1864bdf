"""The workbook runner: finds the article, passes it to each notebook, writes the executed
notebook and its two PDFs (with code, and the report without), and turns a failing cell into one
clear error. Tiny notebooks, real kernels."""

import errno
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import papermill
import pypdf
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

import kornews.workbook.run
from kornews import ArticleError
from kornews.export import ExportError, KoreanPDFExporter, KoreanPDFReportExporter
from kornews.notebook import project_root
from kornews.workbook import (
    WorkbookError,
    execute_notebook,
    find_article,
    locked,
    main,
    notebook_parameter,
    pdf_path,
    report_folder,
    write_in_place,
)

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


def test_notebooks_that_end_out_of_order_are_reported_in_order(tmp_path, seed_path, capsys):
    # Two kernels: 01 ends at once, 02 last; each is reported once, in order, whenever it ends.
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    write_notebook(notebooks / "01-quick.ipynb", new_code_cell("1"))
    write_notebook(notebooks / "02-slow.ipynb", new_code_cell("import time\ntime.sleep(3)"))
    for name in ("03-quick", "04-quick"):
        write_notebook(notebooks / f"{name}.ipynb", new_code_cell("1"))
    folder = tmp_path / "r"
    code = main(
        [str(seed_path), "--pdf", "none", "--notebooks", str(notebooks), "--reports", str(folder)]
    )
    out = capsys.readouterr()
    assert code == 0, out.err
    names = ["01-quick.ipynb", "02-slow.ipynb", "03-quick.ipynb", "04-quick.ipynb"]
    assert [line.split(" -> ")[0] for line in out.out.splitlines()[:-1]] == names
    assert sorted(p.name for p in (folder / seed_path.stem).iterdir()) == names


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


def test_a_pdf_a_renderer_cannot_make_is_one_line(tmp_path, seed_path, capsys, monkeypatch):
    # The renderers are forked from this process, so they render with the broken function.
    def broken(html, **options):
        raise ExportError("WeasyPrint could not render the PDF: ValueError: layout exploded")

    monkeypatch.setattr(kornews.workbook.run, "render_pdfs", broken)
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    write_notebook(notebooks / "01-title.ipynb", new_code_cell(PRINT_TITLE))
    code = main([str(seed_path), "--notebooks", str(notebooks), "--reports", str(tmp_path / "r")])
    err = capsys.readouterr().err
    assert code == 1
    assert err == (
        "kornews.workbook: error: 01-title.ipynb: WeasyPrint could not render the PDF: "
        "ValueError: layout exploded\n"
    )
    assert sorted(p.name for p in (tmp_path / "r" / seed_path.stem).iterdir()) == ["01-title.ipynb"]


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


# Hostile file names and faults (issue 29).

HOSTILE_NAMES = [
    "x`touch PWNED`.txt",
    'say "hi".txt',
    "$HOME.txt",
    "$(shell touch PWNED).txt",
    "-rf.txt",
    "a;touch PWNED;.txt",
]
RECORDER = """#!{python}
import json, os, sys
with open({out!r}, "w") as out:
    json.dump({{"argv": sys.argv[1:], "env": {{k: v for k, v in os.environ.items() if k.startswith("KORNEWS_")}}}}, out)
"""


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_make_passes_names_as_data(tmp_path, name):
    recorded = tmp_path / "recorded.json"
    recorder = tmp_path / "python"
    recorder.write_text(RECORDER.format(python=sys.executable, out=str(recorded)))
    recorder.chmod(0o755)
    settings = {
        "ARTICLE": name,
        "CORPUS": name,
        "ARTICLE_DATE": name,
        "PDF": name,
        "REPORTS": name,
        "KEYWORD": name,
        "SOURCE": name,
    }
    done = subprocess.run(
        ["make", "-s", "-f", str(project_root() / "Makefile"), "-o", "install", "workbook"]
        + [f"PY={recorder}"]
        + [f"{key}={value}" for key, value in settings.items()],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert not list(tmp_path.glob("PWNED*"))
    run = json.loads(recorded.read_text())
    assert run["argv"] == ["-m", "kornews.workbook"]  # nothing of the names on a command line
    settings_passed = {
        k: v
        for k, v in run["env"].items()
        if k not in ("KORNEWS_CACHE", "KORNEWS_KERNEL_SOCKETS")  # the tests' own
    }
    assert settings_passed == {
        "KORNEWS_ARTICLE": name,
        "KORNEWS_CORPUS": name,
        "KORNEWS_ARTICLE_DATE": name,
        "KORNEWS_PDF": name,
        "KORNEWS_REPORTS": name,
        "KORNEWS_TERM": name,
        "KORNEWS_SOURCE": name,
    }


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_the_terminals_term_is_no_keyword(tmp_path):
    # TERM names the terminal in every shell: 07's word comes from KEYWORD alone.
    recorded = tmp_path / "recorded.json"
    recorder = tmp_path / "python"
    recorder.write_text(RECORDER.format(python=sys.executable, out=str(recorded)))
    recorder.chmod(0o755)
    done = subprocess.run(
        ["make", "-s", "-f", str(project_root() / "Makefile"), "-o", "install", "workbook"]
        + [f"PY={recorder}"],
        cwd=tmp_path,
        env={**os.environ, "TERM": "xterm-256color"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(recorded.read_text())["env"].get("KORNEWS_TERM", "") == ""


@pytest.mark.parametrize(
    "name, folder",
    [
        ("...txt", "__"),
        ("..txt", "_"),
        ("....txt", "___"),
        (".hidden.txt", "_hidden"),
        ("a\x1bb.txt", "a_b"),
        ("a\\b.txt", "a_b"),
        ("기사.txt", "기사"),
    ],
)
def test_a_report_folder_is_its_own_inside_reports(tmp_path, name, folder):
    reports = tmp_path / "reports"
    assert report_folder(tmp_path / name, reports, name) == reports / folder


def test_two_articles_of_one_stem_get_two_folders(tmp_path):
    reports = tmp_path / "reports"
    first = report_folder(tmp_path / "a" / "x.txt", reports, "a/x.txt")
    first.mkdir(parents=True)
    nbformat.write(
        new_notebook(metadata={"papermill": {"parameters": {"ARTICLE": "a/x.txt"}}}),
        first / "01.ipynb",
    )
    assert report_folder(tmp_path / "a" / "x.txt", reports, "a/x.txt") == first
    second = report_folder(tmp_path / "b" / "x.txt", reports, "b/x.txt")
    assert second.parent == reports and second.name.startswith("x-") and second != first
    assert report_folder(tmp_path / "b" / "x.txt", reports, "b/x.txt") == second  # stable


def test_settings_come_from_the_environment_and_dash_names_after_two_dashes(
    tmp_path, seed_path, capsys, monkeypatch
):
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    write_notebook(notebooks / "01-title.ipynb", new_code_cell(PRINT_TITLE))
    for name in ("...txt", "-rf.txt"):
        (tmp_path / name).write_bytes(seed_path.read_bytes())
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("KORNEWS_ARTICLE", "...txt")
    monkeypatch.setenv("KORNEWS_PDF", "none")
    monkeypatch.setenv("KORNEWS_REPORTS", str(tmp_path / "r"))
    assert main(["--notebooks", str(notebooks)]) == 0, capsys.readouterr().err
    assert main(["--notebooks", str(notebooks), "--", "-rf.txt"]) == 0, capsys.readouterr().err
    assert sorted(p.name for p in (tmp_path / "r").iterdir() if not p.name.startswith(".")) == [
        "-rf",
        "__",
    ]
    assert (tmp_path / "r" / "__" / "01-title.ipynb").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["-rf.txt", "...txt", "notebooks", "r"]


def test_a_second_run_on_the_article_stops_at_once(tmp_path, seed_path, capsys):
    reports = tmp_path / "reports"
    folder = reports / seed_path.stem
    folder.mkdir(parents=True)
    with locked(folder):
        code = main([str(seed_path), "--reports", str(reports), "--pdf", "none"])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1
    assert f"another run is writing {folder}" in err and "REPORTS=" in err


def test_a_folder_that_cannot_be_made_is_one_line(tmp_path, seed_path, capsys):
    (tmp_path / "file").write_text("not a folder")
    code = main([str(seed_path), "--reports", str(tmp_path / "file" / "reports"), "--pdf", "none"])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith(f"kornews.workbook: error: cannot write in {tmp_path / 'file'}")


def _disk_full(*args, **kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


def test_a_full_disk_keeps_the_old_file_whole(tmp_path, monkeypatch):
    pdf = tmp_path / "01.pdf"
    pdf.write_bytes(b"%PDF- the old one")
    monkeypatch.setattr(Path, "write_bytes", _disk_full)
    with pytest.raises(
        WorkbookError, match=f"cannot write in {tmp_path}: No space left on device; free some space"
    ):
        write_in_place(pdf, b"%PDF- the new one")
    assert pdf.read_bytes() == b"%PDF- the old one"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["01.pdf"]


def test_a_full_disk_under_a_kernel_leaves_no_half_notebook(tmp_path, monkeypatch):
    notebook = tmp_path / "01-title.ipynb"
    write_notebook(notebook, new_code_cell(PRINT_TITLE))
    out = tmp_path / "out"
    out.mkdir()

    def half_written(notebook, output, **kwargs):
        Path(output).write_text('{"cells": [')
        _disk_full()

    monkeypatch.setattr(papermill, "execute_notebook", half_written)
    with pytest.raises(WorkbookError, match=f"cannot write in {out}: No space left on device"):
        execute_notebook(notebook, {"ARTICLE": "x.txt"}, out)
    assert list(out.iterdir()) == []


def test_ctrl_c_stops_the_run_at_once_with_130(tmp_path, seed_path):
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    started = tmp_path / "kernel.pid"
    write_notebook(
        notebooks / "01-wait.ipynb",
        new_code_cell(
            f"import os, time\nopen({str(started)!r}, 'w').write(str(os.getpid()))\ntime.sleep(300)"
        ),
    )
    run = subprocess.Popen(
        [sys.executable, "-m", "kornews.workbook", str(seed_path), "--pdf", "none"]
        + ["--notebooks", str(notebooks), "--reports", str(tmp_path / "r")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    while not (started.exists() and started.read_text()) and time.monotonic() < deadline:
        time.sleep(0.2)
    run.send_signal(signal.SIGINT)
    out, err = run.communicate(timeout=30)
    assert run.returncode == 130
    assert err == "kornews.workbook: stopped\n"
    assert list((tmp_path / "r" / seed_path.stem).iterdir()) == []  # no temporary left
    kernel = int(started.read_text())
    deadline = time.monotonic() + 20
    while _alive(kernel) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _alive(kernel)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_the_article_is_required(capsys):
    with pytest.raises(SystemExit) as stopped:
        main([])
    assert stopped.value.code == 2
    assert "article" in capsys.readouterr().err


def test_the_runner_starts_without_rfc3987_syntax_and_still_validates_notebooks(tmp_path):
    # jsonschema builds that module's grammar as it loads (a third of the runner's start), for
    # string formats nbformat never checks; a notebook that breaks the schema is still refused.
    broken = tmp_path / "broken.ipynb"
    broken.write_text(
        '{"cells": [{"cell_type": "code"}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}',
        encoding="utf-8",
    )
    check = (
        "import sys, kornews.workbook, nbformat\n"
        "print(sys.modules.get('rfc3987_syntax'), 'jsonschema' in sys.modules)\n"
        f"nbformat.validate(nbformat.read({str(broken)!r}, as_version=4))\n"
    )
    ran = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True)
    assert ran.stdout == "None True\n"
    assert ran.returncode == 1 and "ValidationError" in ran.stderr


def test_term_and_source_reach_the_notebooks_that_declare_them(tmp_path, seed_path, capsys):
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    both = new_code_cell("TERM = None\nSOURCE = None", metadata={"tags": ["parameters"]})
    nbformat.write(
        new_notebook(
            cells=[both, new_code_cell("print(repr(TERM), repr(SOURCE))")], metadata=KERNEL
        ),
        notebooks / "07-term.ipynb",
    )
    reports = tmp_path / "r"
    given = ["--term", "반도체", "--source", str(seed_path)]
    for options in (given, []):
        argv = [str(seed_path), "--notebooks", str(notebooks), "--reports", str(reports)]
        assert main([*argv, "--pdf", "none", *options]) == 0, capsys.readouterr().err
        executed = nbformat.read(reports / seed_path.stem / "07-term.ipynb", as_version=4)
        printed = executed.cells[-1].outputs[0]["text"].strip()
        # The seed is inside the project: the notebook gets it as the project names it.
        assert printed == ("'반도체' 'seeds/000_17620ace2f9e96c7.txt'" if options else "None None")


def test_a_source_that_cannot_be_read_is_one_line(tmp_path, seed_path, capsys):
    code = main([str(seed_path), "--source", str(tmp_path / "none.txt"), "--pdf", "none"])
    err = capsys.readouterr().err
    assert code == 1 and err.startswith("kornews.workbook: error:") and len(err.splitlines()) == 1


def test_the_runner_imports_nbconvert_only_once_the_kernels_start():
    # The kernels launch while nbconvert, the exporter and WeasyPrint load: none before.
    code = "import sys, kornews.workbook; print(sorted(set(sys.modules) & {{{}}}))".format(
        ", ".join(repr(m) for m in ("nbconvert", "kornews.export", "weasyprint", "papermill"))
    )
    lib = str(Path(kornews.workbook.__file__).parents[2])  # this checkout's, not an installed one
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": lib},
    )
    assert out.stdout == "[]\n"


def test_the_runner_writes_each_kind_where_jupyter_saves_its_exporters_pdf():
    # Jupyter and nbconvert name an exporter's file the notebook's name and its suffix.
    saved = {
        KoreanPDFExporter.kind: "01" + KoreanPDFExporter().file_extension,
        KoreanPDFReportExporter.kind: "01" + KoreanPDFReportExporter.output_suffix,
    }
    assert saved == {"notebook": "01.pdf", "report": "01-report.pdf"}
    assert set(kornews.workbook.run.KINDS) == set(saved)
    assert {kind: pdf_path(Path("01.ipynb"), kind).name for kind in saved} == saved
