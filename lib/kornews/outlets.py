"""The Korean press as data: ``kornews/data/outlets.tsv`` (one row per outlet: its name, the other
forms it is written in, English names, web domains) and the one lookup that finds an outlet
wherever a line names one (dateline, byline, sign-off, copyright, English copyright) or an e-mail
address at its domain.

>>> find("Copyright © Munhwa Broadcasting Corporation. All rights reserved.")
'MBC'
>>> by_address("gildong@news.kbs.co.kr")
'KBS'
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from .tables import table

__all__ = ["Outlet", "by_address", "find", "named", "outlets", "without"]


class Outlet(NamedTuple):
    name: str
    forms: tuple[str, ...]  # every written form, the name first
    domains: tuple[str, ...]
    kind: str


def _split(cell: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in cell.split(";") if item.strip())


def _unique(forms: tuple[str, ...]) -> tuple[str, ...]:
    """Each form once, letter case aside (TV CHOSUN, TV Chosun)."""
    return tuple({form.casefold(): form for form in reversed(forms)}.values())[::-1]


@cache
def outlets() -> tuple[Outlet, ...]:
    """Every outlet of the table, in its order."""
    return tuple(
        Outlet(
            row.name,
            _unique((row.name, *_split(row.forms), *_split(row.english))),
            _split(row.domains),
            row.kind,
        )
        for row in table("outlets.tsv")
    )


class _Forms(NamedTuple):
    pattern: re.Pattern  # every form, longest first
    named: dict[str, str]  # form (casefolded) -> the outlet's table name


@cache
def _forms() -> _Forms:
    """One pattern of every form, longest first, and the outlet each form names.

    A form stands on its own: a Hangul form is not part of a longer Hangul word (뉴스엔에서 is a
    sentence's word), a Latin one not part of a longer Latin word (MBC뉴스 names MBC)."""
    named = {form.casefold(): outlet.name for outlet in outlets() for form in outlet.forms}
    alternatives = []
    for form in sorted({f for o in outlets() for f in o.forms}, key=len, reverse=True):
        left = "(?<![가-힣])" if re.match("[가-힣]", form) else "(?<![A-Za-z])"
        right = "(?![가-힣])" if re.search("[가-힣]$", form) else "(?![A-Za-z])"
        alternatives.append(left + re.escape(form).replace(r"\ ", r"\s?") + right)
    return _Forms(re.compile("|".join(alternatives), re.IGNORECASE), named)


def find(line: str) -> str | None:
    """The first outlet ``line`` names (its table name), else None."""
    pattern, named = _forms()
    found = pattern.search(line)
    if not found:
        return None
    return named.get(found.group().casefold()) or named.get(
        re.sub(r"\s", "", found.group()).casefold()
    )


def named(text: str) -> list[str]:
    """Every outlet ``text`` names (their table names), once per time it is named, in text order."""
    pattern, names = _forms()
    return [
        names.get(found.casefold()) or names[re.sub(r"\s", "", found).casefold()]
        for found in pattern.findall(text)
    ]


def without(line: str) -> str:
    """``line`` with every outlet's name taken out (what a line says besides naming outlets)."""
    return _forms().pattern.sub("", line)


def by_address(address: str) -> str | None:
    """The outlet at whose web domain (or under it) an e-mail address is, else None."""
    domain = address.rpartition("@")[2].casefold()
    lengths: dict[str, int] = {}
    for outlet in outlets():
        for known in outlet.domains:
            if domain == known or domain.endswith("." + known):
                lengths[outlet.name] = max(lengths.get(outlet.name, 0), len(known))
    # The longest domain matched is the nearest outlet (ties: the later name).
    return max(lengths, key=lambda name: (lengths[name], name), default=None)
