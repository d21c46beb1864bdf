"""Bodies named in a list with organisations (가람전자, 한빛소프트, 나래게임 등; 가람전자·한빛화학): a proper
noun or Latin letters in a list whose other named members are all organisations is one too; so is a
name with a stock code in brackets (가람전자(012345))."""

from __future__ import annotations

import re

from .forms import person_shaped
from .lexicon import leaders, split_title
from .records import Mention, Run, Sentence

# 나래게임등: the 등 (and so on) Kiwi writes onto a list's last word is no part of the name.
_AND_SO_ON = "등"
# A stock code in brackets: (012345).
_STOCK_CODE = re.compile(r"\(\d{6}\)")
# What stands between a list's members: a comma, or a middle dot (가람전자·한빛화학).
_SEPARATORS = frozenset({",", "·"})
# A member's first piece: a proper noun or Latin letters.
_FIRST = frozenset({"NNP", "SL"})
# A list: two members or more.
_MEMBERS = 2


def listed_bodies(sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """The unnamed members of lists of proper nouns (a comma or a middle dot between), where every
    member found already is an organisation the tables or an ending name (not a person's or a
    place's list); not a name shaped like a person's, nor a leader's family name (트럼프, 백악관:
    ``leaders.tsv``); and companies with their stock code."""
    by_start = {m.start: m for m in found}
    bodies = []
    for sentence in sentences:
        # Most sentences list nothing: no separator, no list read.
        if _SEPARATORS.isdisjoint(sentence.words):
            continue
        for group in _lists(sentence.runs):
            kinds = {by_start[r.start].kind for r in group if r.start in by_start}
            if kinds != {"organisation"}:
                continue
            bodies += [
                Mention(r.text, "organisation", r.start, r.end, sentence.where, "series")
                for r in group
                if r.start not in by_start
                and not person_shaped(r)
                and r.text not in leaders()
                and split_title(r) is None  # 가람청 수사과장, 치안지도관: a list of posts
            ]
    bodies += _coded(sentences, by_start)
    # The same name written elsewhere in the article (가람전자의 실적은) is that body too.
    forms = {m.entity for m in bodies}
    taken = {m.start for m in bodies} | by_start.keys()
    return bodies + [
        Mention(run.text, "organisation", run.start, run.end, sentence.where, "series")
        for sentence in sentences
        for run in (sentence.runs if forms else ())
        if run.text in forms and run.start not in taken
    ]


def _coded(sentences: list[Sentence], by_start: dict[int, Mention]) -> list[Mention]:
    """Companies written with their six-digit stock code in brackets (가람전자(012345)): listed
    companies, whatever their names end in."""
    return [
        Mention(run.text, "organisation", run.start, run.end, sentence.where, "code")
        for sentence in sentences
        if "(" in sentence.words
        for i, run in enumerate(sentence.runs[:-3])
        if sentence.runs[i + 1].text == "("
        and sentence.runs[i + 1].start == run.end
        and run.start not in by_start
        and _member(run) == run
        and _STOCK_CODE.fullmatch("".join(r.text for r in sentence.runs[i + 1 : i + 4]))
    ]


def _lists(runs: list[Run]) -> list[list[Run]]:
    """Lists of two members or more, each a proper noun (or Latin letters first) with a comma
    written onto it before the next."""
    groups: list[list[Run]] = []
    group: list[Run] = []
    comma_at = -1  # where the comma after the last member stands
    for i, run in enumerate(runs):
        if run.text in _SEPARATORS and group and run.start == group[-1].end:
            comma_at = run.end
            continue
        member = _member(run)
        if member is not None and group and comma_at >= 0:
            group.append(member)
        else:
            groups.append(group)
            # K-Biz 가람연합회: Latin letters a space before make the name's first word.
            latin_before = i > 0 and runs[i - 1].tags[-1] == "SL" and runs[i - 1].end < run.start
            group = [member] if member is not None and not latin_before else []
        comma_at = -1
    groups.append(group)
    return [g for g in groups if len(g) >= _MEMBERS]


def _member(run: Run) -> Run | None:
    """The run as a list's member (without a 등 written onto it), if it is a name's shape."""
    if run.tags[0] not in _FIRST:
        return None
    if run.tags[-1] == "NNB" and run.text.endswith(_AND_SO_ON) and len(run.tags) > 1:
        run = Run(run.text[: -len(_AND_SO_ON)], run.start, run.end - 1, run.tags[:-1])
    proper = run.tags[0] == "NNP" or (run.tags[0] == "SL" and len(run.tags) > 1)
    return run if proper else None
