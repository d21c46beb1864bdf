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


def caption_words(article: Article) -> dict[int, int]:
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
