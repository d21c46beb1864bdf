"""The process's Kiwi and the one call kornews makes of it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from functools import lru_cache

from .dictionary import UserDictionary


@lru_cache(maxsize=1)
def get_kiwi():
    """The process's Kiwi, using every core, or ``KORNEWS_THREADS`` threads where that is set
    (one Kiwi per worker process of a distributed run should get that process's share)."""
    from kiwipiepy import Kiwi

    threads = os.environ.get("KORNEWS_THREADS", "").strip()
    return Kiwi(
        num_workers=int(threads) if threads.isdigit() and int(threads) > 0 else os.cpu_count() or 1
    )


def _kiwi_tokenize(texts: list[str], dictionary: UserDictionary) -> Iterator:
    """Kiwi's sentences (lists of tokens) for each text, computed in parallel, in order."""
    return iter(
        get_kiwi().tokenize(
            texts, split_sents=True, pretokenized=dictionary.spans if dictionary.words else None
        )
    )
