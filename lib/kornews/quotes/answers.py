"""An interview in Q&A form: which paragraphs answer a question, and who gives each answer (a
name in brackets, the person named before the questions, the one the introduction says it asks,
or the name the title writes beside the word a question addresses)."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from ..article import Article
from ..entities.lexicon import surname_of, titles
from .marks import CLOSING
from .referents import Known
from .ruled import ruled_questions
from .vocabulary import label_words, labelled, words

# An interviewer's question on a line of its own: -소감은?, Q. 승리 요인은?; after Q. or Q : it may end
# otherwise (Q. 오늘 MOM으로 선정됐다. 소감은.)
# A briefing's transcript marks its turns in brackets: <질문> …, then <답변> … (the answer opens so).
_QUESTION = (
    r"(?:[-–—]|(?:{letters})\.?)\s*[^\n]{{1,80}}\?|(?:{letters})\s?[.:]\s*[^\n]{{1,200}}"
    r"|(?:<질문>|\[질문\])[^\n]{{1,600}}"
)
_TRANSCRIBED = ("<질문>", "[질문]")
_ANSWER_MARKS = ("<답변>", "[답변]")
# An answer a Q&A marks with = after a question marked with a dash (- …말씀해주십시오, / = …).
_MARKED_ANSWER = re.compile(r"=\s*[^\s=]")
# A plain question under an interview's heading is short: 임기 첫 달에 주력한 일은?
_PLAIN_QUESTION = 100
# An ordinal written between a name and its title (홍길동 38대 한인회장).
_ORDINAL = re.compile(r"제?\d+(?:대|기|代)")
# How a question addresses the one it asks: 감독님, 주장으로서.
_ADDRESS = re.compile(r"([가-힣]{1,3}?)(?:님|으로서|로서)")
# An answer opening with who gives it in brackets: (박민호)뽑아 주셔서 영광이다.
_BRACKETED = re.compile(r"\((?P<name>[가-힣]{2,4})\)")
# The one an introduction says it asks, by an honorific (교장선생님께 물어봤다, 감독님에게 들었다).
_ASKED = re.compile(r"(?<![가-힣])([가-힣]{1,6}님)(?:께서|께|에게)(?=\s)")
# A role a question honours as its subject (■ 조합장께서 취임하신지 …: heldout16's co-op head, never
# named): who answers when no one is named before.
_HONOURED = re.compile(r"(?<![가-힣])([가-힣]{1,6})께서")
# The role whose briefing a transcript gives (대변인 정례브리핑): who answers when no name is given.
_BRIEFS = re.compile(r"(?<![가-힣])([가-힣]{2,6})\s+(?:정례\s?)?브리핑")


@cache
def _question() -> re.Pattern:
    """:data:`_QUESTION` with the question labels in Latin letters (``quote_words.tsv``)."""
    return re.compile(_QUESTION.format(letters=label_words("question-label", latin=True)))


class Answer(NamedTuple):
    """An interview's answer: who gives it, where its paragraph ends, whether it stands in marks
    (then the marks say where the words are), and where the question it answers starts."""

    speaker: str | None
    end: int
    marked: bool = False
    asked: int = -1


def answers(article: Article, known: Known) -> dict[int, Answer]:
    """The answers of an interview in Q&A form, by the start of their paragraph: a paragraph
    after a question (-경기 소감은?, Q. …?, Q … over A …; a plain question under a heading that
    says the page is an interview), said by the name in brackets it opens with ((박민호)뽑아 주셔서
    …), else by the last person named before the run of questions (다음은 박민호 감독과의 일문일답:
    a name inside an answer does not take the next one), else by the one the heading names
    (홍길동 38대 한인회장 인터뷰; 경기 후 감독 인터뷰: the title alone), else by the one the
    introduction says it asks (교장선생님께 물어봤다: no name, the role speaks). A question
    addressing its answerer by the word the post's title writes beside a name (감독님, 주장으로서;
    ``홍길동 감독, 주장 김철수 기자회견``) is put to that name, and the next ones too until another
    is addressed."""
    found: dict[int, Answer] = {}
    ruled = ruled_questions(article.parts)  # ▲소감은? / =감사한다, △소감은? / 어깨가 무겁다.
    paragraphs = _asked_paragraphs(article, ruled)
    headed = _headed(article, known)
    asked = ruled | _plain_questions(paragraphs, headed)
    introduced = None
    # 다음은 …과의 일문일답: its dashed paragraphs are questions, ? or not, the plain ones answers
    announced = [p.start for p in paragraphs if any(w in p.text for w in words("qa"))]
    for before, question, part in zip([None, *paragraphs], paragraphs, paragraphs[1:]):
        plain = announced and announced[0] < question.start and part.text[:1] not in "-–—▶"
        dashed = question.text[:1] in "-–—▲■▶" and (_MARKED_ANSWER.match(part.text) or plain)
        if not _answered(question.text, part.text, dashed or question.start in asked):
            continue
        if before is None or before.start not in found:
            introduced = _introduced(article, known, question, headed)
        introduced = _addressed(question.text, article.title or "") or introduced
        bracketed = _BRACKETED.match(part.text)
        marked = _in_marks(part.text)
        speaker = bracketed["name"] if bracketed else introduced
        found[part.start] = Answer(speaker, part.end, marked, question.start)
    return found


def _introduced(article: Article, known: Known, question, headed: str | None) -> str | None:
    """Who answers the run of questions opening with ``question``: the last person named before
    it, but the one the heading names where no body paragraph stands before it; else the role
    the question honours or the one the introduction says it asks."""
    at = question.start
    named = [m.entity for m in known.mentions if m.kind == "person" and m.end <= at]
    if headed and not any(p.kind == "paragraph" and p.start < at for p in article.parts):
        return headed
    if named:
        return named[-1]
    before = article.text[:at]
    asked = _honoured(question.text) or _ASKED.findall(before) or _briefers(before)
    return asked[-1] if asked else None


def _asked_paragraphs(article: Article, ruled: set[int]) -> list:
    """The paragraphs and the ruled questions (a layout reads ▲ lines as captions, a dashed
    question broken after its dash as a subtitle), after the title when the excerpt opens at a
    question (Q. … / = …; Q … / A …): it stands where the title does."""
    paragraphs = [p for p in article.parts if p.kind == "paragraph" or p.start in ruled]
    opening = [p for p in article.parts[:1] if p.kind == "title"]
    if opening and paragraphs and _opens_asking(opening[0].text, paragraphs[0].text):
        return opening + paragraphs
    return paragraphs


def _plain_questions(paragraphs: list, headed: str | None) -> set[int]:
    """Under a heading that names an interview's answerer, the short paragraphs ending with ?
    over one that does not (임기 첫 달에 주력한 일은? / 회원을 모으고 있다.), where two at least
    are so; else none."""
    if not headed:
        return set()
    asked = {
        question.start
        for question, answer in zip(paragraphs, paragraphs[1:])
        if _plain_question(question.text) and not _plain_question(answer.text)
    }
    return asked if len(asked) >= 2 else set()


def _plain_question(text: str) -> bool:
    return len(text) <= _PLAIN_QUESTION and text.rstrip().endswith("?")


def _headed(article: Article, known: Known) -> str | None:
    """The one a title or subtitle says the page interviews (``quote_words.tsv``'s ``interview``
    rows closing it): the person named with their title right before the word (홍길동 38대
    한인회장 인터뷰), else the title right before it alone (경기 후 감독 인터뷰: 감독, no name:
    the words between, 후, are no title's); else None."""
    closing = _interview_closing()
    for part in article.parts:
        if part.kind not in ("title", "subtitle"):
            continue  # a paragraph, most parts: the kind first, then the pattern
        said = closing.search(part.text) if closing else None
        if said is None:
            continue
        end = part.start + said.start()
        for person in reversed([m for m in known.mentions if part.start <= m.start < m.end <= end]):
            between = article.text[person.end : end].split()
            if person.kind == "person" and all(_titled(w, person.title) for w in between):
                return person.entity
        last = article.text[part.start : end].split()[-1:]
        if last and last[0] in titles():
            return last[0]
    return None


@cache
def _interview_closing() -> re.Pattern | None:
    """An interview's word closing a title (``quote_words.tsv``'s ``interview`` rows), made once."""
    closing = "|".join(sorted(words("interview")))
    return re.compile(rf"\s?(?:{closing})\s*$") if closing else None


def _titled(word: str, title) -> bool:
    """Is ``word`` a title (the person's own, glued to their body's name or not: 가상한인회장;
    or the table's) or an ordinal before one?"""
    own = isinstance(title, str) and word.endswith(title)
    return own or word in titles() or bool(_ORDINAL.fullmatch(word))


def _opens_asking(title: str, answer: str) -> bool:
    """Does the title ask the question the first paragraph answers (Q. …? / = …; Q … / A …)?"""
    marked = _question().fullmatch(title) and _MARKED_ANSWER.match(answer)
    return bool(marked or _labelled(title, answer))


def _labelled(question: str, answer: str) -> bool:
    """Are they a question and its answer labelled by a letter or a word (Q … / A …, 문) / 답))?"""
    # the labels are quote_words.tsv's; a letter stands apart from the words (not QR코드, A씨)
    return bool(
        labelled("question-label").match(question) and labelled("answer-label").match(answer)
    )


def _in_marks(answer: str) -> bool:
    """Does the answer stand in marks? Single marks opening it hold a name (‘데이브’가 …), not its
    words."""
    return answer[:1] in CLOSING and answer[:1] not in "‘'"


def _answered(question: str, answer: str, dashed) -> bool:
    """Is ``question`` a question the paragraph ``answer`` answers (``dashed``: a dash's question
    a Q&A announced or marked)? A transcript's <질문> then another <질문> has no answer between."""
    if question.startswith(_TRANSCRIBED) and not answer.startswith(_ANSWER_MARKS):
        return False
    return bool(_question().fullmatch(question) or dashed or _labelled(question, answer))


def _briefers(text: str) -> list[str]:
    """The roles whose briefing ``text`` names (대변인 정례브리핑; not 화요일 정례브리핑)."""
    return [role for role in _BRIEFS.findall(text) if role in titles()]


def _honoured(question: str) -> list[str]:
    """The roles a question honours as its subject (조합장께서, 시장께서는), in order."""
    return [role for role in _HONOURED.findall(question) if role in titles()]


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
