"""Who is quoted, saying what: quotations, their speakers, and a ledger of sources.

Read from the body paragraphs (a headline's quote repeats the body's) with Kiwi's tags:

- a *direct* quotation stands in “…”, "…" or 「…」 and is sentence-like (it holds a sentence
  ending, Kiwi's EF) or is reported (``“…마련할 계획”이라고 설명했다``); in ‘…’ or '…' it must be
  reported. Scare quotes and names in quotation marks (‘제로페이’, '팀장형 시장'이라고 불릴) are
  neither, nor is a quoted phrase modifying a noun (``“…”는 목소리가 높다``); a quotation inside a
  quotation is part of it;
- an *indirect* quotation is a clause ending in …다고, …라고, …냐고 or …자고 before a reporting
  verb (``data/quote_words.tsv``: 밝히다, 말하다, 설명하다, 강조하다 …), or in …다며, …라며,
  …다면서 (saying that …) before any verb; a request a verb of asking takes through 것 (``…줄 것을
  당부했다``) and a clause a noun of what is said takes (``…된다는 점을 강조했다``) are so too;
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
  letter or a bare surname (A씨, 김모씨), or a user by a handle (아이디 @가상), is an anonymous
  source, also with a name before the marker (정 후보 측: the side speaks, not the candidate);
- in a broadcast script, a caption names the speaker: a caption line (``[인터뷰] 장현숙 / 옷가게
  운영``, ``◀ 인터뷰 ▶ 박정우/가상시 주민``, ``◀SYN▶홍길동 지사``) above a quotation standing alone, as the parser gives it
  (:attr:`kornews.article.Part.speaker`), and ``[한예린 / 가람대 교수 : …]``, whose words after the
  colon are a direct quotation, also broken over a few short lines (``[홍길동 / 가상중 2학년 :`` /
  ``…`` / ``…하겠습니다.]``); the role after the slash gives the speaker's title and organisation.
  A caption naming nobody but the bite (``◀INT▶``, ``<인터뷰>``) makes the bite a source without a name.
  A script printed as one line marks each turn (``⊙홍길동(가상당 의원): …``, or a caption ``[홍길동
  / 역할 : …]`` inside the line): the words up to the next mark are said by the name;
- an interview in Q&A form: the paragraph after a question (``-소감은?``; ``△소감은?`` over a plain
  paragraph, where the page asks two questions so; ``Q …`` over ``A …``, its label no part of it; a
  short plain question ending with ? under a heading closing with 인터뷰) is a direct quotation of
  the one the heading names (``홍길동 회장 인터뷰``; ``경기 후 감독 인터뷰``: the role) when no body
  paragraph stands before the questions, else of
  the person named before the questions (``다음은 홍길동 감독과의 일문일답``), or of the name in
  brackets it opens with (``(박민호)뽑아 주셔서 …``), or of the name the post's title writes beside
  the word the question addresses its answerer by (``감독님``: ``홍길동 감독, 주장 김철수
  기자회견``), or of the office a question honours as its subject (``■ 조합장께서 …`` / ``= …``: a
  source without a name; the asker's paraphrase in a question is no quotation); ``“…”는 소감을
  밝혔다`` (the noun a reporting verb takes) is a quotation too;
- a media day's remark under its speaker's label on one line (``가상구단 홍길동 감독 “…”``: nouns,
  then double marks closing the line) is said whole, a sentence or not, by the person named after
  the team's name;
- a cue sheet's bite in marks broken over lines (``" 장사가 잘되고`` / ``손님 많았으면.."``) is one
  quotation, said by the caption above it;
- ``A는 “…”라며 답했고 B는 “…”며 웃었다``: a piece whose own verb closes its clause with 고 is
  reported by that verb, and the topic after the 고 speaks the next;
- a report of a report (``당국자는 장관이 “…”고 말했다고 전했다``) is said by the subject inside
  it, and its reporting verb (``…라고 설명했다고 전했다``) is no quotation of its own;
- an excerpt that opens mid-article has its first sentence where the title stands: a title that
  ends with a full stop or holds two sentences (no headline does; an excerpt with no line break
  is all one line), or is one quotation with its full stop inside the marks (a lead, said by the
  next sentence's subject; a subtitle right above the body so too), or a quotation whose words the
  first sentence says are someone's (``…홍길동 감독의 출사표다.``), is searched as a paragraph; a paragraph a page prints
  twice is read once, and so is a quotation of ten letters or more repeated word for word;
- ``“…” 모 가상협회 회장의 말이다.``: the sentence says whose words they are, and so does a credit
  in brackets after the marks (``“…”(5년 이*형 母, 박*은)``) or a noun for words said after them
  (``“…”는 홍길동 지사의 발언``, ``“…”는 게 그의 설명이다``); ``…다고 경고한 셈이다`` is the writer's
  gloss, no quotation;
- words a page printed without their marks, glued to the speaker's topic (``홍길동 회장은그동안 …``),
  are a direct quotation up to the clause a reporting verb takes or the paragraph's end
  (:mod:`.unmarked`).

The words around quotations (reporting verbs, anonymity markers, the words that carry a speaker
over or point back, what a closing mark takes) are rows of ``data/quote_words.tsv``. The modules:
``read`` (an article's quotations, chain by chain), ``find`` and ``clauses`` (the quotations and how
they go on: ``marks``, the spans of marks; ``direct``, a quotation in them; ``endings`` and
``indirect``, a reported clause; ``predicates`` and ``particles``, its verb and speaker's particle;
``vocabulary`` and ``found``, the words and records they share; ``remarks``, a label's remark), ``attribute`` (who said them; ``phrases``, ``around``, ``voices``, ``answers`` … the
ways a speaker is named; ``written``, the speaker as the article prints them), ``table`` (the
rows) and ``ledger`` (sources and sourcing).
"""

from __future__ import annotations

import pandas as pd

from ..article import Article
from ..rows import records
from .ledger import SOURCE_COLUMNS, SOURCING_COLUMNS, sources, sourcing
from .read import quote_rows
from .table import QUOTE_COLUMNS, quote_table

__all__ = [
    "QUOTE_COLUMNS",
    "SOURCE_COLUMNS",
    "SOURCING_COLUMNS",
    "quotes",
    "sources",
    "sourcing",
]


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
        speaker: the fullest form of the speaker the article prints: a person's full name (박원순
            for 박 시장); else an organisation's or place's name (질병관리청; 민주노총 where the
            article never prints 전국민주노동조합총연맹: a table's form is never the speaker); else
            the phrase as written (재판부, 한 업계 소식통); empty when the article names no speaker
            before it.
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
