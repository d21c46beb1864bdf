"""Notebook to PDF with the Korean kept: nbconvert's HTML laid out by WeasyPrint.

nbconvert's own ``pdf`` needs TeX set up for Hangul and its ``webpdf`` needs Playwright's
Chromium; WeasyPrint needs only pango. The exporter is registered as the nbconvert exporter
``korean_pdf`` (JupyterLab menu: File > Save and Export Notebook As > Korean_pdf;
command line: ``jupyter nbconvert --to korean_pdf NOTEBOOK``). The PDF embeds a subset of
the Hangul font from :func:`kornews.fonts.find_korean_font` and keeps a text layer, so its
Korean can be searched and copied. Nothing is fetched from the network: only ``data:`` and
``file:`` URLs are loaded (the template's CDN scripts are never run by WeasyPrint anyway).
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from nbconvert.exporters import HTMLExporter
from traitlets import default

from .fonts import FALLBACK_FAMILY, FontError, find_korean_font

PRINT_CSS = "print.css"
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
    return layout + FONT_RULES.format(korean=font.family, url=Path(font.path).as_uri(), fallback=FALLBACK_FAMILY)


def render_pdf(html: str, *, base_url: str | None = None) -> bytes:
    """The PDF of an HTML page under :func:`print_stylesheet`; relative links resolve from
    ``base_url`` (a folder). Raises :class:`ExportError` when it cannot be made."""
    stylesheet = print_stylesheet()
    try:
        from weasyprint import HTML
        from weasyprint.text.fonts import FontConfiguration
        from weasyprint.urls import URLFetcher
    except (ImportError, OSError) as error:
        raise ExportError(f"cannot load WeasyPrint ({error}); {PANGO_HINT}") from None
    # No http(s): a remote image or stylesheet is skipped, never waited for.
    fetcher = URLFetcher(allowed_protocols=("data", "file"))
    # Last in <head>, so it wins over the template's own CSS (its @page margins among it);
    # stylesheets given to write_pdf would rank below the document's.
    style = f"<style>\n{stylesheet}\n</style>\n"
    page = html.replace("</head>", style + "</head>", 1) if "</head>" in html else style + html
    try:
        base = Path(base_url).resolve().as_uri() + "/" if base_url else None
        return HTML(string=page, base_url=base, url_fetcher=fetcher).write_pdf(font_config=FontConfiguration())
    except Exception as error:  # WeasyPrint raises many types; one clear message for all
        raise ExportError(f"WeasyPrint could not render the PDF: {type(error).__name__}: {error}") from None


class KoreanPDFExporter(HTMLExporter):
    """nbconvert exporter ``korean_pdf``: the notebook's HTML (the ``lab`` look, without
    prompts) rendered to an A4 PDF by :func:`render_pdf`."""

    export_from_notebook = "PDF with Korean (WeasyPrint)"
    output_mimetype = "application/pdf"

    @default("file_extension")
    def _file_extension_default(self):
        return ".pdf"

    @default("template_name")
    def _template_name_default(self):
        # nbconvert's "webpdf" template is its "lab" template declared as making PDFs.
        return "webpdf"

    @default("template_extension")
    def _template_extension_default(self):
        return ".html.j2"

    @default("exclude_input_prompt")
    def _exclude_input_prompt_default(self):
        return True

    @default("exclude_output_prompt")
    def _exclude_output_prompt_default(self):
        return True

    def from_notebook_node(self, nb, resources=None, **kw):
        html, resources = super().from_notebook_node(nb, resources=resources, **kw)
        self.log.info("Rendering the PDF with WeasyPrint")
        pdf = render_pdf(html, base_url=resources.get("metadata", {}).get("path") or None)
        return pdf, resources
