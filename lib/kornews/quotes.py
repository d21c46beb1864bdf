"""Who is quoted, saying what: quotations, their speakers, and a ledger of sources.

Read from the body paragraphs (a headline's quote repeats the body's) with Kiwi's tags:

- a *direct* quotation stands in “…”, "…" or 「…」 and is sentence-like (it holds a sentence
  ending, Kiwi's EF) or is reported (``“…마련할 계획”이라고 설명했다``); in ‘…’ or '…' it must be
  reported. Scare quotes and names in quotation marks (‘제로페이’, '팀장형 시장'이라고 불릴) are
  neither, nor is a quoted phrase modifying a noun (``“…”는 목소리가 높다``); a quotation inside a
  quotation is part of it;
- an *indirect* quotation is a clause ending in …다고, …라고, …냐고 or …자고 before a reporting
  verb (``data/quote_words.tsv``: 밝히다, 말하다, 설명하다, 강조하다 …), or in …다며, …라며,
  …다면서 (saying that …) before any verb;
- a quotation split by 며 or 면서 (``“A”며 “B”고 말했다``, ``A라며 B라고 강조했다``) is one row
  per piece, each with the verb that closes the chain;
- the speaker is the topic (은/는) before the quotation; for a direct quotation also a subject
  (이/가), or a subject between the quotation and its verb; for an indirect one a subject only
  after a person, organisation or place (한빛전자가 …했다고 밝혔다). A person's name comes from
  :func:`kornews.entities` (so 박 시장 is 박원순), with the title and organisation the text writes.
  A quotation standing alone takes its speaker and verb from the next sentence when that one
  points back (``“…” 강 위원은 이렇게 말했다``); a pronoun (그는), a sentence that opens with 이어,
  또, 그러면서 … or has no subject carries the last speaker over;
- a speaker's phrase with 관계자, 소식통, 당국자, 측, 익명 or 한 (한 의원), or a person named by a
  letter or a bare surname (A씨, 김모씨), is an anonymous source, also with a name before the
  marker (정 후보 측: the side speaks, not the candidate);
- in a broadcast script, a caption names the speaker: ``[인터뷰] 장현숙 / 옷가게 운영`` on the line
  above a quotation standing alone (or on a caption line of its own, ``◀ 인터뷰 ▶ 박정우/가상시 주민``),
  and ``[한예린 / 가람대 교수 : …]``, whose words after the colon are a direct quotation; the role after
  the slash gives the speaker's title and organisation.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import groupby

import pandas as pd

from .article import Article
from .entities import entities, entity_counts
from .tables import table

QUOTE_COLUMNS = [
    "text",
    "kind",
    "verb",
    "speaker",
    "title",
    "organisation",
    "anonymous",
    "carried",
    "attribution",
    "piece",
    "section",
    "paragraph",
    "sentence",
    "start",
    "end",
]
SOURCE_COLUMNS = [
    "speaker",
    "title",
    "organisation",
    "anonymous",
    "quotes",
    "direct",
    "indirect",
    "characters",
    "share",
    "first",
]
SOURCING_COLUMNS = [
    "quotes",
    "direct",
    "indirect",
    "speakers",
    "characters",
    "anonymous_quotes",
    "anonymous_share",
]
# Opening mark -> the marks that close it; typed text mixes curly and straight marks (“…"며 "…“고).
_DOUBLE = frozenset('“”"')
_CLOSING = {
    "“": _DOUBLE,
    '"': _DOUBLE,
    "「": frozenset("」"),
    "‘": frozenset("’'"),
    "'": frozenset("’'"),
}
_SINGLE = frozenset("‘'")
# Endings of a reported clause (ᆫ다고 and 는다고 end in 다고 too) and of a piece of one (saying that ...).
_REPORTED = re.compile(r"(다|라|냐|자)고$")
_PIECE = re.compile(r"(다|라|냐|자)(며|면서)$")
_PREDICATE = ("VV", "VA", "VX", "XSV", "XSA")
# What may stand in a speaker's phrase, walking back from its topic particle (익명을 요구한 여당의 한 중진 의원).
_PHRASE_TAGS = frozenset(
    {
        "NNG",
        "NNP",
        "NNB",
        "NP",
        "NR",
        "SL",
        "SH",
        "SN",
        "XSN",
        "XPN",
        "MM",
        "JKG",
        "JKO",
        "ETM",
        "VV",
        "VA",
        "XSV",
        "XSA",
        "VCP",
    }
)
# A speaker's phrase opens with a noun, a determiner (한 관계자) or a pronoun, never with an ending.
_PHRASE_OPENERS = frozenset({"NNG", "NNP", "NP", "SL", "SH", "SN", "XPN", "MM"})
_TOPIC = frozenset({"은", "는"})
_POINTING = frozenset({"이같이", "이렇게"})
# A person the press names by a letter or a surname only (A씨, 김모씨, 이모(45)씨): a source without a name.
_PSEUDONYM = re.compile(r"(?:^|\s)(?:[A-Z]|[가-힣]모)\s?(?:\(\d+\))?\s?씨$")
_SUBJECT = frozenset({"이", "가"})


@cache
def _words(role: str) -> frozenset[str]:
    return frozenset(row.word for row in table("quote_words.tsv") if row.role == role)


def quotes(tokens: pd.DataFrame, article: Article) -> pd.DataFrame:
    """One row per quotation (a split quotation: one per piece) in the body, in text order.

    ``tokens`` is ``article``'s :func:`kornews.tokenize` table.

    Columns:
        text: the quotation, verbatim: inside the marks (direct), or the reported clause up to
            its 다/라 (indirect: ``예산을 늘리겠다`` in 예산을 늘리겠다고 밝혔다); ``article.text[start:end]``.
        kind: direct or indirect.
        verb: the reporting verb's dictionary form (말하다, 밝히다, 강조하다, 하다 …), the one closing the
            chain for the pieces of a split quotation; empty when none follows (a quotation
            standing alone).
        speaker: a person's full name (박원순 for 박 시장); else an organisation's or place's name
            (질병관리청); else the phrase as written (재판부, 한 업계 소식통); empty when the article
            names no speaker before it.
        title, organisation: the speaker's title (시장, 장관) and organisation (서울특별시,
            기획재정부) as the text gives them, here or where the person is named in full.
        anonymous: True when the speaker's phrase marks a source without a name (관계자, 소식통,
            당국자, 측, 익명, 한 …, A씨, 김모씨).
        carried: True when the speaker is carried over from an earlier quotation (그는, 이어, 또,
            or no subject).
        attribution: the speaker's phrase as written in this sentence (박 시장, 기재부 관계자, 그);
            empty when carried over without a word.
        piece: 1, 2, … for the pieces of a quotation split by 며/면서; 1 for a whole one.
        section, paragraph, sentence: as in :func:`kornews.tokenize` (the sentence where the
            quotation starts).
        start, end: the quotation's span in ``article.text``.
    """
    body = tokens[tokens["part"] == "paragraph"]
    named = entities(tokens, article)
    people = entity_counts(named).set_index("entity")
    actors = frozenset(named["end"])
    rows: list[dict] = []
    last: dict | None = None
    ordered = sorted(body.itertuples(index=False), key=lambda t: (t.paragraph, t.start))
    paragraphs = [list(group) for _, group in groupby(ordered, key=lambda t: t.paragraph)]
    for number, toks in enumerate(paragraphs):
        for chain in _chains(_items(toks, article.text, actors)):
            speaker = _speaker(chain[0], toks, article.text, named, people, actors)
            if speaker is None and chain[-1]["verb"] is None:
                # “…” 홍길동 위원은 이렇게 말했다: the next sentence names who said it.
                following = _following_sentence(toks, chain[-1], paragraphs[number + 1 :])
                said = _restatement(following)
                if said is not None:
                    speaker = _speaker(said[0], following, article.text, named, people, actors)
                    chain[-1]["verb"] = said[1]
            if speaker is None and number and chain[0]["mark"] == toks[0].start:
                # [인터뷰] 장현숙 / 옷가게 운영, then “…” on a line of its own: the caption says who speaks.
                speaker = _caption(paragraphs[number - 1], article.text, named, people)
            if speaker is None and chain[0]["mark"] == toks[0].start:
                # ◀ 인터뷰 ▶ 박정우/가상시 주민 (a caption line, no paragraph) above a quotation standing alone.
                speaker = _marked_speaker(article, toks[0].start, people)
            if speaker is None or speaker.get("pronoun"):
                # Never carried from nobody: the article's first quotation without a speaker has none.
                speaker = {
                    **(last or _NOBODY),
                    "carried": last is not None,
                    "attribution": speaker["attribution"] if speaker else None,
                }
            else:
                last = {**speaker, "attribution": None}
            verb = chain[-1]["verb"]
            for piece, item in enumerate(chain, 1):
                rows.append(
                    {
                        "text": article.text[item["start"] : item["end"]],
                        "kind": item["kind"],
                        "verb": verb,
                        **{
                            k: speaker.get(k)
                            for k in ("speaker", "title", "organisation", "attribution")
                        },
                        "anonymous": bool(speaker.get("anonymous")),
                        "carried": bool(speaker.get("carried")),
                        "piece": piece,
                        "section": item["section"],
                        "paragraph": item["paragraph"],
                        "sentence": item["sentence"],
                        "start": item["start"],
                        "end": item["end"],
                    }
                )
    table = pd.DataFrame(rows, columns=QUOTE_COLUMNS)
    return table.sort_values("start", kind="stable", ignore_index=True)


_NOBODY = {"speaker": None, "title": None, "organisation": None, "anonymous": False}


def _following_sentence(toks: list, item: dict, later: list[list]) -> list:
    """The tokens of the sentence after the item's (in its paragraph, else the next paragraph's first)."""
    after = [t for t in toks[item["next"] :] if t.sentence != item["sentence"]]
    if not after and later:
        after = later[0]
    return [t for t in after if after and t.sentence == after[0].sentence]


def _restatement(sentence: list) -> tuple[dict, str] | None:
    """(an item standing for it, the verb) when the sentence reports what came before it:
    ``… 이렇게 말했다``, ``… 이같이 밝혔다``."""
    for k, token in enumerate(sentence):
        # Kiwi gives 이같이 as 이+같이 and 이렇게 as 이렇+게.
        pair = token.form + sentence[k + 1].form if k + 1 < len(sentence) else ""
        if token.form in _POINTING or pair in _POINTING:
            verb, _ = _predicate(sentence, k + (1 if token.form in _POINTING else 2))
            if verb in _words("verb"):
                return {
                    "kind": "indirect",
                    "ending": k,
                    "index": k,
                    "mark": None,
                    "start": token.start,
                    "sentence": token.sentence,
                    "next": k + 1,
                }, verb
    return None


def _marked_spans(toks: list) -> list[tuple[int, int, int]]:
    """(opening mark's offset, closing mark's offset, index of the first token after it) of each
    outermost pair of quotation marks; an unclosed double mark runs to the paragraph's end."""
    spans, i = [], 0
    end_of_paragraph = toks[-1].end if toks else 0
    caption = _inline_caption(toks)
    if caption is not None:
        spans.append(caption)
        i = caption[2]
    while i < len(toks):
        token = toks[i]
        if token.form in _CLOSING and token.tag in ("SSO", "SSC", "SW"):
            closing = _CLOSING[token.form]
            j = next(
                (
                    k
                    for k in range(i + 1, len(toks))
                    if toks[k].form in closing and toks[k].start > token.start
                ),
                None,
            )
            if j is None and token.form in _SINGLE:
                i += 1
                continue
            close_at = toks[j].start if j is not None else end_of_paragraph
            spans.append((token.start, close_at, (j + 1) if j is not None else len(toks)))
            i = (j + 1) if j is not None else len(toks)
        else:
            i += 1
    return spans


