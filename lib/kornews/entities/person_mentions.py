"""The mentions of the candidates that are names, and of surnames (or foreign family names) with
a title, linked to the full name they stand for."""

from __future__ import annotations

from .candidates import Candidate
from .lexicon import MASK, leaders, name_words, surname_of, surnames
from .records import Mention, Sentence
from .titles import After


def mentions(
    candidates: list[Candidate],
    names: dict[str, None],
    family: dict[str, str],
    unnamed: frozenset[str],
) -> list[Mention]:
    """The mentions of the candidates that are names, and of surnames with a title linked to one;
    a surname with 씨 is none where the article writes it as a pseudonym's (``unnamed``)."""
    mentions = []
    last_of_surname: dict[str, str] = {}
    # 김 감독 is the last 김 named 감독 (김학범 감독 … 김태환이 … 김 감독은), else the last 김.
    last_titled: dict[tuple[str, str], str] = {}
    for candidate in candidates:
        form, run, after, before = candidate.form, candidate.run, candidate.after, candidate.before
        if form in names:
            rule = "title" if after or before else "name"
            title, affiliation = (after.title, after.affiliation) if after else (before, None)
            if title == "씨" and before:
                title = before  # 대변인 박지현 씨: the role, not the honorific
            affiliation = affiliation or (candidate.ahead if title else None)
            end = run.start + len(form)
            mentions.append(
                Mention(form, "person", run.start, end, candidate.where, rule, title, affiliation)
            )
            last_of_surname[surname_of(form)] = form
            if title:
                last_titled[surname_of(form), title] = form
        elif after and (form in surnames() or _family(form, after, family)):
            if after.title == "씨" and form in unnamed:
                continue
            full = (
                _family(form, after, family)
                or last_titled.get((form, after.title))
                or last_of_surname.get(form)
                or next((p for p in names if surname_of(p) == form), None)
            )
            # 박 씨 of 박모 씨, with no full name in the article: a source the press leaves unnamed.
            if full or ("NNP" in run.tags and after.title != "씨"):
                # The short form is the surname with its title (박 시장): a surname alone names nobody.
                entity = full or f"{form} {after.title}"
                mentions.append(
                    Mention(
                        entity,
                        "person",
                        run.start,
                        after.end,
                        candidate.where,
                        "surname",
                        after.title,
                        after.affiliation,
                    )
                )
    return mentions


def _family(form: str, after: After | None, family: dict[str, str]) -> str | None:
    """The full name a foreign family name stands for: a foreign name of the article's
    (``family``), else a leader of ``leaders.tsv`` with a head's title (트럼프 대통령; 존슨 하원의장
    is another 존슨)."""
    if form in family:
        return family[form]
    return leaders().get(form) if after and after.title in name_words("head") else None


def pseudonyms(sentences: list[Sentence]) -> frozenset[str]:
    """The surnames the article writes as a pseudonym's, glued to 모 (조모씨, 조모 씨): its 조 씨 is
    that unnamed person, not a named 조 of the article (조희대 대법관)."""
    return frozenset(
        run.text
        for sentence in sentences
        if MASK in sentence.words  # most sentences: no run is 모
        for run, after in zip(sentence.runs, sentence.runs[1:])
        if after.text == MASK
        and run.text in surnames()
        and after.start == run.end  # 모 first: rare
    )
