"""Notebook to PDF with the Korean kept: nbconvert's HTML laid out by WeasyPrint.

nbconvert's own ``pdf`` needs TeX set up for Hangul and its ``webpdf`` needs Playwright's
Chromium; WeasyPrint needs only pango. Two nbconvert exporters: ``PDF_Korean``, the notebook
as it ran (code and outputs) as ``NAME.pdf``, and ``PDF_Korean_without_code``, the report
without code (Markdown, tables and plots) for readers who do not read Python, as
``NAME-report.pdf`` (JupyterLab menu: File > Save and Export Notebook As > PDF_Korean or
PDF_Korean_without_code; command line: ``jupyter nbconvert --to PDF_Korean NOTEBOOK``). Lab
labels an exporter by its entry-point name alone (see pyproject.toml). Both are the same HTML, the report with a stylesheet that hides the
code, so :func:`render_pdfs` makes both from one nbconvert pass (the report's copy without the
code inputs it hides: :func:`report_html`).
Each Korean word is kept on one line (:func:`keep_words`). The PDF embeds a subset of
the Hangul font from :func:`kornews.fonts.find_korean_font` and keeps a text layer, so its
Korean can be searched and copied. Nothing is fetched from the network: only ``data:`` and
``file:`` URLs are loaded (the template, ``data/templates/kornews_pdf``, has no scripts).
"""

from __future__ import annotations

import gc
import multiprocessing
import re
import signal
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from importlib.resources import files
from pathlib import Path

from nbconvert.exporters import HTMLExporter
from traitlets import default

from .fonts import FALLBACK_FAMILY, FontError, find_korean_font
from .pdf_kinds import KINDS
from .readers import in_language

PRINT_CSS = "print.css"
TEMPLATES = "templates"  # data/templates/kornews_pdf: nbconvert's lab HTML, without its screen CSS
# The report: code cells show their outputs only, and a code cell without output nothing
# (a user stylesheet: its !important rules win over the document's).
# Cells tagged ``method`` (notes on how, for readers of the code) stay out of the report too.
REPORT_RULES = """
.jp-CodeCell > .jp-Cell-inputWrapper, .jp-CodeCell.jp-mod-noOutputs { display: none !important; }
.celltag_method { display: none !important; }
"""
# The code inputs that REPORT_RULES hide, as the template (kornews_pdf) marks them. A hidden
# cell stays: cut out, it would move the page breaks (WeasyPrint's, around its siblings).
HIDDEN_INPUT = re.compile(r"<!--kornews:input-->.*?<!--/kornews:input-->", re.S)
PANGO_HINT = "WeasyPrint needs pango: sudo apt-get install libpango-1.0-0 libpangoft2-1.0-0 (or run make install)"
# Fonts by element: the Hangul font first for prose; code keeps a monospace face for Latin and
# takes Hangul from the same Korean font (one font file embedded, not two).
FONT_RULES = """
@font-face {{ font-family: "{korean}"; src: url("{url}"); }}
body, .jp-Notebook, .jp-RenderedHTMLCommon, .jp-RenderedHTMLCommon table {{
  font-family: "{korean}", "{fallback}", sans-serif !important;
}}
pre, code, kbd, samp, .highlight, .jp-InputArea-editor, .jp-OutputArea-output pre {{
  font-family: "{fallback} Mono", "{korean}", monospace !important;
}}
@page {{ @bottom-center {{ font-family: "{korean}", "{fallback}", sans-serif; }} }}
"""


# Raw-text elements, whose text is not shown (or not as HTML): left as they are.
_RAW = re.compile(r"(<(style|script|title)\b.*?</\2\s*>)", re.S | re.I)
_TEXT_AFTER_TAG = re.compile(r"(<[^>]*>)([^<]+)")
_KOREAN_WORD = re.compile(r"[^\s<>]*[\uac00-\ud7a3][^\s<>]*")
WORD_SPAN = '<span class="word">'
# In a renderer (:func:`_start_renderer` sets _in_renderer) the font set-up its first PDF made,
# kept for all its PDFs; elsewhere each call of render_pdfs makes its own.
_in_renderer = False
_kept_fonts = None


class ExportError(RuntimeError):
    """The PDF could not be made; the message says why and what to do."""