def _inline_caption(toks: list) -> tuple[int, int, int] | None:
    """The span of what is said in a broadcast caption opening the paragraph, ``[한예린 / 가람대
    교수 : 열대야가 …]`` (from just before the first word after the colon to the closing bracket),
    else None."""
    if not toks or toks[0].form != "[":
        return None
    close = next((k for k, t in enumerate(toks) if t.form == "]"), len(toks))
    colon = next((k for k in range(close) if toks[k].form == ":"), None)
    if colon is None or colon + 1 >= close or "/" not in {t.form for t in toks[:colon]}:
        return None
    return (
        toks[colon + 1].start - 1,
        toks[close].start if close < len(toks) else toks[-1].end,
        close + 1,
    )


def _predicate(toks: list, at: int) -> tuple[str | None, int]:
    """The dictionary form of the first predicate from token ``at`` in its sentence (말+하 -> 말하다),
    and its index; (None, at) at the sentence's end or an opening quotation mark."""
    sentence = toks[at].sentence if at < len(toks) else None
    for k in range(at, len(toks)):
        token = toks[k]
        if token.sentence != sentence or (token.form in _CLOSING and token.tag == "SSO"):
            return None, k
        if token.tag.startswith(_PREDICATE):
            if token.tag in ("XSV", "XSA") and k > at and toks[k - 1].end == token.start:
                return toks[k - 1].form + "하다", k
            # A verb Kiwi splits with an auxiliary (털+어+놓다 for 털어놓다) is looked up whole.
            if k + 2 < len(toks) and toks[k + 1].tag == "EC" and toks[k + 2].tag == "VX":
                whole = token.form + toks[k + 1].form + toks[k + 2].lemma
                if whole in _words("verb"):
                    return whole, k
            return token.lemma, k
    return None, len(toks)


