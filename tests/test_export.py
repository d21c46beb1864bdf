"""The PDF_Korean exporters: Korean text layer, embedded Hangul font, A4, wrapping, repeated
table headers, Korean words kept whole, the report without code, no network, clear errors. The
notebook's outputs are made in-process (no kernel)."""

import base64
import gc
import io
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import matplotlib.pyplot as plt
import nbformat
import pandas as pd
import pypdf
import pytest
from nbconvert.exporters.base import get_export_names, get_exporter
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

import kornews.export
from kornews.export import (
    ExportError,
    KoreanPDFExporter,
    KoreanPDFReportExporter,
    keep_words,
    render_pdf,
)
from kornews.fonts import FontError, find_korean_font
from kornews.notebook import setup
from pdf_pages import drawn_images, drawn_words

A4 = (595.28, 841.89)  # points
LONG_LINE = "긴 줄 " + "제로페이 가맹점 abcdefghij " * 30 + "끝표시"
ROWS = 120  # enough rows for the table to run over a page


def _png(fig) -> str:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    plt.close(fig)
    return base64.b64encode(buffer.getvalue()).decode()


def make_notebook(extra_markdown: str = "") -> nbformat.NotebookNode:
    """An executed-looking notebook: Markdown, a Korean table, a Korean plot wider than the
    page, a long output line and a table long enough to break across pages."""
    setup()
    small = pd.DataFrame({"단어": ["제로페이", "서울시", "스마트"], "빈도": [12, 9, 3]})
    long = pd.DataFrame({"순위": range(ROWS), "용어": [f"용어{i}" for i in range(ROWS)]})
    fig, ax = plt.subplots(figsize=(14, 3))  # twice the text width
    ax.bar(small["단어"], small["빈도"])
    ax.set_xlabel("단어")
    ax.set_ylabel("빈도 (회)")
    cells = [
        new_markdown_cell("# 시험 보고서\n\n**제로페이** 가맹점을 셉니다." + extra_markdown),
        new_code_cell(
            "small",
            outputs=[
                new_output("execute_result", {"text/html": small.to_html()}, execution_count=1)
            ],
        ),
        new_code_cell("plot", outputs=[new_output("display_data", {"image/png": _png(fig)})]),
        new_code_cell(
            "print(LONG_LINE)", outputs=[new_output("stream", name="stdout", text=LONG_LINE + "\n")]
        ),
        new_code_cell(
            "long",
            outputs=[
                new_output("execute_result", {"text/html": long.to_html()}, execution_count=2)
            ],
        ),
    ]
    return new_notebook(
        cells=cells, metadata={"kernelspec": {"name": "python3", "display_name": "Python 3"}}
    )


@pytest.fixture(scope="module")
def pdf() -> pypdf.PdfReader:
    body, _ = KoreanPDFExporter().from_notebook_node(make_notebook())
    return pypdf.PdfReader(io.BytesIO(body))


def page_texts(reader):
    return [page.extract_text() for page in reader.pages]


def embedded_fonts(reader):
    """BaseFont name -> the font-file keys (/FontFile2 for TrueType) of every font used."""
    fonts = {}
    for page in reader.pages:
        for ref in page["/Resources"].get("/Font", {}).values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font).get(
                "/FontDescriptor"
            )
            keys = set(descriptor.get_object()) if descriptor else set()
            fonts[str(font["/BaseFont"])] = keys & {"/FontFile", "/FontFile2", "/FontFile3"}
    return fonts


def test_exporter_is_listed_and_found(exporters_from_pyproject):
    assert "PDF_Korean" in get_export_names()
    assert get_exporter("PDF_Korean") is KoreanPDFExporter


@pytest.fixture(scope="module")
def report() -> pypdf.PdfReader:
    body, _ = KoreanPDFReportExporter().from_notebook_node(make_notebook())
    return pypdf.PdfReader(io.BytesIO(body))


def test_report_exporter_is_listed_and_found(exporters_from_pyproject):
    assert "PDF_Korean_without_code" in get_export_names()
    assert get_exporter("PDF_Korean_without_code") is KoreanPDFReportExporter


def test_report_keeps_markdown_tables_and_outputs_but_no_code(pdf, report):
    with_code, without = "".join(page_texts(pdf)), "".join(page_texts(report))
    assert "print(LONG_LINE)" in with_code
    assert "print(LONG_LINE)" not in without
    for shown in ("시험 보고서", "가맹점을 셉니다", "서울시", "용어119", "끝표시"):
        assert shown in without
    assert len(report.pages) <= len(pdf.pages)


