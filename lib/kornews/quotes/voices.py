"""Who speaks in a broadcast script or an interview: the person a caption names, a script's turn,
an interview's answerer (a role with no name is a source without a name)."""

from __future__ import annotations

from ..article import Article
from ..entities.lexicon import titles
from .marks import CLOSING
from .referents import Known, Speaker, first
from .vocabulary import words


def marked_speaker(article: Article, at: int, known: Known) -> Speaker | None:
    """The person a broadcast script's caption names as the speaker of the paragraph at ``at``
    (the parser's :attr:`kornews.article.Part.speaker`)."""
    said = next(
        (p.speaker for p in article.parts if p.kind == "paragraph" and p.start <= at < p.end), None
    )
    if not said:
        return None
    # ◀SYN▶홍길동 지사: the caption writes the title after the name
    person = known.counted(said, "person") or known.counted(said.split()[0], "person")
    if person is None:
        # ◀INT▶ naming nobody: the bite is a source without a name
        return Speaker(attribution=said, anonymous=True) if said in words("bite") else None
    return Speaker(person.entity, first(person.title), first(person.affiliation), attribution=said)


def voice(turn, known: Known) -> Speaker:
    """Who says a script's turn (:class:`kornews.shapes.Turn`): the person named, with the title and
    affiliation found for them; a role with no name ({상인/"…"}) is a source without a name."""
    if not turn.role:
        return Speaker(turn.speaker, attribution=turn.speaker, anonymous=True)
    return interviewee(turn.speaker, known)


def interviewee(name: str, known: Known) -> Speaker:
    """An interview's answerer, with the title and affiliation written where the name is; one
    asked by an honorific role and no name (교장선생님), or a role giving a briefing (대변인), is
    a source without a name."""
    counted = known.counted(name, "person")
    title = first(getattr(counted, "title", None))
    affiliation = first(getattr(counted, "affiliation", None))
    return Speaker(
        name,
        title,
        affiliation,
        attribution=name,
        anonymous=name.endswith("님") or name in titles(),
    )


def caption_words(article: Article, known: Known) -> dict[int, int]:
    """Where the words end that a broadcast caption says on its line ([한예린 / 가람대 교수 :
    열대야가 …], 홍길동/가상시 주민 : 좋아요.), by the start of their paragraph: the paragraph, up to
    the caption's closing bracket; not one that opens with a quotation mark (its marks say). A
    person's name alone in brackets on the line above says the paragraph under it ([홍길동] /
    안녕하십니까.), not the anchor's question the page prints next under it."""
    said = {}
    for caption, part in zip(article.parts, article.parts[1:]):
        if caption.kind != "speaker" or part.kind != "paragraph" or part.text[:1] in CLOSING:
            continue
        between = article.text[caption.end : part.start]
        if caption.role and "\n" not in between:
            bracket = caption.text.startswith("[") and part.text.endswith("]")
            said[part.start] = part.end - 1 if bracket else part.end
        elif (
            _named_alone(caption, known)
            and between.count("\n") == 1
            and not part.text.endswith("?")
        ):
            said[part.start] = part.end  # [홍길동] / 안녕하십니까.: a transcript's answer below
    return said


def captioned(article: Article) -> set[int]:
    """The starts of the paragraphs standing right under a caption line naming who speaks
    ([홍길동/가상시 대변인 (지난 6월 20일)] / “네, 잠깐만‥”), opening with a double mark."""
    return {
        part.start
        for caption, part in zip(article.parts, article.parts[1:])
        if caption.kind == "speaker" and part.kind == "paragraph" and part.text[:1] in _DOUBLE
    }


# The double marks a bite opens with.
_DOUBLE = frozenset('“"')


def _named_alone(caption, known: Known) -> bool:
    """Is the caption a person's name alone in brackets on its line ([홍길동]: a transcript's turn;
    not a role's, [앵커], [기자])?"""
    name = caption.speaker or ""
    return (
        caption.text == f"[{name}]"
        and not caption.role
        and name not in titles()
        and known.counted(name, "person") is not None
    )