def _items(toks: list, text: str, actors: frozenset[int]) -> list[dict]:
    """The quotations of one paragraph, in text order, each with how it is linked to what follows."""
    items = []
    spans = _marked_spans(toks)
    inside = [(open_at, close_at) for open_at, close_at, _ in spans]
    for open_at, close_at, after in spans:
        content = [t for t in toks if open_at < t.start and t.end <= close_at]
        if not content:
            continue
        # What is written onto the closing mark (고, 라고, 며, 이라며, 는 …) says how the quotation goes on.
        tail = re.match(r"[가-힣]*", text[close_at + 1 :]).group()
        link = _link(tail)
        resume = next(
            (k for k in range(after, len(toks)) if toks[k].start >= close_at + 1 + len(tail)),
            len(toks),
        )
        verb, _ = _predicate(toks, resume) if link else (None, resume)
        # “…”는 목소리, “…”라는 비판: a quoted phrase modifying a noun is nobody's quotation.
        sentence_like = any(t.tag == "EF" for t in content) and not tail.endswith("는")
        reported = link == "report" and verb in _words("verb")
        single = text[open_at] in _SINGLE
        chained = link == "piece" and _next_is_mark(toks, resume)
        # A word or two in single marks is a name or a scare quote even when reported: 공약이 '재탕'이라고 비판했다.
        short = len(text[open_at + 1 : close_at].split()) < 3
        if (
            (reported and not (single and short))
            or (sentence_like and not single)
            or (chained and not single)
        ):
            first = content[0]
            items.append(
                {
                    "kind": "direct",
                    "start": open_at + 1,
                    "end": close_at,
                    "mark": open_at,
                    "link": link,
                    "verb": verb if link else None,
                    "next": resume,
                    "section": first.section,
                    "paragraph": first.paragraph,
                    "sentence": first.sentence,
                    "index": toks.index(first),
                }
            )
    quoted = {
        item["end"] for item in items
    }  # the closing marks of quotations: their 고 is no indirect one
    for k, token in enumerate(toks):
        if any(a < token.start < b for a, b in inside) or (k and toks[k - 1].start in quoted):
            continue
        ending = _ending(toks, k)
        if ending is None:
            continue
        end, piece = ending
        verb, _ = _predicate(toks, k + 1)
        if not piece and (verb not in _words("verb") or verb == "하다"):
            continue
        items.append(
            {
                "kind": "indirect",
                "start": None,
                "end": end,
                "mark": None,
                "ending": k,
                "link": "piece" if piece else "report",
                "verb": verb,
                "next": k + 1,
                "section": token.section,
                "paragraph": token.paragraph,
                "sentence": token.sentence,
                "index": k,
            }
        )
    items.sort(key=lambda item: item["end"])
    for n, item in enumerate(items):
        if item["kind"] == "indirect":
            previous = items[n - 1] if n and items[n - 1]["sentence"] == item["sentence"] else None
            item["start"] = _clause_start(toks, item, previous, actors)
    return [item for item in items if item["start"] < item["end"]]


