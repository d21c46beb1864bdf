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
- a tail may be written apart from the closing mark when it starts with 라 (``“…” 라고 물었다``);
- a quotation split by 며 or 면서 (``“A”며 “B”고 말했다``, ``A라며 B라고 강조했다``) is one row
  per piece, each with the verb that closes the chain;
- the speaker is the topic (은/는) before the quotation (for a direct one, the topic after a clause
  closed by a connective and a comma, ``1심은 …했지만, 2심은 “…”``); for a direct quotation also a subject
  (이/가), or a subject between the quotation and its verb; for an indirect one a subject only
  after a person, organisation or place (한빛전자가 …했다고 밝혔다). A person's name comes from
  :func:`kornews.entities` (so 박 시장 is 박원순), with the title and organisation the text writes;
  a bare title (부총리는, 경제부총리는) stands for the last person named with it;
  a quotation standing alone takes its speaker and verb from the next sentence when that one
  points back (``“…” 강 위원은 이렇게 말했다``); a pronoun (그는, 당시 자신은), a sentence that opens with 이어,
  또, 그러면서 … or has no subject carries the last speaker over;
- a speaker's phrase with 관계자, 소식통, 당국자, 측, 소속사, 익명 or 한 (한 의원), or a person named by a
  letter or a bare surname (A씨, 김모씨), is an anonymous source, also with a name before the
  marker (정 후보 측: the side speaks, not the candidate);
- in a broadcast script, a caption names the speaker: a caption line (``[인터뷰] 장현숙 / 옷가게
  운영``, ``◀ 인터뷰 ▶ 박정우/가상시 주민``, ``◀SYN▶홍길동 지사``) above a quotation standing alone, as the parser gives it
  (:attr:`kornews.article.Part.speaker`), and ``[한예린 / 가람대 교수 : …]``, whose words after the
  colon are a direct quotation; the role after the slash gives the speaker's title and organisation.
  A caption naming nobody but the bite (``◀INT▶``, ``<인터뷰>``) makes the bite a source without a name.
  A script printed as one line marks each turn (``⊙홍길동(가상당 의원): …``, or a caption ``[홍길동
  / 역할 : …]`` inside the line): the words up to the next mark are said by the name;
- an interview in Q&A form: the paragraph after a question (``-소감은?``) is a direct quotation of
  the person named before the questions (``다음은 홍길동 감독과의 일문일답``), or of the name in
  brackets it opens with (``(박민호)뽑아 주셔서 …``), or of the name the post's title writes beside
  the word the question addresses its answerer by (``감독님``: ``홍길동 감독, 주장 김철수
  기자회견``); ``“…”는 소감을 밝혔다`` (the noun a reporting verb takes) is a quotation too;
- a cue sheet's bite in marks broken over lines (``" 장사가 잘되고`` / ``손님 많았으면.."``) is one
  quotation, said by the caption above it;
- ``A는 “…”라며 답했고 B는 “…”며 웃었다``: a piece whose own verb closes its clause with 고 is
  reported by that verb, and the topic after the 고 speaks the next;
- a report of a report (``당국자는 장관이 “…”고 말했다고 전했다``) is said by the subject inside
  it, and its reporting verb (``…라고 설명했다고 전했다``) is no quotation of its own;
