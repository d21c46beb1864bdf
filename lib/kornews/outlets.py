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
from collections.abc import Iterator
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
    firsts: re.Pattern  # any letter a form begins with
    by_start: dict[str, re.Pattern]  # a form's first two letters (lower case) -> the forms so begun
    named: dict[str, str]  # form (casefolded) -> the outlet's table name


@cache
def _forms() -> _Forms:
    """The forms grouped by their first two letters (every form has two at least, no space among
    them), each group one pattern, longest first, and the outlet each form names. One pattern of
    every form would try all of them at each letter of a line; a group is tried only where its
    two letters stand.

    A form stands on its own: a Hangul form is not part of a longer Hangul word (뉴스엔에서 is a
    sentence's word), a Latin one not part of a longer Latin word (MBC뉴스 names MBC)."""
    named = {form.casefold(): outlet.name for outlet in outlets() for form in outlet.forms}
    groups: dict[str, list[str]] = {}
    for form in sorted({f for o in outlets() for f in o.forms}, key=len, reverse=True):
        left = "(?<![가-힣])" if re.match("[가-힣]", form) else "(?<![A-Za-z])"
        right = "(?![가-힣])" if re.search("[가-힣]$", form) else "(?![A-Za-z])"
        pattern = left + re.escape(form).replace(r"\ ", r"\s?") + right
        groups.setdefault(form[:2].lower(), []).append(pattern)
    firsts = re.compile(
        "[" + re.escape("".join({start[0] for start in groups})) + "]", re.IGNORECASE
    )
    by_start = {
        start: re.compile("|".join(group), re.IGNORECASE) for start, group in groups.items()
    }
    return _Forms(firsts, by_start, named)


def _found(line: str) -> Iterator[re.Match]:
    """Each form ``line`` names, left to right, none overlapping: where several begin at one
    letter, the longest."""
    forms, at = _forms(), 0
    for first in forms.firsts.finditer(line):
        begins = first.start()
        group = forms.by_start.get(line[begins : begins + 2].lower()) if begins >= at else None
        found = group.match(line, begins) if group else None
        if found:
            at = found.end()
            yield found


def _name(written: str) -> str | None:
    """The outlet a form names as the line writes it; None where the line drops a space the form
    has (HankookIlbo in an address: the form is Hankook Ilbo)."""
    named = _forms().named
    return named.get(written.casefold()) or named.get(re.sub(r"\s", "", written).casefold())


def find(line: str) -> str | None:
    """The outlet the first form ``line`` holds names (its table name), else None."""
    found = next(_found(line), None)
    return _name(found.group()) if found else None


def named(text: str) -> list[str]:
    """Every outlet ``text`` names (their table names), once per time it is named, in text order."""
    return [name for found in _found(text) if (name := _name(found.group()))]


def without(line: str) -> str:
    """``line`` with every outlet's name taken out (what a line says besides naming outlets)."""
    pieces, at = [], 0
    for found in _found(line):
        pieces.append(line[at : found.start()])
        at = found.end()
    return "".join(pieces) + line[at:]


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