def _ending(toks: list, k: int) -> tuple[int, bool] | None:
    """(where the reported clause ends, is it a piece?) when token ``k`` ends one: …다고 or …다며
    as one ending, or a sentence ending and 고 (늘었다+고, as Kiwi reads it in some sentences)."""
    token = toks[k]
    if token.tag == "EC":
        match = _REPORTED.search(token.form) or _PIECE.search(token.form)
        if match:
            return token.end - len(match.group(0)) + 1, bool(_PIECE.search(token.form))
    previous = toks[k - 1] if k else None
    if token.tag != "JKQ" or previous is None or previous.end != token.start:
        return None
    if previous.tag == "EF" and previous.form[-1:] in "다라냐자":
        return previous.end, False
    if previous.tag == "SSC" and token.form.endswith("라고"):
        return (
            token.end - 1,
            False,
        )  # 공약이 '재탕'이라고: the clause runs through the marks, up to 라
    return None


def _link(tail: str) -> str | None:
    """How a closing mark goes on: ``report`` (“…”고, 라고, 이라고), ``piece`` (며, 면서, 라며, 이라며),
    or None."""
    if tail in ("고", "라고", "이라고", "하고"):
        return "report"
    if tail in ("며", "면서", "라며", "이라며", "라면서", "이라면서"):
        return "piece"
    return None