- an excerpt that opens mid-article has its first sentence where the title stands: a title that
  ends with a full stop or holds two sentences (no headline does; an excerpt with no line break
  is all one line), or is one quotation with its full stop inside the marks (a lead, said by the
  next sentence's subject), is searched as a paragraph; a paragraph a page prints
  twice is read once, and so is a quotation of ten letters or more repeated word for word;
- ``“…” 모 가상협회 회장의 말이다.``: the sentence says whose words they are; ``…다고 경고한 셈이다``
  is the writer's gloss, no quotation.

The words around quotations (reporting verbs, anonymity markers, the words that carry a speaker
over or point back, what a closing mark takes) are rows of ``data/quote_words.tsv``. The modules:
``find`` (the quotations and how they go on), ``attribute`` (who said them), ``ledger`` (sources
and sourcing).
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import groupby
from typing import NamedTuple

import pandas as pd

from ..article import Article
from ..columns import TokenColumns, token_columns
from ..entities import entity_rows as entities_of  # the mentions, as records
from ..entities.graph import mention_counts
from ..entities.lexicon import surname_of, titles
from ..rows import records
from ..schema import names, typed
from ..shapes import full_stop, sentences, turns
from .according import according_to
from .attribute import (
    glossed_by,
    interviewee,
    marked_speaker,
    said_by,
    speaker_of,
    subject_before,
    subject_next,
    voice,
)
from .find import (
    CLOSING,
    Item,
    chains,
    following_sentence,
    items,
    preceding_sentence,
    restatement,
)
from .headlines import listed_headline
from .interviews import labelled_turns
from .labels import caption_above, label_above
from .lead import body_next
from .ledger import SOURCE_COLUMNS, SOURCING_COLUMNS, sources, sourcing
from .marks import words
from .modified import modified_speaker
from .referents import NOBODY, Known, Speaker, named_in_full, pronoun_stands_for
from .ruled import ruled_questions

# A page's first line that is one quotation with its full stop inside the marks ("수비가 흔들렸다.")
# is the body's lead, not a headline (no headline ends with a full stop).
_QUOTED_LEAD = re.compile(r"[\"“][^\"“”]+[가-힣][.!?][\"”]")
# A bracketed tail after a page's last sentence: its copyright line (<저작권자 ⓒ …>, [ⓒ …]).
_TAIL = re.compile(r"\s*[<\[(][^<>\[\]()]*[>\])]\s*$")
# …사퇴하겠다고 밝혔다. <가람투데이>: a body's sentence with the outlet's tag after its full stop.
_TAGGED_STOP = re.compile(r"[가-힣][.!?]\s*[<\[(][^<>\[\]()]{1,20}[>\])]\s*$")
_REPEATED = 10  # letters: a quotation this long printed twice is one printing too many

__all__ = ["QUOTE_COLUMNS", "SOURCE_COLUMNS", "SOURCING_COLUMNS", "quotes", "sources", "sourcing"]

# An interviewer's question on a line of its own: -소감은?, Q. 승리 요인은?; after Q. or Q : it may end
# otherwise (Q. 오늘 MOM으로 선정됐다. 소감은.)
# A briefing's transcript marks its turns in brackets: <질문> …, then <답변> … (the answer opens so).
_QUESTION = re.compile(
    r"(?:[-–—]|Q\.?)\s*[^\n]{1,80}\?|Q\s?[.:]\s*[^\n]{1,200}|(?:<질문>|\[질문\])[^\n]{1,600}"
)
_TRANSCRIBED = ("<질문>", "[질문]")
_ANSWER_MARKS = ("<답변>", "[답변]")
# An answer a Q&A marks with = after a question marked with a dash (- …말씀해주십시오, / = …).
_MARKED_ANSWER = re.compile(r"=\s*[^\s=]")
# How a question addresses the one it asks: 감독님, 주장으로서.
_ADDRESS = re.compile(r"([가-힣]{1,3}?)(?:님|으로서|로서)")
# An answer opening with who gives it in brackets: (박민호)뽑아 주셔서 영광이다.
_BRACKETED = re.compile(r"\((?P<name>[가-힣]{2,4})\)")
# The one an introduction says it asks, by an honorific (교장선생님께 물어봤다, 감독님에게 들었다).
_ASKED = re.compile(r"(?<![가-힣])([가-힣]{1,6}님)(?:께서|께|에게)(?=\s)")
# The role whose briefing a transcript gives (대변인 정례브리핑): who answers when no name is given.
_BRIEFS = re.compile(r"(?<![가-힣])([가-힣]{2,6})\s+(?:정례\s?)?브리핑")
_DOUBLE = '“”"'
# The one an interview asks, never named (a reader, a passer-by): a source without a name.
_UNNAMED = Speaker(anonymous=True)
# A bite printed over more lines than this is no bite: an open mark the page never closes.
_BITE_LINES = 4

QUOTE_COLUMNS = names("quotes")


def quotes(
    tokens: pd.DataFrame, article: Article, *, entities: pd.DataFrame | None = None
) -> pd.DataFrame:
    """One row per quotation (a split quotation: one per piece) in the body, in text order.

    ``tokens`` is ``article``'s :func:`kornews.tokenize` table; ``entities`` its
    :func:`kornews.entities` table, when the caller has it (else it is made here).

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
    mentions = None if entities is None else records(entities)
    return quote_table(quote_rows(tokens, article, mentions=mentions))


def quote_table(rows: list[dict]) -> pd.DataFrame:
    """:func:`quotes`' table of ``rows`` (:func:`quote_rows`, of one article or many)."""
    return typed("quotes", {name: [row[name] for row in rows] for name in QUOTE_COLUMNS})


def quote_rows(
    tokens: pd.DataFrame, article: Article, *, mentions: list | None = None
) -> list[dict]:
    """The rows of :func:`quotes`' table (dicts with :data:`QUOTE_COLUMNS` as keys): what a
    corpus verb gathers over many articles into one table. ``mentions``: the rows of the
    article's :func:`kornews.entities` table as records, when the caller has them."""
    read = token_columns(tokens)  # once, for the entities and the quotations
    given = mentions is not None
    mentions = mentions if given else entities_of(read, article)
    known = Known.of(mentions, mention_counts(mentions), given=given)
    answers = _answers(article, known)
    # An excerpt that opens mid-article has its first sentence where the title stands, and one with
    # no line break all its sentences: no headline ends with a full stop or holds two sentences.
    lead = _lead(article.title or "")
    paragraphs = _bites_over_lines(_paragraph_tokens(read, lead), article.text)
    rows: list[dict] = []
    last: Speaker | None = None
    said = _caption_words(article) | {
        start: answer.end for start, answer in answers.items() if not answer.marked
    }
    voiced = tuple(turns(article.text)) + labelled_turns(article.text, known)
    seen: set[str] = set()
    for number, toks in enumerate(paragraphs):
        written = article.text[toks[0].start : toks[-1].end]
        if written in seen or listed_headline(written):
            continue  # a page that prints its article again below the copyright: read once
        seen.add(written)
        found = items(toks, article.text, known.actors, said.get(toks[0].start), voiced)
        for chain in chains(found):
            speaker = _attribute(chain, paragraphs, number, article, known)
            bite = next((t for t in voiced if t.start <= chain[0].start < t.end), None)
            if speaker is None and bite is not None:
                speaker = voice(bite, known)  # {홍길동/배우/"…"}: the bite's caption speaks
            answer = answers.get(toks[0].start)
            if answer is not None and (speaker is None or _opens(chain[0], toks[0], article.text)):
                # One asked whom the page never names (Q. … / = …) is a source without a name.
                speaker = interviewee(answer.speaker, known) if answer.speaker else _UNNAMED
            if speaker is None or speaker.pronoun:
                # Never carried from nobody: the article's first quotation without a speaker has
                # none, unless reported (a verb) just after a person who is a subject (홍길동 감독이
                # …했다. "…"라고 말했다); one standing alone after it is not announced.
                attribution = speaker.attribution if speaker else None
                last = pronoun_stands_for(speaker, chain[0], last, rows, article.text, known)
                if chain[-1].verb:
                    last = last or subject_before(chain[0], article.text, known)
                speaker = replace(last or NOBODY, carried=last is not None, attribution=attribution)
            else:
                speaker = named_in_full(speaker, rows)
                last = replace(speaker, attribution=None)
            verb = chain[-1].verb
            rows += [
                _row(item, piece, verb, speaker, article.text)
                for piece, item in enumerate(chain, 1)
            ]
    return _printed_once(sorted(rows, key=lambda row: row["start"]))


def _printed_once(rows: list[dict]) -> list[dict]:
    """``rows`` (in text order) without a passage printed twice: a page that prints its lead twice
    (a teaser over the title, then the story) has each long quotation read once; a short one
    (네, 맞다) may well be said twice, and a later piece is said again only after a new one before
    it (…며 "이겨서 기쁘다"고 덧붙였다), or under another verb (“…”라며 흡족해했다, then “…”라면서 “…”고
    말했다: the lead's words repeated in the story's own chain). A page printing its body again,
    cut short, leaves the words without their verb: no verb is no other verb."""
    seen, words_seen, kept, before = set(), set(), [], False
    for row in rows:
        key = (row["kind"], row["text"], row["verb"])
        cut = not row["verb"] and key[:2] in words_seen
        again = (key in seen or cut) and len(row["text"]) >= _REPEATED
        seen.add(key)
        words_seen.add(key[:2])
        if not (again and (row["piece"] == 1 or before)):
            kept.append(row)
        before = again
    return kept


def _lead(title: str) -> str:
    """The part an excerpt's first sentence stands in: the title when it reads as body (a full
    stop, two sentences, one quotation with its full stop inside the marks), else a paragraph."""
    # …고 밝혔다. <저작권자 ⓒ 가상뉴스 무단전재 및 재배포 금지>: the body's last sentence and its tail
    title = _TAIL.sub("", title)
    body_like = (
        full_stop(title)
        or sentences(title) > 1
        or _QUOTED_LEAD.fullmatch(title.strip())
        or _TAGGED_STOP.search(title)
    )
    return "title" if body_like else "paragraph"


def _attribute(
    chain: list[Item], paragraphs: list[list], number: int, article: Article, known: Known
) -> Speaker | None:
    """The speaker the chain's sentence names, else the next sentence pointing back to it, else
    the broadcast caption above its paragraph; None when none does."""
    toks = paragraphs[number]
    speaker = speaker_of(chain[0], toks, article.text, known)
    if speaker is None and chain[-1].verb is None:
        # “…” 홍길동 위원은 이렇게 말했다: the next sentence names who said it.
        following = following_sentence(toks, chain[-1], paragraphs[number + 1 :])
        said = restatement(following)
        if said is None:
            # 한 상인은 이렇게 말한다. “…”: the sentence before announces who says it.
            following = preceding_sentence(toks, chain[0], paragraphs[:number])
            said = restatement(following)
        if said is not None:
            speaker = speaker_of(said.item, following, article.text, known)
            chain[-1].verb = said.verb
        else:
            # “…” 모 가상협회 회장의 말이다.: the next sentence says whose words they are; or, under
            # a quotation standing alone, a gloss opening with who said it (“…” / 포항의 한 농가, …).
            later = following_sentence(toks, chain[-1], paragraphs[number + 1 :])
            speaker = said_by(later, article.text, known)
            if speaker is None and _alone(chain, toks, article.text):
                speaker = glossed_by(later, article.text, known)
    opens = chain[0].mark if chain[0].mark is not None else chain[0].start
    if speaker is None and not article.text[toks[0].start : opens].strip(" -–—"):
        # [인터뷰] 장현숙 / 옷가게 운영 (a caption, no paragraph) above a quotation standing alone
        # (after a dash, as some scripts print a bite), or [한예린 / 가람대 교수 : …] before the
        # words she says.
        speaker = marked_speaker(article, toks[0].start, known)
        if speaker is None and chain[-1].verb is None:
            # 홍길동(67·가상면) / 가상농협 조합원 / “…”: the label over it says it.
            speaker = label_above(article.text, toks[0].start, known) or caption_above(
                article.text, toks[0].start, known
            )
    if speaker is None:
        # 가람고에 따르면 …기탁했다고 밝혔다: the body the announcement opens with makes it.
        speaker = according_to(chain[0], toks, article.text, known) or modified_speaker(
            chain[-1], toks, article.text, known
        )
    if speaker is None and number == 0 and chain[-1].verb is None:
        # “수비가 흔들렸다.” / 경기 후 홍길동 감독은 …: the lead's speaker is the next sentence's subject.
        speaker = subject_next(chain[-1], article.text, known) or body_next(
            following_sentence(toks, chain[-1], paragraphs[number + 1 :]), article.text, known
        )
    return speaker


def _paragraph_tokens(tokens: TokenColumns, lead: str) -> list[list]:
    """The tokens of the body paragraphs and of the ``lead`` part, as records, by paragraph."""
    body = [t for t in tokens.records() if t.part in ("paragraph", lead)]
    ordered = sorted(body, key=lambda t: (t.paragraph, t.start))
    return [list(group) for _, group in groupby(ordered, key=lambda t: t.paragraph)]


def _bites_over_lines(paragraphs: list[list], text: str) -> list[list]:
    """Paragraphs joined where a quotation opens at a line's start and closes lines below (a
    cue sheet's bite, ``" 경기 좋아져 매출 늘고`` / ``월급 올랐으면.. "``): a line whose double
    marks are left open, up to the line that closes them, within ``_BITE_LINES`` lines."""
    joined: list[list] = []
    k = 0
    while k < len(paragraphs):
        toks = paragraphs[k]
        end = k + 1
        if text[toks[0].start] in _DOUBLE and _marks(toks, text) % 2:
            end = next(
                (
                    n + 1
                    for n in range(k + 1, min(k + _BITE_LINES, len(paragraphs)))
                    if _marks(paragraphs[n], text) % 2
                ),
                k + 1,
            )
        joined.append([t for group in paragraphs[k:end] for t in group])
        k = end
    return joined


def _marks(toks: list, text: str) -> int:
    return sum(text[toks[0].start : toks[-1].end].count(mark) for mark in _DOUBLE)


class Answer(NamedTuple):
    """An interview's answer: who gives it, where its paragraph ends, whether it stands in marks
    (then the marks say where the words are)."""

    speaker: str | None
    end: int
    marked: bool = False


def _answers(article: Article, known: Known) -> dict[int, Answer]:
    """The answers of an interview in Q&A form, by the start of their paragraph: a paragraph
    after a question (-경기 소감은?, Q. …?), said by the name in brackets it opens with
    ((박민호)뽑아 주셔서 …), else by the last person named before the run of questions (다음은
    박민호 감독과의 일문일답: a name inside an answer does not take the next one), else by the one
    the introduction says it asks (교장선생님께 물어봤다: no name, the role speaks). A question
    addressing its answerer by the word the post's title writes beside a name (감독님, 주장으로서;
    ``홍길동 감독, 주장 김철수 기자회견``) is put to that name, and the next ones too until another
    is addressed."""
    found: dict[int, Answer] = {}
    paragraphs = _asked_paragraphs(article)
    introduced = None
    # 다음은 …과의 일문일답: its dashed paragraphs are questions, ? or not, the plain ones answers
    announced = [p.start for p in paragraphs if any(w in p.text for w in words("qa"))]
    for before, question, part in zip([None, *paragraphs], paragraphs, paragraphs[1:]):
        plain = announced and announced[0] < question.start and part.text[:1] not in "-–—"
        dashed = question.text[:1] in "-–—▲" and (_MARKED_ANSWER.match(part.text) or plain)
        if not _answered(question.text, part.text, dashed):
            continue
        if before is None or before.start not in found:
            named = [
                m.entity for m in known.mentions if m.kind == "person" and m.end <= question.start
            ]
            before = article.text[: question.start]
            asked = _ASKED.findall(before) or _briefers(before)
            introduced = named[-1] if named else asked[-1] if asked else None
        introduced = _addressed(question.text, article.title or "") or introduced
        bracketed = _BRACKETED.match(part.text)
        marked = _in_marks(part.text)
        found[part.start] = Answer(bracketed["name"] if bracketed else introduced, part.end, marked)
    return found


def _asked_paragraphs(article: Article) -> list:
    """The paragraphs, after the title when the excerpt opens at a question (Q. … / = …): it
    stands where the title does."""
    ruled = ruled_questions(article.parts)  # ▲소감은? / =감사한다: its ▲ lines are questions
    paragraphs = [p for p in article.parts if p.kind == "paragraph" or p.start in ruled]
    opening = [p for p in article.parts[:1] if p.kind == "title" and _QUESTION.fullmatch(p.text)]
    if opening and paragraphs and _MARKED_ANSWER.match(paragraphs[0].text):
        return opening + paragraphs
    return paragraphs


def _in_marks(answer: str) -> bool:
    """Does the answer stand in marks? Single marks opening it hold a name (‘데이브’가 …), not its
    words."""
    return answer[:1] in CLOSING and answer[:1] not in "‘'"


def _alone(chain: list[Item], toks: list, text: str) -> bool:
    """Does the quotation stand alone as its paragraph, its marks and nothing else?"""
    first, last = chain[0], chain[-1]
    opens = first.mark if first.mark is not None else first.start
    return not text[toks[0].start : opens].strip() and not text[last.end + 1 : toks[-1].end].strip()


def _opens(item: Item, first, text: str) -> bool:
    """Does the quotation open its paragraph (``first``: the paragraph's first token), but for an
    answer's mark (= …, - …)?"""
    return item.kind == "direct" and not text[first.start : item.start].strip(" =-–—")


def _answered(question: str, answer: str, dashed) -> bool:
    """Is ``question`` a question the paragraph ``answer`` answers (``dashed``: a dash's question
    a Q&A announced or marked)? A transcript's <질문> then another <질문> has no answer between."""
    if question.startswith(_TRANSCRIBED) and not answer.startswith(_ANSWER_MARKS):
        return False
    return bool(_QUESTION.fullmatch(question) or dashed)


def _briefers(text: str) -> list[str]:
    """The roles whose briefing ``text`` names (대변인 정례브리핑; not 화요일 정례브리핑)."""
    return [role for role in _BRIEFS.findall(text) if role in titles()]


def _addressed(question: str, title: str) -> str | None:
    """The name the title writes beside the word a question addresses its answerer by (감독님:
    박건하 감독 or 감독 박건하), or None."""
    for address in _ADDRESS.findall(question):
        beside = re.search(
            rf"(?:^|\s)(?:(?P<before>[가-힣]{{2,4}})\s+{address}|{address}\s+(?P<after>[가-힣]{{2,4}}))"
            r"(?=[\s,]|$)",
            title,
        )
        name = beside and (beside["before"] or beside["after"])
        if name and surname_of(name):
            return name
    return None


def _caption_words(article: Article) -> dict[int, int]:
    """Where the words end that a broadcast caption says on its line ([한예린 / 가람대 교수 :
    열대야가 …], 홍길동/가상시 주민 : 좋아요.), by the start of their paragraph: the paragraph, up to
    the caption's closing bracket; not one that opens with a quotation mark (its marks say)."""
    said = {}
    for caption, part in zip(article.parts, article.parts[1:]):
        if (
            caption.kind == "speaker"
            and caption.role
            and part.kind == "paragraph"
            and "\n" not in article.text[caption.end : part.start]
            and part.text[:1] not in CLOSING
        ):
            bracket = caption.text.startswith("[") and part.text.endswith("]")
            said[part.start] = part.end - 1 if bracket else part.end
    return said


def _row(item: Item, piece: int, verb: str | None, speaker: Speaker, text: str) -> dict:
    # A page that prints its marks escaped (\"…\") leaves the closing mark's backslash inside.
    end = len(text[item.start : item.end].rstrip("\\")) + item.start
    return {
        "text": text[item.start : end],
        "kind": item.kind,
        "verb": verb,
        "speaker": speaker.speaker,
        "title": speaker.title,
        "organisation": speaker.organisation,
        "attribution": speaker.attribution,
        "anonymous": speaker.anonymous,
        "carried": speaker.carried,
        "piece": piece,
        "section": item.section,
        "paragraph": item.paragraph,
        "sentence": item.sentence,
        "start": item.start,
        "end": end,
    }