def print_stylesheet() -> str:
    """The print CSS: ``data/print.css`` (A4 layout), then the fonts: the Hangul font of
    :func:`kornews.fonts.find_korean_font` as ``@font-face`` by its file, DejaVu Sans for
    the glyphs it lacks (the minus sign, arrows)."""
    try:
        font = find_korean_font()
    except FontError as error:
        raise ExportError(f"cannot make a PDF with Korean text: {error}") from None
    layout = files("kornews").joinpath("data", PRINT_CSS).read_text(encoding="utf-8")
    return layout + FONT_RULES.format(
        korean=font.family, url=Path(font.path).as_uri(), fallback=FALLBACK_FAMILY
    )


def keep_words(html: str) -> str:
    """``html`` with each run of non-space text holding Hangul (a Korean word, 어절, with any
    number or punctuation attached: 10일, 8만5000건) in a ``span.word`` that print.css keeps on
    one line: Korean breaks lines at spaces only, and WeasyPrint ignores ``word-break:
    keep-all`` (it breaks between any two syllables). Text already in such a span (tables from
    :func:`kornews.notebook.show`) and the text of style, script and title elements is left as
    it is."""

    def wrap(match: re.Match) -> str:
        tag, text = match.groups()
        return (
            match[0]
            if tag == WORD_SPAN
            else tag + _KOREAN_WORD.sub(rf"{WORD_SPAN}\g<0></span>", text)
        )

    parts = _RAW.split(html)
    # split() returns text, then the raw element and its tag name, for each match.
    return "".join(
        part if i % 3 else _TEXT_AFTER_TAG.sub(wrap, part)
        for i, part in enumerate(parts)
        if i % 3 != 2
    )


def report_html(html: str) -> str:
    """The report's HTML: ``html`` without the code inputs that :data:`REPORT_RULES` hide,
    where the template marks them (:data:`HIDDEN_INPUT`). WeasyPrint styles every element,
    hidden or not, and the highlighted code is half of the elements (01: 2,569, 1,232 without
    it). The rules still hide the rest (cells without output, cells tagged ``method``) and any
    input in unmarked HTML."""
    return HIDDEN_INPUT.sub("", html)


def render_pdf(html: str, *, base_url: str | None = None, report: bool = False) -> bytes:
    """The PDF of an HTML page under :func:`print_stylesheet`; relative links resolve from
    ``base_url`` (a folder). Raises :class:`ExportError` when it cannot be made."""
    kind = "report" if report else "notebook"
    return dict(render_pdfs(html, base_url=base_url, kinds=(kind,)))[kind]


def render_pdfs(
    html: str, *, base_url: str | None = None, kinds=KINDS
) -> Iterator[tuple[str, bytes]]:
    """The PDFs of one notebook's HTML as ``(kind, pdf)``, one by one (``notebook``: with code;
    ``report``: without, from :func:`report_html`), sharing the font set-up and the decoded
    images. Raises :class:`ExportError`."""
    stylesheet = print_stylesheet()
    try:
        from weasyprint import CSS, HTML
        from weasyprint.text.fonts import FontConfiguration
        from weasyprint.urls import URLFetcher
    except (ImportError, OSError) as error:
        raise ExportError(f"cannot load WeasyPrint ({error}); {PANGO_HINT}") from None
    # No http(s): a remote image or stylesheet is skipped, never waited for.
    fetcher = URLFetcher(allowed_protocols=("data", "file"))
    base = Path(base_url).resolve().as_uri() + "/" if base_url else None
    font_config, images, html = _font_config(FontConfiguration), {}, keep_words(html)
    # Last in <head>, so it wins over the template's own CSS; stylesheets given to write_pdf
    # rank below the document's (the report's rules, all !important, still win).
    style = f"<style>\n{stylesheet}\n</style>\n"
    page = html.replace("</head>", style + "</head>", 1) if "</head>" in html else style + html
    for kind in kinds:
        try:
            report = kind == "report"
            document = HTML(
                string=report_html(page) if report else page, base_url=base, url_fetcher=fetcher
            )
            hide_code = [CSS(string=REPORT_RULES, font_config=font_config)] if report else None
        except Exception as error:  # WeasyPrint raises many types; one clear message for all
            raise ExportError(
                f"WeasyPrint could not read the HTML: {type(error).__name__}: {error}"
            ) from None
        try:
            pdf = document.write_pdf(
                stylesheets=hide_code,
                font_config=font_config,
                cache=images,
            )
        except Exception as error:  # WeasyPrint raises many types; one clear message for all
            raise ExportError(
                f"WeasyPrint could not render the PDF: {type(error).__name__}: {error}"
            ) from None
        yield kind, pdf