def _next_is_mark(toks: list, at: int) -> bool:
    return at < len(toks) and toks[at].form in _CLOSING and toks[at].tag == "SSO"


def _clause_start(toks: list, item: dict, previous: dict | None, actors: frozenset[int]) -> int:
    """Where an indirect quotation starts: after the piece before it, else after the topic (the
    speaker) of its sentence, or a subject that names a person, organisation or place (한빛소프트가 …
    유치했다고 밝혔다), past the words that carry a speaker over (이어, 또)."""
    if previous is not None and previous["link"] == "piece":
        k = previous["next"]
    else:
        k = next(
            i
            for i in range(item["ending"], -1, -1)
            if i == 0 or toks[i - 1].sentence != item["sentence"]
        )
        if previous is not None:
            k = previous["next"]
        topic = _particle(toks, k, item["ending"], "indirect", actors)
        if topic is not None:
            k = topic + 1
    while k < item["ending"]:
        if toks[k].form in _words("carry") or toks[k].form == "이날":
            k += 1
        elif _day_at(toks, k):  # 시는 10일 …다고 밝혔다: the day of the saying, not of what is said
            k += 2
        elif toks[k].form in ("지나", "오") and toks[k + 1].tag == "ETM" and _day_at(toks, k + 2):
            k += 4  # 지난 10일, 오는 10일: Kiwi reads 지나+ㄴ, 오+는
        else:
            break
    return toks[k].start


def _day_at(toks: list, k: int) -> bool:
    """``N일`` (a day of the month) starts at token ``k``."""
    return (
        k + 1 < len(toks)
        and toks[k].tag == "SN"
        and toks[k + 1].form == "일"
        and toks[k + 1].start == toks[k].end
    )


def _chains(items: list[dict]) -> list[list[dict]]:
    """Items linked by 며/면서 in one sentence, as lists."""
    chains: list[list[dict]] = []
    for item in items:
        if (
            chains
            and chains[-1][-1]["link"] == "piece"
            and chains[-1][-1]["sentence"] == item["sentence"]
        ):
            chains[-1].append(item)
        else:
            chains.append([item])
    return chains


def _particle(toks: list, begin: int, end: int, kind: str, actors: frozenset[int]) -> int | None:
    """The speaker's particle between tokens ``begin`` and ``end``: the first topic (은/는) outside
    quotation marks; else, for a direct quotation, the first subject (이/가), and for an indirect one
    a subject just after a person, organisation or place (the clause's own subjects come later)."""
    topics = [i for i in range(begin, end) if toks[i].tag == "JX" and toks[i].form in _TOPIC]
    subjects = [
        i
        for i in range(begin, end)
        if toks[i].tag == "JKS"
        and toks[i].form in _SUBJECT
        and (kind == "direct" or toks[i].start in actors)
    ]
    for candidates in (topics, subjects):
        for i in candidates:
            if not _inside_marks(toks, begin, i):
                return i
    return None


