"""What JupyterLab's File > Save and Export Notebook As shows and downloads: the exporters' names
(Lab's labels) and their files' names, asked of a running Jupyter server as Lab asks it."""

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import nbformat
import pytest
from nbformat.v4 import new_markdown_cell, new_notebook

# A server start and two PDFs: some 15 s on an idle machine, more on a busy one.
pytestmark = pytest.mark.slow
TOKEN = "kornews-test-token"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


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
    port = _free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "jupyter",
            "server",
            "--no-browser",
            f"--port={port}",
            "--ip=127.0.0.1",
            "--allow-root",
            f"--IdentityProvider.token={TOKEN}",
            f"--ServerApp.root_dir={root}",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            if process.poll() is not None:
                pytest.fail(f"jupyter server stopped at start (status {process.returncode})")
            try:
                _get(f"{base}/api/status").read()
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.1)
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
