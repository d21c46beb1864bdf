"""Read a Korean news article and split it into its parts, each with its span in the text.

Reading normalises the bytes first: UTF-8 (with or without BOM) or CP949/EUC-KR, NFC, LF
line ends, every line stripped and blank lines dropped. That canonical text is
``Article.text``; every part's ``start``/``end`` index it, so any token or figure found
later can be traced back to where it stands.

The layouts of the Korean press are data, not code: :mod:`kornews.layouts` holds one row
per form a line can take (datelines such as ``[outlet reporter기자]``, ``(서울=연합뉴스) 홍길동
기자 =``; bylines, e-mails, copyright and promotion lines; dates; captions; broadcast speaker
markers), and the engine here reads them:

    category                    a short line over the title (정부공공IT)
    title
    subtitles, reporter, date, captions          (head lines, in any order)
    dateline first paragraph ...                 (a dateline opens the body)
    ...
    ◆section heading
    [앵커] / <리포트>           speaker markers: each paragraph knows its speaker
    paragraphs, captions, dates ...
    byline, e-mail, copyright, links, ...        <- footer: the closing run

With none of these, the first line is the title and every other line a paragraph of one
section. Parsing is lossless: every line is a part (or a marker and the rest of its line).
"""

from .corpus import ARTICLE_PATTERNS, Corpus, Unreadable, read_corpus
from .encoding import DOCUMENT_SIGNATURES, decode, normalise, printable, refuse_binary
from .parse import parse_article
from .read import MAX_BYTES, read_article, read_limited
from .records import SECTION_MARK, Article, ArticleError, Line, Part, Section, parts_table

__all__ = [
    "ARTICLE_PATTERNS",
    "Article",
    "ArticleError",
    "Corpus",
    "DOCUMENT_SIGNATURES",
    "Line",
    "MAX_BYTES",
    "Part",
    "SECTION_MARK",
    "Section",
    "Unreadable",
    "decode",
    "normalise",
    "parse_article",
    "parts_table",
    "printable",
    "read_article",
    "read_corpus",
    "read_limited",
    "refuse_binary",
]
