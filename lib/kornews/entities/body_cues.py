"""Organisations named by the words around them: the word for their kind before them (일간지
가람타임스), the one who speaks for them after them (가람기획 관계자는), a source's 에 따르면, or an
interview held with an outlet in Latin capitals (CBN과의 인터뷰)."""

from __future__ import annotations

import re

from .forms import lookup, named, person_shaped
from .lexicon import name_words, split_title, suffixes
from .records import Mention, Run, Sentence
from .runs import is_noun_run
from .titles import title_after

# An organisation in Latin letters (VHQ, K2 Media), as a run of Latin letters and digits.
_ACRONYM_RUN = re.compile(r"[A-Z][A-Za-z0-9&]*")
# An outlet in Latin capitals (CBN), and the particles of an interview held with it (CBN과의 인터뷰).
_CAPITALS = re.compile(r"[A-Z]{2,6}")
_WITH = frozenset({"과", "와"})
# A body its member names: a word of four syllables or more (이장상록회), and the honorific no
# member's title is.
_MEMBERS_BODY = 4
_AROUND_ENDING = 2
_HONORIFIC = "씨"
# 에 (따르면): a source's particle (가람연대에 따르면).
_SOURCE = "에"


def named_by_kind(sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """Organisations named right after the word for their kind (영국 일간지 인디펜던트, 통신사 가람통신):
    a run Kiwi tags (in part) a proper noun, or Latin letters, after a word of name_words.tsv's
    ``kind``, with a particle written onto it."""
    by_start = {m.start for m in found}
    kinds = name_words("kind")  # once, not per run
    return [
        Mention(run.text, "organisation", run.start, run.end, sentence.where, "kind")
        for sentence in sentences
        if not kinds.isdisjoint(sentence.words)
        # A proper noun or Latin letters: a noun run, after another run.
        for before, run in ((sentence.runs[i - 1], sentence.runs[i]) for i in sentence.nouns if i)
        if before.text in kinds
        and ("NNP" in run.tags or run.tags == ("SL",))
        and run.start not in by_start
        and run.start > before.end
        and _particle_at(sentence, run.end)
    ]


def named_by_voice(sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """Organisations named by the one who speaks for them, a word apart (가람기획 관계자는, VHQ 측은:
    name_words.tsv's ``voice``), or as a source (가람연대에 따르면): a run Kiwi tags (in part) a
    proper noun, or Latin letters, not shaped like a person's name (박가람 측은 is a person's camp)."""
    by_start = {m.start for m in found}
    voices = name_words("voice")
    return [
        Mention(run.text, "organisation", run.start, run.end, sentence.where, "voice")
        for sentence in sentences
        if _SOURCE in sentence.words or not voices.isdisjoint(sentence.words)
        for i, (run, after) in enumerate(zip(sentence.runs, sentence.runs[1:]))
        # The word after first: most runs have no voice word nor 에 after them.
        if (after.text in voices or after.text == _SOURCE)
        and _speaks_for(sentence.runs, i)
        and run.start not in by_start
        and (_ACRONYM_RUN.fullmatch(run.text) or ("NNP" in run.tags and not person_shaped(run)))
    ]


def named_by_interview(sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """Outlets in Latin capitals named by the interview they held, 과의 or 와의 written onto them
    (CBN과의 인터뷰: name_words.tsv's ``interview``), and the same letters elsewhere (CBN의 기자): a
    name no table holds, an organisation."""
    by_start = {m.start for m in found}
    words = name_words("interview")
    outlets = {
        run.text
        for sentence in sentences
        if not words.isdisjoint(sentence.words)
        for run, joined, of, what in zip(
            sentence.runs, sentence.runs[1:], sentence.runs[2:], sentence.runs[3:]
        )
        # The interview's word first: most runs are no such word.
        if what.text in words
        and of.text == "의"
        and joined.text in _WITH
        and run.end == joined.start
        and joined.end == of.start
        and _CAPITALS.fullmatch(run.text)
    }
    return [
        Mention(run.text, "organisation", run.start, run.end, sentence.where, "kind")
        for sentence in (sentences if outlets else ())
        for run in sentence.runs
        if run.text in outlets and run.start not in by_start
    ]


def _speaks_for(runs: list[Run], at: int) -> bool:
    """Run ``at`` is followed by a voice word a word apart, or by 에 따르면 (its source)."""
    if at + 1 >= len(runs):
        return False
    after, then = runs[at + 1], runs[at + 2] if at + 2 < len(runs) else None
    if after.text in name_words("voice") and after.start > runs[at].end:
        return True
    return (
        after.text == _SOURCE
        and after.start == runs[at].end
        and then is not None
        and then.text == "따르"
        and then.tags == ("VV",)
    )


def _particle_at(sentence: Sentence, at: int) -> bool:
    """A particle is written onto the word ending at ``at`` (가람타임스는, 가람타임스의): a name in a
    sentence, not a byline's ([가람 신문 홍길동])."""
    return any(t.start == at and t.tag.startswith("J") for t in sentence.tokens)


def named_by_member(sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """Organisations named by a member and his title, a space apart: after them (재한가상연합총회
    김숙자 회장) or around them (김숙자 가람상공회의소 회장: the name before, the title after): a word
    of four syllables or more the other rules left, whole, that an organisation's ending would name
    were it a proper noun (Kiwi tags such names either way), with a title that is not 씨 (효부
    홍길동 씨 is a dutiful daughter-in-law), and not a space after an organisation (가람투자
    투자본부 홍길동 상무: the body's division)."""
    by_start = {m.start: m for m in found}
    return [
        Mention(run.text, "organisation", run.start, run.end, sentence.where, "suffix")
        for sentence in sentences
        for i in sentence.nouns
        if _members_title(sentence.runs, i, by_start)
        and len((run := sentence.runs[i]).text) >= _MEMBERS_BODY
        and run.start not in by_start
        and not _unit_of(sentence.runs, i, by_start)
        and (hit := named(run.text, True)) is not None
        and hit.rule == "suffix"
    ]


def _members_title(runs: list[Run], at: int, by_start: dict[int, Mention]) -> bool:
    """Is run ``at`` a space before a person's name with a title after it, or a space after a
    name whose title follows it (the run the name's affiliation)? Not 씨."""
    name = runs[at + 1] if at + 1 < len(runs) else None
    if name is not None and name.start == runs[at].end + 1 and person_shaped(name):
        after = title_after(runs, at + 1, by_start)
        return after is not None and after.title != _HONORIFIC
    name = runs[at - 1] if at else None
    if name is None or name.end + 1 != runs[at].start or not _proper_name(name):
        return False  # most runs: no name a space before or after them
    # An ending of one syllable no affiliation vouches for (홍길동 교육담당 영사: 당, a duty).
    if len(next((s for s in suffixes() if runs[at].text.endswith(s)), "")) < _AROUND_ENDING:
        return False
    after = title_after(runs, at - 1, by_start)
    return after is not None and after.title != _HONORIFIC and after.end > runs[at].end


def _proper_name(run: Run) -> bool:
    """A proper noun shaped as a person's name (not 이날, a common noun so shaped)."""
    return "NNP" in run.tags and person_shaped(run)


def _unit_of(runs: list[Run], at: int, by_start: dict[int, Mention]) -> bool:
    """Is run ``at`` written a space after an organisation found (its division or unit)?"""
    before = by_start.get(runs[at - 1].start) if at else None
    return before is not None and before.kind == "organisation" and before.end + 1 == runs[at].start


# An affiliation written in words apart between a name and its title: two to four words.
_AFFILIATION_WORDS = range(2, 5)
# 총 (all-, general) opening a body's last word, which Kiwi reads a determiner (총+연합회).
_TOTAL = "총"


def named_between(sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """Organisations written in words apart between a person's name and the title after it, the
    last ending in an organisation's ending of two syllables or more (홍길동 가람 상공회의소 회장,
    김철수 남가람 기독교 교회 협의회 회장): one organisation, named as written (a place its first
    word is named too: the lead's convention). Not where a word holds a body found already (a
    parent and its unit, 가람당 중앙위원회, are two; 한국 외무부 is the ministry)."""
    by_start = {m.start: m for m in found}
    bodies: list[Mention] = []
    for sentence in sentences:
        runs = sentence.runs
        for at in sentence.nouns:
            inside = bodies and bodies[-1].end > runs[at].start  # 남가람 of the words before
            if inside or not _a_persons_name(runs[at]):
                continue  # most runs
            words = _affiliation(runs, at)
            if words and not any(
                (m := by_start.get(run.start)) and m.kind == "organisation"
                for word in words
                for run in word
            ):
                name = " ".join("".join(run.text for run in word) for word in words)
                start, end = words[0][0].start, words[-1][-1].end
                bodies.append(Mention(name, "organisation", start, end, sentence.where, "suffix"))
    return bodies


def _a_persons_name(run: Run) -> bool:
    """A proper noun shaped as a person's name, no listed place's (부안, 부안군's short form)."""
    return "NNP" in run.tags and person_shaped(run) and lookup(run.text, True) is None


def _affiliation(runs: list[Run], at: int) -> list[list[Run]]:
    """The words (each its runs) between the name at ``at`` and a title word after them, a space
    apart each, the last ending in an organisation's ending; else none."""
    words: list[list[Run]] = []
    end = runs[at].end
    for run in runs[at + 1 : at + 9]:
        glued = run.start == end
        if not glued and run.start != end + 1:
            return []
        titled = None if glued else split_title(run)
        if titled is not None and titled.cut == 0:
            break  # the title, a word of its own
        if not (is_noun_run(run) or (run.text == _TOTAL and not glued)):
            return []
        if glued and words:
            words[-1].append(run)
        else:
            words.append([run])
        end = run.end
    else:
        return []
    last = "".join(r.text for r in words[-1]) if words else ""
    ending = next((s for s in suffixes() if last.endswith(s)), "")
    if len(words) not in _AFFILIATION_WORDS or len(ending) < _AROUND_ENDING:
        return []
    return words


# The brackets around a body written after its officer's title, or between his name and it.
_OPEN, _CLOSE = "(", ")"


def named_by_officer(sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """A proper noun (or Latin letters) no rule named, between a person's name and the title of a
    body's officer, a space apart each (홍길동 누리라이프 대표: name_words.tsv's ``officer``), or in
    brackets after the title or the name (홍길동 대표(누리상사), 홍길동(누리치과) 원장): the company,
    shop or society he heads or serves, which no ending names."""
    by_start = {m.start for m in found}
    officers = name_words("officer")
    bodies = [m.entity for m in found if m.kind == "organisation"]
    return [
        Mention(
            _longer(runs[at].text, bodies),
            "organisation",
            runs[at].start,
            runs[at].end,
            sentence.where,
            "voice",
        )
        for sentence in sentences
        if not officers.isdisjoint(sentence.words)  # most sentences: no officer's title
        for runs in (sentence.runs,)
        for at in range(1, len(runs) - 1)
        if runs[at].start not in by_start
        and _body_shaped(runs[at])
        and (_officer_around(runs, at, officers) or _officer_bracketed(runs, at, officers))
    ]


def _longer(name: str, bodies: list[str]) -> str:
    """The organisation the article names whose name ``name`` starts (코참 of 코참하노이), else
    ``name``: a body written short by its officer's title."""
    return next((body for body in bodies if body.startswith(name) and body != name), name)


def _body_shaped(run: Run, *, alone: bool = True) -> bool:
    """A proper noun no table names (``alone``: the run's only token; else one among its tokens), of
    two letters or more, not shaped as a person's name nor a family name (리처드 조 회장), or Latin
    capitals (VHQ)."""
    if _ACRONYM_RUN.fullmatch(run.text):
        return True
    return (
        (run.tags == ("NNP",) if alone else "NNP" in run.tags)
        and len(run.text) > 1
        and not person_shaped(run)
        and lookup(run.text, True) is None
    )


def _officer_around(runs: list[Run], at: int, officers: frozenset[str]) -> bool:
    """A person's name a space before run ``at`` and an officer's title a space after it."""
    name, title = runs[at - 1], runs[at + 1]
    return (
        title.text in officers
        and name.end + 1 == runs[at].start
        and runs[at].end + 1 == title.start
        and _a_persons_name(name)
    )


def _officer_bracketed(runs: list[Run], at: int, officers: frozenset[str]) -> bool:
    """Run ``at`` alone in brackets written onto an officer's title after a person's name (홍길동
    대표(누리상사)), or onto the name, the title a space after (홍길동(누리치과) 원장)."""
    if at < 2 or at + 1 >= len(runs) or (runs[at - 1].text, runs[at + 1].text) != (_OPEN, _CLOSE):
        return False
    before, opened, closed = runs[at - 2], runs[at - 1], runs[at + 1]
    if not (before.end == opened.start == runs[at].start - 1 and runs[at].end == closed.start):
        return False
    if before.text in officers:  # 홍길동 대표(누리상사)
        return at >= 3 and runs[at - 3].end + 1 == before.start and _a_persons_name(runs[at - 3])
    title = runs[at + 2] if at + 2 < len(runs) else None  # 홍길동(누리치과) 원장
    return (
        title is not None
        and title.text in officers
        and closed.end + 1 == title.start
        and _a_persons_name(before)
    )


# 인: the copula and its modifier ending (이+ᆫ) after a kind's word (무역업체인 누리무역).
_IS = ("VCP", "ETM")


def named_by_apposition(sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """A proper noun (or Latin capitals) no rule named, a space after a word ending in the word for
    its kind and 인 written onto it (무역업체인 누리무역, 우승팀인 가람테크: name_words.tsv's
    ``firm``), a particle written onto it: the company, team or body it is said to be."""
    by_start = {m.start for m in found}
    firms = tuple(sorted(name_words("firm")))
    return [
        Mention(name.text, "organisation", name.start, name.end, sentence.where, "kind")
        for sentence in sentences
        for kind, copula, ending, name in zip(
            sentence.runs, sentence.runs[1:], sentence.runs[2:], sentence.runs[3:]
        )
        # The copula first: few runs are one.
        if (copula.tags[0], ending.tags[0]) == _IS
        and is_noun_run(kind)
        and kind.text.endswith(firms)
        and kind.end == copula.start
        and copula.end + 1 == name.start
        and name.start not in by_start
        and _body_shaped(name, alone=False)
        and _particle_at(sentence, name.end)  # the name whole, not its first word
    ]
