"""The user dictionary: words (and their Kiwi tags) that must come out of Kiwi whole, found in
the text and handed to Kiwi as pre-tokenized spans."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..article import ArticleError

DEFAULT_DICTIONARY = "default"
# Tags a user-dictionary word may carry: whole words, not endings or particles.
_DICTIONARY_TAGS = frozenset(
    {"NNG", "NNP", "NNB", "NR", "NP", "SL", "SH", "SN", "MAG", "MM", "IC", "XR"}
)


@dataclass(frozen=True)
class UserDictionary:
    """Words (and their Kiwi tags) that must come out of Kiwi whole."""

    words: tuple[tuple[str, str], ...]

    @classmethod
    def load(cls, path: str | os.PathLike | None = DEFAULT_DICTIONARY) -> UserDictionary:
        """Read a dictionary file: one ``word<TAB>tag`` per line, ``#`` starts a comment.

        ``path`` is a file, ``"default"`` for the one shipped with kornews, or None for none.
        """
        if path is None:
            return cls(())
        if path == DEFAULT_DICTIONARY:
            text = (
                resources.files("kornews").joinpath("data/userdict.tsv").read_text(encoding="utf-8")
            )
            label = "kornews/data/userdict.tsv"
        else:
            label = str(path)
            try:
                text = Path(path).read_text(encoding="utf-8-sig")
            except OSError as err:
                raise ArticleError(
                    f"{label}: cannot read user dictionary ({err.strerror})"
                ) from None
            except UnicodeDecodeError:
                raise ArticleError(f"{label}: cannot read user dictionary (not UTF-8)") from None
        words = []
        for number, line in enumerate(text.splitlines(), 1):
            # A comment starts a line or follows whitespace, so C# stays a word.
            line = re.split(r"(?:^|\s)#", line, maxsplit=1)[0].rstrip()
            if not line:
                continue
            fields = [field.strip() for field in line.split("\t")]
            tag = fields[1] if len(fields) == 2 else "NNP"
            if (
                len(fields) > 2
                or not fields[0]
                or re.search(r"\s", fields[0])
                or tag not in _DICTIONARY_TAGS
            ):
                raise ArticleError(
                    f"{label}:{number}: expected 'word<TAB>tag' (a word without spaces, a Kiwi noun-like tag), got {line!r}"
                )
            words.append((fields[0], tag))
        return cls(tuple(words))

    @property
    def pattern(self) -> re.Pattern | None:
        return _pattern(self.words)

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, tag) of each dictionary word in ``text``, longest match first."""
        if not self.words:
            return []
        tags = dict(self.words)
        return [(m.start(), m.end(), tags[m.group()]) for m in self.pattern.finditer(text)]


@lru_cache(maxsize=16)
def _pattern(words: tuple[tuple[str, str], ...]) -> re.Pattern | None:
    if not words:
        return None
    alternatives = []
    for word, _ in sorted(words, key=lambda wt: (-len(wt[0]), wt[0])):
        # A Latin word must not match inside a longer Latin word (S-Data in S-Database).
        before = r"(?<![A-Za-z0-9])" if word[0].isascii() and word[0].isalnum() else ""
        after = r"(?![A-Za-z0-9])" if word[-1].isascii() and word[-1].isalnum() else ""
        alternatives.append(before + re.escape(word) + after)
    return re.compile("|".join(alternatives))


def _as_dictionary(dictionary) -> UserDictionary:
    return dictionary if isinstance(dictionary, UserDictionary) else _load_dictionary(dictionary)


@lru_cache(maxsize=8)
def _load_dictionary(path) -> UserDictionary:
    return UserDictionary.load(path)