def _font_config(make: Callable):
    """A font set-up for a render: a new one (``make()``), or in a renderer the one it keeps. Each
    new one registers the Hangul font again (a copy of its file, 4.7 MB for NanumGothic) and
    starts fontconfig's, pango's and WeasyPrint's font caches empty."""
    global _kept_fonts
    if not _in_renderer:
        return make()
    if _kept_fonts is None:
        _kept_fonts = make()
    return _kept_fonts


@contextmanager
def renderers(
    size: int, *, after: Iterable[threading.Event] = ()
) -> Iterator[multiprocessing.pool.Pool]:
    """``size`` processes that make PDFs while this one does other work (the workbook's kernels
    run). WeasyPrint is imported and the Hangul font found here first, and the processes are
    forked once the events ``after`` are set, so each starts with both: call this from a thread
    that holds no lock another thread may hold at the fork (the workbook's kernels' threads,
    once their kernels are launched, only wait on them). They ignore Ctrl-C
    (:func:`_start_renderer`); leaving the block stops them, then removes their temporary files.
    A missing WeasyPrint or font is left to the first render to report (:class:`ExportError`)."""
    with suppress(ExportError):
        print_stylesheet()
    with suppress(ImportError, OSError):
        import weasyprint  # noqa: F401 - imported once, here, for every process forked below
    for event in after:
        event.wait()
    with (
        tempfile.TemporaryDirectory(prefix="kornews-renderers-") as folder,
        multiprocessing.get_context("fork").Pool(
            size, initializer=_start_renderer, initargs=(folder,)
        ) as pool,
    ):
        yield pool


def _start_renderer(folder: str) -> None:
    """A renderer leaves Ctrl-C to the process that started it, which stops it. What it was
    forked with (the runner's imports: nbconvert, WeasyPrint, pandas...) stays alive in it, so
    it is frozen out of the garbage collector's reach: WeasyPrint makes so many objects that
    the collector, scanning all of those again and again, took a sixth of each PDF's time. It
    keeps one font set-up for all its PDFs (:func:`_font_config`), whose copy of the Hangul font
    lives as long as it does: its temporary files go in ``folder``, which the process that
    started it removes (a renderer is stopped by a signal, without running finalizers)."""
    global _in_renderer
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    gc.freeze()
    tempfile.tempdir = folder
    _in_renderer = True


class KoreanPDFExporter(HTMLExporter):
    """nbconvert exporter ``PDF_Korean``: the notebook's HTML (the ``lab`` look, without
    prompts) rendered to an A4 PDF by :func:`render_pdf`."""

    export_from_notebook = "PDF (한국어)"
    output_mimetype = "application/pdf"
    kind = "notebook"

    @default("extra_template_basedirs")
    def _extra_template_basedirs_default(self):
        return [str(files("kornews").joinpath("data", TEMPLATES))]

    @default("file_extension")
    def _file_extension_default(self):
        return ".pdf"

    @default("template_name")
    def _template_name_default(self):
        return "kornews_pdf"

    @default("template_extension")
    def _template_extension_default(self):
        return ".html.j2"

    @default("exclude_input_prompt")
    def _exclude_input_prompt_default(self):
        return True

    @default("exclude_output_prompt")
    def _exclude_output_prompt_default(self):
        return True

    def html(self, nb, resources=None, **kw) -> tuple[str, dict]:
        """The notebook's HTML in its language (:func:`in_language`), as :func:`render_pdfs` takes it."""
        return super().from_notebook_node(in_language(nb), resources=resources, **kw)

    def from_notebook_node(self, nb, resources=None, **kw):
        html, resources = self.html(nb, resources=resources, **kw)
        self.log.info("Rendering the PDF with WeasyPrint")
        base_url = resources.get("metadata", {}).get("path") or None
        return render_pdf(html, base_url=base_url, report=self.kind == "report"), resources


class KoreanPDFReportExporter(KoreanPDFExporter):
    """nbconvert exporter ``PDF_Korean_without_code``: the report without code, for readers who
    do not read Python: Markdown, tables and plots, each code cell's outputs where it stood. Its
    file is ``NAME-report.pdf``, so that both downloads of one notebook keep their own names."""

    export_from_notebook = "보고서 PDF (코드 없이)"
    kind = "report"
    # nbconvert's file_extension must start with a dot; the file name is the notebook's name
    # followed by resources["output_extension"], in Jupyter's download and in nbconvert's writer.
    output_suffix = "-report.pdf"

    def from_notebook_node(self, nb, resources=None, **kw):
        pdf, resources = super().from_notebook_node(nb, resources=resources, **kw)
        resources["output_extension"] = self.output_suffix
        return pdf, resources