def test_the_report_is_made_without_the_code_it_hides_and_looks_the_same(monkeypatch):
    html, _ = KoreanPDFExporter().html(make_notebook(), resources={"metadata": {"name": "t"}})
    cut = kornews.export.report_html(html)
    assert html.count("<!--kornews:input-->") == 4  # one a code cell
    assert "LONG_LINE" in html and "LONG_LINE" not in cut  # the code, highlighted
    assert "끝표시" in cut and "시험 보고서" in cut  # its output and the Markdown stay
    made = page_texts(pypdf.PdfReader(io.BytesIO(render_pdf(html, report=True))))
    monkeypatch.setattr(kornews.export, "HIDDEN_INPUT", re.compile("(?!)"))  # hidden, not cut
    hidden = page_texts(pypdf.PdfReader(io.BytesIO(render_pdf(html, report=True))))
    assert made == hidden and "끝표시" in "".join(made)


# Korean prose long enough to wrap several times; 어절 of different lengths, numbers with units.
PROSE = (
    "서울시는 제로페이 가맹점이 53만여개로 늘었고 4월 한 달 동안 5만9000건의 신청이 들어왔다고 10일 오전 0시1분쯤 밝혔다. "
    "스마트시티 엑스포 세계대회에는 8만5000명이 다녀갔으며 박원순 시장은 핀테크랩과 창업허브를 둘러봤다. "
) * 4


def test_keep_words_wraps_each_korean_word_in_text_only():
    html = (
        "<html><head><title>제목</title><style>td > p { color: red }</style></head><body>"
        "<p>서울시는 <b>제로페이</b> 53만여개(4월) &lt;밝혔다&gt; abc 12</p>"
        '<td><span class="word">스마트시티</span></td></body></html>'
    )
    assert keep_words(html) == (
        "<html><head><title>제목</title><style>td > p { color: red }</style></head><body>"
        '<p><span class="word">서울시는</span> <b><span class="word">제로페이</span></b> '
        '<span class="word">53만여개(4월)</span> <span class="word">&lt;밝혔다&gt;</span> abc 12</p>'
        '<td><span class="word">스마트시티</span></td></body></html>'
    )


def test_korean_prose_never_breaks_inside_a_word():
    notebook = new_notebook(
        cells=[
            new_markdown_cell(PROSE),
            new_code_cell(
                "print(PROSE)", outputs=[new_output("stream", name="stdout", text=PROSE)]
            ),
        ]
    )
    body, _ = KoreanPDFExporter().from_notebook_node(notebook)
    lines = "\n".join(page_texts(pypdf.PdfReader(io.BytesIO(body)))).splitlines()
    assert max(map(len, lines)) < len(PROSE) / 4  # the prose did wrap, many times
    # Lines end at spaces only, so the words of the text layer are the prose's, each whole, as
    # often as the Markdown cell and the printed output hold them.
    korean = [word for word in " ".join(lines).split() if re.search("[가-힣]", word)]
    assert Counter(korean) == Counter(PROSE.split() * 2)


def test_text_layer_keeps_the_korean(pdf):
    text = "".join(page_texts(pdf))
    for words in ("시험 보고서", "제로페이", "가맹점을 셉니다", "서울시", "용어119"):
        assert words in text


def test_hangul_font_is_embedded(pdf):
    family = find_korean_font().family
    fonts = embedded_fonts(pdf)
    hangul = {name: keys for name, keys in fonts.items() if name.split("+")[-1].startswith(family)}
    assert hangul, fonts
    assert all(keys for keys in hangul.values()), hangul  # a font file, not just a name


def test_pages_are_a4(pdf):
    for page in pdf.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(
            A4, abs=0.5
        )


def test_long_output_line_wraps_and_is_whole(pdf):
    lines = [line for line in page_texts(pdf)[0].splitlines() if "abcdefghij" in line]
    assert len(lines) >= 3  # wrapped onto several lines...
    assert "".join(page_texts(pdf)).replace("\n", "").count("끝표시") == 1  # ...and nothing cut


def test_plot_fits_the_page(pdf):
    """Every drawn image lies inside the page (the plot is twice as wide as the text)."""
    drawn = [box for page in pdf.pages for box in drawn_images(pdf, page)]
    assert drawn
    assert all(0 < left < right < A4[0] for left, _, right, _ in drawn), drawn


def test_table_header_repeats_on_every_page_it_spans(pdf):
    spanned = [
        text
        for text in page_texts(pdf)
        if any(f"용어{i}\n" in text or text.endswith(f"용어{i}") for i in range(ROWS))
    ]
    assert len(spanned) >= 2
    assert all("순위" in text for text in spanned)


