"""The workbook's PDFs: handed to the renderers the costliest first as renderers come free, and
made from HTML whose code stays text. No kernels: a pool that only records what it is given."""

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook

from kornews.export import KoreanPDFExporter
from kornews.workbook.run import Renders, notebook_html


class Pool:
    """A stand-in for the renderers' pool: keeps each task and its callbacks, makes nothing."""

    def __init__(self):
        self.given = []

    def apply_async(self, func, args, *, callback, error_callback):
        self.given.append((args, callback, error_callback))


def test_a_free_renderer_takes_the_costliest_waiting_pdf():
    pool = Pool()
    renders = Renders(pool, 1)
    first = renders.add(("first",), cost=1)
    # The one renderer is busy: these wait, whatever their order.
    small, large, medium = (
        renders.add((name,), cost=cost)
        for name, cost in [("small", 10), ("large", 300), ("medium", 50)]
    )
    assert [args for args, *_ in pool.given] == [("first",)]
    for _ in range(3):
        _, done, _ = pool.given[-1]
        done("made")
    assert [args for args, *_ in pool.given] == [("first",), ("large",), ("medium",), ("small",)]
    assert first.result() == large.result() == medium.result() == "made"
    assert not small.done()  # handed over, not made yet


def test_two_renderers_take_two_at_once_and_an_error_reaches_its_pdf():
    pool = Pool()
    renders = Renders(pool, 2)
    one, two, three = (renders.add((n,), cost=1) for n in range(3))
    assert [args for args, *_ in pool.given] == [(0,), (1,)]
    _, _, failed = pool.given[1]
    failed(RuntimeError("no font"))
    assert [args for args, *_ in pool.given] == [(0,), (1,), (2,)]
    with pytest.raises(RuntimeError, match="no font"):
        two.result()
    assert not one.done() and not three.done()


def test_code_in_the_pdfs_html_stays_text(tmp_path):
    # The code input goes without nbconvert's bleach pass: pygments escapes it all.
    code = 'page = "<script>alert(1)</script> & <img src=x onerror=y>"  # 기사 <b>'
    notebook = tmp_path / "a.ipynb"
    nbformat.write(new_notebook(cells=[new_code_cell(code)]), notebook)
    html = notebook_html(notebook, name="a", folder=tmp_path)
    body = html[html.index("<body") :]
    assert "<script" not in body and "<img" not in body and "<b>" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=y&gt;" in body


def test_one_exporter_for_a_run_gives_each_notebook_its_own_html(tmp_path):
    first, second = tmp_path / "first.ipynb", tmp_path / "second.ipynb"
    nbformat.write(new_notebook(cells=[new_code_cell("x = 1")]), first)
    nbformat.write(new_notebook(cells=[new_code_cell("y = '둘'")]), second)
    notebook_html(first, name="first", folder=tmp_path)  # the run's exporter, used before
    html = notebook_html(second, name="second", folder=tmp_path)
    alone, _ = KoreanPDFExporter().html(
        nbformat.read(second, as_version=4),
        resources={"metadata": {"name": "second", "path": str(tmp_path)}},
    )
    assert html == alone
    assert "<title>second</title>" in html and "<title>first</title>" not in html
