"""Where things are drawn on the pages of a PDF (pypdf; words by pdftotext), for tests of the
exported layout."""

import re
import subprocess
from pathlib import Path
from typing import NamedTuple

from pypdf.generic import ContentStream

MM = 72 / 25.4
TOP_MARGIN, RIGHT_MARGIN, BOTTOM_MARGIN = 16 * MM, 15 * MM, 18 * MM  # print.css @page


def drawn_images(reader, page) -> list[tuple[float, float, float, float]]:
    """(left, bottom, right, top) of every image drawn on the page, in points."""
    boxes, ctm, stack = [], (1, 0, 0, 1, 0, 0), []
    for args, op in ContentStream(page.get_contents(), reader).operations:
        if op == b"q":
            stack.append(ctm)
        elif op == b"Q":
            ctm = stack.pop()
        elif op == b"cm":
            a, b, c, d, e, f = (float(x) for x in args)
            ctm = (
                a * ctm[0] + b * ctm[2],
                a * ctm[1] + b * ctm[3],
                c * ctm[0] + d * ctm[2],
                c * ctm[1] + d * ctm[3],
                e * ctm[0] + f * ctm[2] + ctm[4],
                e * ctm[1] + f * ctm[3] + ctm[5],
            )
        elif op == b"Do":
            xs, ys = (ctm[4], ctm[4] + ctm[0]), (ctm[5], ctm[5] + ctm[3])
            boxes.append((min(xs), min(ys), max(xs), max(ys)))
    return boxes


class PageRead(NamedTuple):
    """A page's text layer, and the share of its text area left blank below its lowest text or
    image (the page number, in the bottom margin, does not count)."""

    text: str
    blank: float


def read_pages(reader) -> list[PageRead]:
    """Each page's text and blank share, from one reading of its drawing (pypdf parses it
    anew each time it is asked: the text, the images and the text's places read apart took
    three times as long)."""
    pages = []
    for page in reader.pages:
        lows = []

        def image(operator, operands, cm, tm, lows=lows):
            if operator == b"Do":  # drawn in the unit square that the matrix cm places
                lows.append(min(cm[5], cm[5] + cm[3]))

        def visit(text, cm, tm, font, size, lows=lows):
            if text.strip():
                lows.append(tm[4] * cm[1] + tm[5] * cm[3] + cm[5])

        text = page.extract_text(visitor_operand_before=image, visitor_text=visit)
        height = float(page.mediabox.height) - TOP_MARGIN - BOTTOM_MARGIN
        lowest = min((y for y in lows if y > BOTTOM_MARGIN), default=BOTTOM_MARGIN + height)
        pages.append(PageRead(text, (lowest - BOTTOM_MARGIN) / height))
    return pages


def drawn_words(pdf: Path) -> tuple[float, list[tuple[float, str]]]:
    """The width of the PDF's first page and each word drawn in it as ``(its right edge, the
    word)``, in points (pdftotext -bbox)."""
    boxes = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    width = float(re.search(r'<page width="([\d.]+)"', boxes).group(1))
    words = re.findall(r'xMax="([\d.]+)"[^>]*>([^<]+)</word>', boxes)
    return width, [(float(x), word) for x, word in words]