def _speaker(
    item: dict,
    toks: list,
    text: str,
    named: pd.DataFrame,
    people: pd.DataFrame,
    actors: frozenset[int],
) -> dict | None:
    """The speaker named in the item's sentence, or None; ``pronoun`` set for 그는."""
    first = item["index"] if item["kind"] == "direct" else item["ending"]
    # From the sentence's start, or the last full stop before it (Kiwi may keep two sentences as one).
    begin = next(
        i
        for i in range(first, -1, -1)
        if i == 0 or toks[i - 1].sentence != item["sentence"] or toks[i - 1].tag == "SF"
    )
    limit = next(
        (
            i
            for i, t in enumerate(toks)
            if t.start >= (item["mark"] if item["mark"] is not None else item["start"])
        ),
        first,
    )
    particle = _particle(toks, begin, limit, item["kind"], actors)
    if particle is None and item["kind"] == "direct":
        # “…”고 김 장관은 말했다: the subject between the quotation and its verb.
        _, verb_at = _predicate(toks, item["next"])
        particle = _particle(toks, item["next"], min(verb_at, len(toks)), item["kind"], actors)
    if (
        particle is None
        and item["kind"] == "direct"
        and begin < limit
        and toks[limit - 1].form == ":"
    ):
        # An interview's 박민수(가상시 상인) : “…”, [한예린 / 가람대 교수 : …]: the speaker before the
        # colon (and the role in brackets or after a slash).
        return _phrase_speaker(toks[begin : _role_at(toks, begin, limit - 1)], text, named, people)
    if particle is None:
        return None
    phrase_start = particle
    while (
        phrase_start > 0
        and toks[phrase_start - 1].sentence == item["sentence"]
        and (
            toks[phrase_start - 1].tag in _PHRASE_TAGS or toks[phrase_start - 1].form in ("(", ")")
        )
    ):
        phrase_start -= 1  # brackets too: 이모(45)씨, 한국개발연구원(KDI) 연구위원
    return _phrase_speaker(toks[phrase_start:particle], text, named, people)


def _role_at(toks: list, begin: int, end: int) -> int:
    """Where a caption's role starts: its bracket or slash (박민수(가상시 상인), 장현숙 / 옷가게 운영), else ``end``."""
    return next((i for i in range(begin, end) if toks[i].form in ("(", "/")), end)


def _caption(toks: list, text: str, named: pd.DataFrame, people: pd.DataFrame) -> dict | None:
    """The speaker of a broadcast caption standing on its own line above a quotation
    (``[인터뷰] 장현숙 / 옷가게 운영``: the parser keeps 장현숙 / 옷가게 운영), else None."""
    if not toks or any(t.tag == "EF" for t in toks):
        return None
    slash = _role_at(toks, 0, len(toks))
    return (
        _phrase_speaker(toks[:slash], text, named, people)
        if slash < len(toks) and toks[slash].form == "/"
        else None
    )


def _marked_speaker(article: Article, at: int, people: pd.DataFrame) -> dict | None:
    """The person a broadcast script's caption line names as the speaker of the paragraph at ``at``."""
    said = next(
        (p.speaker for p in article.parts if p.kind == "paragraph" and p.start <= at < p.end), None
    )
    person = people[(people.index == said) & (people["kind"] == "person")]
    if person.empty:
        return None
    known = person.iloc[0]
    return {
        "speaker": said,
        "title": _first(known["title"]),
        "organisation": _first(known["affiliation"]),
        "attribution": None,
        "anonymous": False,
    }


