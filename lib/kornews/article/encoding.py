"""Bytes to canonical text: the encoding (UTF-8, UTF-16, CP949/EUC-KR), documents of other
formats and binary files refused by name, normalisation, and file names as text."""

from __future__ import annotations

import codecs
import html
import os
import re
import unicodedata

from .records import ArticleError

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")

# Documents that are not text articles, by the bytes they open with (Wikipedia, "List of file
# signatures"; Hancom's HWP 3.0 and 5.0 format documents): (signature, what the file is).
DOCUMENT_SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an HWP 5 document (or another OLE file: DOC, XLS, PPT)"),
    (b"HWP Document File", "an HWP 3 document"),
    (b"PK\x03\x04", "a ZIP archive (or a document made of one: HWPX, DOCX, XLSX, PPTX, ODT)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
)
_HANGUL = re.compile("[\uac00-\ud7a3]")
# A non-ASCII letter against an ASCII one: a Latin word (café, 25°C), not CP949 Hangul misread.
_LATIN_WORD = re.compile(r"[A-Za-z][^\x00-\x7f]|[^\x00-\x7f][A-Za-z]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# Text, by its characters: ASCII, Latin-1, Hangul and jamo, and the punctuation and symbols of
# Korean news (▶, ■, ※, 「」, full-width forms); a UTF-16 reading in the wrong byte order is CJK
# ideographs and unassigned code points instead.
_TEXTLIKE = re.compile(
    "[\t\n\r\x20-\x7e\xa0-\xff\u2010-\u27bf\u3000-\u303f\u3131-\u318e\uac00-\ud7a3\uff01-\uffee]"
)
# Share of text-like characters a UTF-16 reading without a BOM needs (random bytes: about a quarter).
_TEXTLIKE_SHARE = 0.75


def printable(name: str) -> str:
    """A file name as text. A name in another encoding than the system's (CP949 names unpacked
    from a Korean Windows zip) arrives with surrogate escapes: it is read as CP949, else its
    undecodable bytes are shown as ``\\xNN``."""
    if not _SURROGATE.search(name):
        return name
    try:
        raw = os.fsencode(name)
    except UnicodeEncodeError:  # lone surrogates that stand for no byte
        return name.encode("utf-8", "backslashreplace").decode("ascii")
    try:
        return raw.decode("cp949")
    except UnicodeDecodeError:
        return raw.decode("utf-8", "backslashreplace")


def decode(data: bytes, *, label: str = "<bytes>") -> str:
    """Bytes to text: UTF-8 (BOM or not), UTF-16 (BOM or not), else CP949 (a superset of EUC-KR).

    Documents of other formats (:data:`DOCUMENT_SIGNATURES`: PDF, HWP, ZIP-based documents
    such as DOCX, images) are refused by name. Bytes that read both as UTF-8 and as CP949 are
    CP949 when only that reading has Hangul and the UTF-8 one has no accented Latin word (the
    two bytes of 첫 in CP949 are ù in UTF-8; café stays café).
    """
    if not data.strip():
        raise ArticleError(f"{label}: is empty")
    document = next(
        (what for signature, what in DOCUMENT_SIGNATURES if data.startswith(signature)), None
    )
    if document:
        raise ArticleError(
            f"{label}: is {document}, not a text article; save it as plain text first"
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        readings = _readings(data, ["utf-16"])
    elif b"\x00" in data:
        readings = _readings(data, ["utf-16-le", "utf-16-be"])
        # Without a BOM, the byte order that reads as text (ASCII, Hangul, symbols) is the file's.
        readings = sorted(readings, key=_textlike, reverse=True)[:1]
        if not readings or _textlike(readings[0]) < _TEXTLIKE_SHARE:
            raise ArticleError(f"{label}: looks like a binary file, not text")
    else:
        readings = _readings(data, ["utf-8-sig", "cp949"])
        if (
            len(readings) == 2
            and not data.startswith(codecs.BOM_UTF8)
            and _misread_cp949(*readings)
        ):
            readings.reverse()
    if not readings:
        raise ArticleError(f"{label}: cannot decode as UTF-8, UTF-16 or CP949/EUC-KR")
    text = readings[0]
    refuse_binary(text, label)
    return text


def refuse_binary(text: str, label: str) -> None:
    """Raise :class:`ArticleError` when ``text`` holds more control characters than text
    does (over 1 in 100, and over 8: a stray escape sequence is text, a binary file is not).
    The same rule for bytes and for a ``str``."""
    if len(_CONTROL.findall(text)) > max(8, len(text) // 100):
        raise ArticleError(f"{label}: looks like a binary file, not text")


def _readings(data: bytes, encodings: list[str]) -> list[str]:
    """The text of ``data`` in each encoding it is valid in, in the order given."""
    readings = []
    for encoding in encodings:
        try:
            readings.append(data.decode(encoding))
        except UnicodeDecodeError:
            continue
    return readings


def _textlike(text: str) -> float:
    """The share of printable ASCII, whitespace and Hangul among the first characters."""
    sample = text[:10_000]
    return len(_TEXTLIKE.findall(sample)) / max(1, len(sample))


def _misread_cp949(utf8: str, cp949: str) -> bool:
    return not _HANGUL.search(utf8) and bool(_HANGUL.search(cp949)) and not _LATIN_WORD.search(utf8)


# A named character reference a page's text kept when copied as text (&apos;, &quot;, &amp;): the
# character it names (numbered ones, which may name a control, are left).
_NAMED_REFERENCE = re.compile(r"&[A-Za-z]{2,8};")


def unescape(text: str) -> str:
    """``text`` with each named character reference read as its character, once."""
    return _NAMED_REFERENCE.sub(lambda found: html.unescape(found.group()), text)


def normalise(text: str) -> str:
    """NFC, LF line ends, each line stripped, a dumped table's rows read as their cells (its rule
    of dashes and an empty image mark dropped), blank lines dropped, one final newline."""
    text = unicodedata.normalize("NFC", text.replace("\ufeff", ""))
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    kept = [line for line in _table_cells(lines) if line]
    return "\n".join(kept) + "\n" if kept else ""


# A web page's table dumped as text (a board's fields: 작성일 | 2024/12/30 | ||): rows of cells
# between bars next to a rule of dashes (---|---|); the rule says nothing, the cells are words.
_TABLE_RULE = re.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?")
# An image the dump left without a picture (![]() 올해 …), or an image viewer's placeholder word
# glued to the text (Image_View먼저 …): the text after it is the line's.
_EMPTY_IMAGE = re.compile(r"^(?:!\[\]\(\)\s*|[A-Z][a-z]+_[A-Z][a-z]+(?=[가-힣]))")


def _table_cells(lines: list[str]) -> list[str]:
    """``lines`` with each dumped table (the run of lines holding a bar around a rule) read as
    its cells, one row a line, the rule dropped."""
    rows = [False] * len(lines)
    for at, line in enumerate(lines):
        if not _TABLE_RULE.fullmatch(line):
            continue
        rows[at] = True
        for step in (-1, 1):
            i = at + step
            while 0 <= i < len(lines) and "|" in lines[i]:
                rows[i] = True
                i += step
    return [
        " ".join(cell.strip() for cell in line.split("|") if cell.strip()) if row else line
        for line, row in zip(map(_unmarked, lines), rows, strict=True)
    ]


def _unmarked(line: str) -> str:
    return "" if _TABLE_RULE.fullmatch(line) else _EMPTY_IMAGE.sub("", line)
