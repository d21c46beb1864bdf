"""People: full names with a title (after them, before them, or a broadcast caption's role), the
same names elsewhere, names Kiwi cut into pieces, foreign names, and surnames with a title linked
to the last full name of that surname."""

from __future__ import annotations

import re

from ..article import Article
from ..shapes import turns
from .candidates import person_candidates, sides
from .foreign import family_words, foreign_names, last_words_alone
from .heads import bracketed_heads
from .joined import joined_names
from .lexicon import leaders, name_words, reporter_titles, surname_of
from .members import aged_residents, bracketed_members
from .name_cues import (
    bare_name,
    brands,
    counted_after,
    cut_name,
    government_after,
    listed_names,
    subject_after,
    titled_name,
)
from .person_mentions import mentions, pseudonyms
from .pieces import names_by_word
from .records import Mention, Sentence
from .rosters import bracketed_rosters
from .voices import bite_labels, role_spans, speaker_captions, turn_speakers

# A topic or subject particle after a person's mention, past the title (김민수 기자는, 박 씨가).
SUBJECT_AFTER = re.compile(r"\s?[가-힣A-Za-z]{0,4}?(?:은|는|이|가)(?![가-힣])")


# What ends an anchor's hand-over after the reporter's subject (홍길동 기자가 만나봤습니다.).
_HANDED_OVER = re.compile(r"[^.?!\n]{0,20}?니다\.")

# A monarch's name and number (찰스3세, 엘리자베스2세).
_REGNAL = re.compile(r"(\D+)\d+세")


def people(found: list[Mention], sentences: list[Sentence], article: Article) -> list[Mention]:
    """``found`` (the organisations and places) with the people added: names Kiwi cut into pieces,
    broadcast captions' people, then the names of runs, linked."""
    # The rules of names in brackets read the sentences holding an opening one, and no other.
    bracketed = [s for s in sentences if article.text.find("(", s.start, s.end) >= 0]
    found = aged_residents(article.text, bracketed, found)
    found += names_by_word(article.text, sentences, found)
    found += bracketed_members(article.text, bracketed, found)
    found += bracketed_rosters(article.text, bracketed, found)
    found = bracketed_heads(article.text, bracketed, found)
    found += speaker_captions(article, sentences, found)
    found += joined_names(sentences, found)
    spoken = turns(article.text)  # a script's turns: read once, for their speakers and roles
    voiced = turn_speakers(article.text, spoken, sentences, found)
    voiced += bite_labels(article, sentences, found)
    # ⊙박성동(문화부 장관), 홍길동 / 상인: the mark says a person, whatever the name ends in.
    found = [m for m in found if not any(m.start < v.end and v.start < m.end for v in voiced)]
    linked = _link_people(found + voiced, sentences, brands(article.text))
    # A turn's role (⊙홍길동(가람대 교수): …) is no body text: no name in it.
    roles = role_spans(article.text, spoken)
    linked = [
        m for m in linked if m.kind != "person" or not any(a <= m.start < b for a, b in roles)
    ]
    return _without_bylines(linked, article.text)


def _without_bylines(found: list[Mention], text: str) -> list[Mention]:
    """The mentions but those of people only ever named with a reporter's title and never the
    subject or topic of a sentence (홍길동 기자, 사진 = 홍길동 기자, a correspondent the anchor hands
    over to, 홍길동 기자가 만나봤습니다.): bylines and credits, not people of the story (김민수 기자는
    …라고 보도했다 is one)."""
    people = [m for m in found if m.kind == "person"]
    reporters = reporter_titles()
    acting = {m.entity for m in people if m.title not in reporters}
    for m in people:
        subject = SUBJECT_AFTER.match(text, m.end) if m.entity not in acting else None
        # 홍길동 기자가 다녀왔습니다.: an anchor hands over to a reporter, no one of the story.
        if subject and not _HANDED_OVER.match(text, subject.end()):
            acting.add(m.entity)
    return [m for m in found if m.kind != "person" or m.entity in acting]


def _link_people(
    found: list[Mention], sentences: list[Sentence], brands: set[str]
) -> list[Mention]:
    """The people: full names with a title (or a title before them), the same names elsewhere, and
    surnames with a title linked to the last full name of that surname. ``found`` holds the
    organisations, places and names already found, which no person mention may overlap;
    ``brands`` the words no bare name is (:func:`brands`)."""
    by_start = {m.start: m for m in found}
    foreign = foreign_names(sentences, by_start)
    taken = frozenset().union(*(f.words for f in foreign))
    family = family_words(foreign)
    names = dict.fromkeys(m.entity for m in found if m.kind == "person")  # in order found
    teams = sides(found)
    candidates = []
    bare: dict[str, int] = {}
    for sentence in sentences:
        found_here = list(person_candidates(sentence, by_start, taken, teams))
        bare_at = {i for i, c in found_here if bare_name(c)}  # asked once per candidate
        listed = listed_names(sentence.runs, bare_at)
        for i, candidate in found_here:
            candidates.append(candidate)
            if titled_name(candidate):
                names.setdefault(candidate.form)
            elif i in bare_at:
                # 오지환은 …: sports copy's players; a full name Kiwi tags a proper noun counts when it
                # recurs, is a subject or topic, or is listed, unless it ends like a body (가상당이).
                weight = 2 if subject_after(sentence.runs, i) or i in listed else 1
                weight += 2 * counted_after(sentence.runs, i)
                weight += 2 * government_after(sentence.runs, i)
                bare[candidate.form] = bare.get(candidate.form, 0) + weight
            elif cut_name(candidate, sentence) and subject_after(sentence.runs, i):
                # 김+태환이 …, 김+태+환은 …: a name Kiwi cut after its surname counts as a subject
                # or topic twice.
                bare[candidate.form] = bare.get(candidate.form, 0) + 1
    names.update((form, None) for form in _recurring(bare, teams | brands))
    # 트럼프 대통령 after 도널드 트럼프: the last word of a name written in words, with no surname to
    # start a name of its own, is that name's short form.
    family |= {n.rsplit(" ", 1)[1]: n for n in names if " " in n}
    # 찰스 국왕 after 찰스3세 국왕: a monarch's name without the number is that monarch.
    family |= {m.group(1): n for n in names if (m := _REGNAL.fullmatch(n))}
    names = {n: None for n in names if _kept_name(n, family)}
    # 트럼프는 after 도널드 트럼프: a foreign name's last word alone, Kiwi's one proper noun.
    last_words = {f.mention.entity.rsplit(" ", 1)[1]: f.mention.entity for f in foreign}
    return (
        list(found)
        + [f.mention for f in foreign]
        + mentions(candidates, names, family, pseudonyms(sentences))
        + last_words_alone(sentences, last_words, found + [f.mention for f in foreign])
    )


def _kept_name(name: str, family: dict[str, str]) -> bool:
    """Is ``name`` a name of its own: not a foreign name's family name with no surname to start
    it, a leader's family name, or a sector's shares (조선주가: no name, however often a subject)?"""
    return (
        (name not in family or bool(surname_of(name)))
        and name not in leaders()
        and name not in name_words("shares")
    )


def _recurring(bare: dict[str, int], bodies: frozenset[str]) -> list[str]:
    """The bare names counted twice, but no word the article names a body (일간지 가디언 … 가디언은:
    the sides of :func:`sides`) nor a league's brand (한가람 야구리그)."""
    return [form for form, weight in bare.items() if weight >= 2 and form not in bodies]