def _phrase_speaker(
    phrase: list, text: str, named: pd.DataFrame, people: pd.DataFrame
) -> dict | None:
    """The speaker a phrase names (박 시장, 기재부 관계자, 그), or None when it holds no noun."""
    phrase = phrase[
        next((i for i, t in enumerate(phrase) if t.tag in _PHRASE_OPENERS), len(phrase)) :
    ]
    if not phrase:
        return None
    start, end = phrase[0].start, phrase[-1].end
    attribution = text[start:end]
    forms = {t.form for t in phrase}
    if forms <= _words("pronoun"):
        return {"pronoun": True, "attribution": attribution}
    inside = named[(named["start"] >= start) & (named["end"] <= end)]
    persons = inside[inside["kind"] == "person"]
    others = inside[inside["kind"] != "person"]
    organisation = others["entity"].iloc[-1] if len(others) else None
    anonymous = (
        bool(forms & _words("anonymous"))
        or any(t.form.startswith("익명") for t in phrase)
        or bool(_PSEUDONYM.search(attribution))
    )
    # 정 후보 측, 박 후보 캠프의 한 관계자: a name before the marker is whose side, not who speaks.
    marked_after = (
        anonymous
        and len(persons)
        and any(
            t.form in _words("anonymous") and t.start >= persons["end"].iloc[-1] for t in phrase
        )
    )
    if len(persons) and not marked_after:
        person = persons.iloc[-1]
        known = people.loc[person["entity"]] if person["entity"] in people.index else None
        return {
            "speaker": person["entity"],
            "attribution": attribution,
            "title": _first(person["title"], None if known is None else known["title"]),
            "organisation": _first(
                person["affiliation"], organisation, None if known is None else known["affiliation"]
            ),
            "anonymous": False,
        }
    if (
        organisation is not None
        and not anonymous
        and len(others) == 1
        and others["end"].iloc[0] == end
    ):
        return {
            "speaker": organisation,
            "organisation": organisation,
            "attribution": attribution,
            "anonymous": False,
        }
    return {
        "speaker": attribution,
        "organisation": organisation,
        "attribution": attribution,
        "anonymous": anonymous,
    }


def _inside_marks(toks: list, begin: int, at: int) -> bool:
    opened = 0
    for t in toks[begin:at]:
        if t.form in _CLOSING and t.tag == "SSO":
            opened += 1
        elif t.tag == "SSC" and opened:
            opened -= 1
    return opened > 0


def _first(*values):
    return next((v for v in values if isinstance(v, str) and v), None)


def sources(quotes_table: pd.DataFrame) -> pd.DataFrame:
    """A ledger of :func:`quotes` per speaker: one row each (quotations with no speaker together,
    ``speaker`` empty).

    Columns: ``speaker, title, organisation, anonymous`` (the first given), ``quotes`` (rows),
    ``direct``, ``indirect``, ``characters`` (quoted), ``share`` (of the article's quoted
    characters, 0-1), ``first`` (offset of the speaker's first quotation). Sorted by characters
    (descending), then first.
    """
    table = quotes_table.assign(
        characters=quotes_table["text"].str.len(), key=quotes_table["speaker"].fillna("")
    )
    total = table["characters"].sum()
    rows = []
    for _, group in table.groupby("key", sort=False):
        rows.append(
            {
                "speaker": group["speaker"].iloc[0],
                "title": _first(*group["title"]),
                "organisation": _first(*group["organisation"]),
                "anonymous": bool(group["anonymous"].any()),
                "quotes": len(group),
                "direct": int((group["kind"] == "direct").sum()),
                "indirect": int((group["kind"] == "indirect").sum()),
                "characters": int(group["characters"].sum()),
                "share": group["characters"].sum() / total,
                "first": int(group["start"].min()),
            }
        )
    ledger = pd.DataFrame(rows, columns=SOURCE_COLUMNS)
    return ledger.sort_values(["characters", "first"], ascending=[False, True], ignore_index=True)


def sourcing(quotes_table: pd.DataFrame) -> pd.DataFrame:
    """The article's sourcing in one row: ``quotes``, ``direct``, ``indirect``, ``speakers``
    (distinct speakers, anonymous ones by their phrase; quotations with no speaker add none),
    ``characters`` (quoted), ``anonymous_quotes`` and ``anonymous_share`` (of the quotations, 0-1;
    empty when there are none)."""
    n = len(quotes_table)
    anonymous = int(quotes_table["anonymous"].sum()) if n else 0
    row = {
        "quotes": n,
        "direct": int((quotes_table["kind"] == "direct").sum()),
        "indirect": int((quotes_table["kind"] == "indirect").sum()),
        "speakers": int(quotes_table["speaker"].nunique()),
        "characters": int(quotes_table["text"].str.len().sum()),
        "anonymous_quotes": anonymous,
        "anonymous_share": anonymous / n if n else None,
    }
    return pd.DataFrame([row], columns=SOURCING_COLUMNS)
