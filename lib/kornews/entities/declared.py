"""Short forms an article declares in brackets after an organisation's name, with 이하 (below:
가람연합회(이하 연합회), 가람복지관(관장 홍길동, 이하 복지관)): the short form, there and wherever
the article writes it after, names that organisation."""

from __future__ import annotations

import re
from dataclasses import replace

from .records import Mention, Sentence

# A bracket right after a name, with 이하 (hereafter) and the short form last in it, maybe quoted
# (가람재단(이하 ‘재단’), 가람복지관(관장 홍길동, 이하 복지관)).
_DECLARED = re.compile(
    r"\((?:[^()]*?,\s*)?이하\s*['\"‘“]?([^()'\"‘’“”,\s][^()'\"‘’“”,]*?)['\"’”]?\)"
)


def declared_short_forms(
    sentences: list[Sentence], found: list[Mention], text: str
) -> list[Mention]:
    """``found`` with each short form an organisation's bracket declares (이하 연합회) named as that
    organisation where it stands and wherever the article writes it after, a mention found there
    by another rule renamed (not a person's)."""
    declared = [
        (body, match.group(1), match.start(1), match.end(1))
        for body in found
        if body.kind == "organisation"
        and text.startswith("(", body.end)
        and (match := _DECLARED.match(text, body.end))
    ]
    if not declared:
        return found  # most articles
    out = [_renamed(m, declared) for m in found]
    taken = {m.start for m in out}
    for body, _short, start, end in declared:
        if start not in taken:
            out.append(replace(body, start=start, end=end, rule="list"))
            taken.add(start)
    for sentence in sentences:
        for run in sentence.noun_runs:
            body = _body_of(run.text, run.start, declared)
            if body is not None and run.start not in taken:
                out.append(
                    replace(body, start=run.start, end=run.end, where=sentence.where, rule="list")
                )
    return out


def _body_of(
    text: str, start: int, declared: list[tuple[Mention, str, int, int]]
) -> Mention | None:
    """The organisation whose short form ``text`` is, declared before ``start`` (the last so)."""
    bodies = [body for body, short, at, _ in declared if short == text and at < start]
    return bodies[-1] if bodies else None


def _renamed(mention: Mention, declared: list[tuple[Mention, str, int, int]]) -> Mention:
    """A mention of a declared short form (found by another rule) named as its organisation."""
    body = _body_of(mention.entity, mention.start, declared)
    if body is None or mention.kind == "person":
        return mention
    return replace(mention, entity=body.entity, kind=body.kind)