def test_a_renderer_keeps_what_it_was_forked_with_out_of_the_collectors_reach():
    with kornews.export.renderers(1) as pool:
        assert pool.apply(gc.get_freeze_count) > 10_000  # the imports of this process
        assert pool.apply(signal.getsignal, (signal.SIGINT,)) == signal.SIG_IGN
    assert gc.get_freeze_count() == 0  # this process's own collector is untouched


def test_outside_a_renderer_each_render_makes_its_own_font_set_up():
    made = []
    first, second = (
        kornews.export._font_config(lambda: made.append(object()) or made[-1]) for _ in range(2)
    )
    # Kept, the second call would give the first set-up back without making one.
    assert first is not second and made == [first, second]


def test_a_renderer_keeps_one_font_set_up_and_its_files_are_removed_after_it():
    html = "<html><head></head><body><p>제로페이 가맹점</p></body></html>"
    with kornews.export.renderers(1) as pool:
        folder = pool.apply(tempfile.gettempdir)
        made = [pool.apply(render_pdf, (html,)) for _ in range(2)]
        # One copy of the Hangul font for both PDFs, still there: a PDF's own set-up would take
        # its copy away with it, and kept_font_folder would find none kept (AssertionError).
        assert [p.name for p in Path(folder).iterdir()] == [pool.apply(kept_font_folder)]
    assert not Path(folder).exists()
    texts = [pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text() for pdf in made]
    assert texts == ["제로페이 가맹점\n1 / 1"] * 2  # the page's number in its footer


def kept_font_folder() -> str:
    """In a renderer: the name of the folder where its kept font set-up copied the Hangul font."""
    return kornews.export._font_config(AssertionError)._folder.name


def test_nothing_is_fetched_from_the_network(monkeypatch):
    def refuse(*args):
        raise AssertionError(f"network access: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    notebook = make_notebook("\n\n![원격 그림](https://example.com/remote.png)")
    body, _ = KoreanPDFExporter().from_notebook_node(notebook)
    assert "제로페이" in pypdf.PdfReader(io.BytesIO(body)).pages[0].extract_text()


def test_no_korean_font_is_a_clear_error(monkeypatch):
    def missing():
        raise FontError(
            "no Hangul font found; install a Hangul font: sudo apt-get install fonts-nanum"
        )

    monkeypatch.setattr(kornews.export, "find_korean_font", missing)
    with pytest.raises(ExportError, match="cannot make a PDF with Korean text: .*fonts-nanum"):
        render_pdf("<p>제로페이</p>")


def test_weasyprint_failure_is_a_clear_error(monkeypatch):
    import weasyprint

    def broken(self, *args, **kwargs):
        raise ValueError("layout exploded")

    monkeypatch.setattr(weasyprint.HTML, "write_pdf", broken)
    with pytest.raises(
        ExportError, match="^WeasyPrint could not render the PDF: ValueError: layout exploded$"
    ):
        render_pdf("<p>제로페이</p>")


def test_jupyter_nbconvert_to_korean_pdf(tmp_path, exporters_from_pyproject):
    path = tmp_path / "보고서.ipynb"
    nbformat.write(make_notebook(), path)
    jupyter = [sys.executable, "-m", "jupyter", "nbconvert", "--to", "PDF_Korean", str(path)]
    subprocess.run(jupyter, check=True, capture_output=True, timeout=120)
    assert "제로페이" in pypdf.PdfReader(path.with_suffix(".pdf")).pages[0].extract_text()


@pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils) for word positions"
)
def test_a_5000_character_word_keeps_every_column_on_the_page(tmp_path):
    from kornews.notebook import show

    setup()
    columns = {
        f"c{i}": [f"값{i}"] for i in range(10)
    }  # twelve columns in all, as notebook 02's figures
    table = pd.DataFrame(
        {"text": ["LONGWORD" + "Ab" * 2496], "measure": ["가나다라" * 1250], **columns}
    )
    cells = [
        new_code_cell(
            "show(table)",
            outputs=[
                new_output(
                    "execute_result", {"text/html": show(table).to_html()}, execution_count=1
                )
            ],
        )
    ]
    notebook = new_notebook(
        cells=cells, metadata={"kernelspec": {"name": "python3", "display_name": "Python 3"}}
    )
    (tmp_path / "wide.pdf").write_bytes(KoreanPDFExporter().from_notebook_node(notebook)[0])
    right = {word: x for x, word in drawn_words(tmp_path / "wide.pdf")[1]}
    for i in range(10):
        assert right[f"c{i}"] < A4[0] and right[f"값{i}"] < A4[0], (i, right.get(f"c{i}"))
