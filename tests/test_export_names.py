"""What JupyterLab's File > Save and Export Notebook As shows and downloads: the exporters' names
(Lab's labels) and their files' names, asked of a running Jupyter server as Lab asks it."""

import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_markdown_cell, new_notebook

from kornews.kernels import manager_class

# A server start and two PDFs: some 15 s on an idle machine, more on a busy one.
pytestmark = pytest.mark.slow
TOKEN = "kornews-test-token"


def _port(process: subprocess.Popen) -> int | None:
    """The port the server chose (it was asked for port 0): from the file it writes in this run's
    own runtime folder once it listens. A port chosen here and handed over could be taken by
    another run before the server binds it, and the server would then serve on the next one."""
    written = Path(os.environ["JUPYTER_RUNTIME_DIR"]) / f"jpserver-{process.pid}.json"
    try:
        return json.loads(written.read_text(encoding="utf-8"))["port"]
    except (OSError, ValueError, KeyError):
        return None


def _get(url: str):
    request = urllib.request.Request(url, headers={"Authorization": f"token {TOKEN}"})
    return urllib.request.urlopen(request, timeout=60)


@pytest.fixture(scope="module")
def server(tmp_path_factory, exporters_from_pyproject):
    """A Jupyter server on a free loopback port, serving a folder with one small notebook."""
    root = tmp_path_factory.mktemp("notebooks")
    nbformat.write(
        new_notebook(cells=[new_markdown_cell("# 제로페이 가맹점")]), root / "보고서.ipynb"
    )
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "jupyter",
            "server",
            "--no-browser",
            "--port=0",
            "--ip=127.0.0.1",
            "--allow-root",
            f"--IdentityProvider.token={TOKEN}",
            f"--ServerApp.root_dir={root}",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = None
    try:
        for _ in range(300):
            if process.poll() is not None:
                pytest.fail(f"jupyter server stopped at start (status {process.returncode})")
            port = _port(process)
            try:
                if port is not None:
                    _get(f"http://127.0.0.1:{port}/api/status").read()
                    base = f"http://127.0.0.1:{port}"
                    break
            except (urllib.error.URLError, ConnectionError):
                pass
            time.sleep(0.1)
        if base is None:
            pytest.fail("jupyter server did not answer in 30 s")
        yield base
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_lab_lists_both_exporters_by_name(server, exporters_from_pyproject):
    formats = json.load(_get(f"{server}/api/nbconvert"))
    # Lab's menu label is the name with its first letter capitalised; these are already.
    assert {"PDF_Korean", "PDF_Korean_without_code"} <= set(formats)
    assert set(exporters_from_pyproject) == {"PDF_Korean", "PDF_Korean_without_code"}
    assert formats["PDF_Korean_without_code"]["output_mimetype"] == "application/pdf"


@pytest.mark.parametrize(
    ("exporter", "file_name"),
    [("PDF_Korean", "보고서.pdf"), ("PDF_Korean_without_code", "보고서-report.pdf")],
)
def test_each_download_has_its_own_file_name(server, exporter, file_name):
    path = urllib.parse.quote("보고서.ipynb")
    response = _get(f"{server}/nbconvert/{exporter}/{path}?download=true")
    disposition = urllib.parse.unquote(response.headers["Content-Disposition"])
    assert disposition.endswith(f"''{file_name}") or f'filename="{file_name}"' in disposition
    assert response.read().startswith(b"%PDF")


def _put(url: str, body: dict) -> None:
    request = urllib.request.Request(
        url,
        data=json.dumps(body).encode(),
        method="PUT",
        headers={"Authorization": f"token {TOKEN}", "Content-Type": "application/json"},
    )
    urllib.request.urlopen(request, timeout=60).read()


def test_labs_report_of_a_users_article_is_make_workbooks(server, tmp_path):
    """A user sets ARTICLE in the parameters cell, runs all and saves (as Lab does, through the
    contents API), then exports from the menu: the report holds no remark on the seed and reads
    as make workbook's report of the same article, word for word."""
    import io

    from nbclient import NotebookClient
    from pypdf import PdfReader

    from kornews.workbook import execute_notebook, export_pdfs

    root = Path(__file__).resolve().parents[1]
    source = root / "notebooks" / "05-quotes-and-entities.ipynb"
    article = root / "tests" / "layouts" / "yonhap.txt"
    notebook = nbformat.read(source, as_version=4)
    parameters = next(c for c in notebook.cells if "parameters" in c.metadata.get("tags", []))
    seed = 'ARTICLE = "seeds/000_17620ace2f9e96c7.txt"'
    assert seed in parameters.source
    parameters.source = parameters.source.replace(seed, f"ARTICLE = {str(article)!r}")
    NotebookClient(
        notebook,
        kernel_name="python3",
        kernel_manager_class=manager_class(),
        resources={"metadata": {"path": str(source.parent)}},
    ).execute()
    _put(f"{server}/api/contents/mine.ipynb", {"type": "notebook", "content": notebook})
    lab = _get(f"{server}/nbconvert/PDF_Korean_without_code/mine.ipynb?download=true").read()

    executed = execute_notebook(source, {"ARTICLE": str(article)}, tmp_path)
    (made,) = export_pdfs(executed, name="mine", folder=source.parent, kinds=("report",))

    def text(pdf: bytes) -> str:
        return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)

    read = text(lab)
    assert "인용과 이름" in read
    assert "이 기사에서는:" not in read
    assert "박원순" not in read
    assert read == text(made.read_bytes())
