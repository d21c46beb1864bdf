"""A station written short by its district (가람동부경찰서 … 동부서, 동부서장): the press drops the place
and shortens the office's word to 서 once the article names the station in full."""

from __future__ import annotations

from .lexicon import name_words, split_title
from .records import Mention, Run, Sentence

# The letter a station's short form ends in (동부서), which its head's title swallows (동부서장).
_SHORT = "서"


def short_stations(sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """The short forms of the stations ``found`` names in full (``name_words.tsv``'s ``station``:
    경찰서, 소방서), each where no mention starts: written alone (동부서는) or before a head's title
    that swallowed its last letter (동부서장)."""
    shorts = _short_forms(found)
    if not shorts:
        return []  # most articles name no station
    by_start = {m.start for m in found}
    mentions = []
    for sentence in sentences:
        for run in sentence.noun_runs:
            form = _short_form(run, shorts)
            if form and run.start not in by_start:
                mentions.append(
                    Mention(
                        shorts[form],
                        "organisation",
                        run.start,
                        run.start + len(form),
                        sentence.where,
                        "list",
                    )
                )
    return mentions


def _short_forms(found: list[Mention]) -> dict[str, str]:
    """Short form -> station, for each station found: its district and 서 (동부서 for 가람동부경찰서),
    and the whole stem and 서 (가람동부서)."""
    shorts = {}
    for m in found:
        ending = next((e for e in name_words("station") if m.entity.endswith(e)), None)
        stem = m.entity[: -len(ending)] if ending and m.kind == "organisation" else ""
        if len(stem) >= 2:
            shorts.setdefault(stem + _SHORT, m.entity)
            shorts.setdefault(stem[-2:] + _SHORT, m.entity)
    return shorts


def _short_form(run: Run, shorts: dict[str, str]) -> str | None:
    """The short form the run is, or starts with before a title that swallowed its 서 (동부서장)."""
    if run.text in shorts:
        return run.text
    titled = split_title(run)
    if titled and titled.title.startswith(_SHORT):
        form = run.text[: titled.cut] + _SHORT
        return form if form in shorts else None
    return None
