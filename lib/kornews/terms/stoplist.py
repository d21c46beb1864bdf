"""The corpus stoplist: news filler (이번, 진행) that a folder's rankings leave out (its top terms,
trends, related terms and topics), the reader's own words added from a file."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from ..article import ArticleError
from ..tables import table

# What a folder's ranking is given: True the table's words, False none, or the words themselves.
Stoplist = bool | Iterable[str]


@cache
def corpus_stopwords() -> frozenset[str]:
    """The words of ``data/corpus_stopwords.tsv``: filler that tops the terms of any folder of news
    (이번, 진행) and says nothing of its subject. A folder's rankings leave them out (its top terms,
    trends, related terms and topics); one article's counts, and a term asked for by name, keep them."""
    return frozenset(row.word for row in table("corpus_stopwords.tsv"))


def stoplisted(stoplist: Stoplist = True, *, keep: Iterable[str] = ()) -> frozenset[str]:
    """The words a folder's ranking leaves out: :func:`corpus_stopwords` when ``stoplist`` is True,
    none when False, else the words given (``corpus_stopwords() | read_stoplist(path)`` adds a
    reader's own); never those of ``keep`` (a term asked for by name)."""
    if isinstance(stoplist, str):  # one word would be read as its letters
        raise TypeError(f"stoplist is True, False or a collection of words, not {stoplist!r}")
    if isinstance(stoplist, bool):
        words = corpus_stopwords() if stoplist else frozenset()
    else:
        words = frozenset(stoplist)
    return words - frozenset(keep)


def read_stoplist(source: str | os.PathLike) -> frozenset[str]:
    """A reader's stoplist file: one word a line (a term as kornews counts it), ``#`` starts a
    comment, blank lines are passed over. A file that cannot be read, is not UTF-8, holds a line
    of two words or no word at all raises :class:`kornews.ArticleError`, naming the file (and line)."""
    label = os.fspath(source)
    try:
        text = Path(source).read_text(encoding="utf-8-sig")
    except OSError as err:
        raise ArticleError(f"{label}: cannot read the stoplist ({err.strerror})") from None
    except UnicodeDecodeError:
        raise ArticleError(f"{label}: cannot read the stoplist (not UTF-8)") from None
    words = set()
    for number, line in enumerate(text.splitlines(), 1):
        # A comment starts a line or follows whitespace, as in the user dictionary (C# stays a word).
        word = re.split(r"(?:^|\s)#", line, maxsplit=1)[0].strip()
        if re.search(r"\s", word):
            raise ArticleError(f"{label}:{number}: expected one word a line, got {word!r}")
        if word:
            words.add(word)
    if not words:
        raise ArticleError(f"{label}: the stoplist holds no word (one word a line)")
    return frozenset(words)
