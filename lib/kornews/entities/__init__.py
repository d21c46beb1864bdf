"""People, organisations and places named in an article, and who appears with whom.

Kiwi tags proper nouns (NNP) but has no named-entity recogniser, and it tags some names as
common nouns (송민기/NNG, 조영+숙). So the engine reads *runs*: nouns written together in one
word (금융+위원장, 서울시장, 조영+숙), and decides with reference tables in ``data/``:

- ``organisations.tsv`` and ``places.tsv`` name organisations and places with their short
  forms (금융위 -> 금융위원회; 서울, 서울시 -> 서울특별시); a place's short form counts only where
  Kiwi tags it a proper noun (경기 is also "the economy") or in a list with another place (양주·포천);
  a name in words apart is read whole (LG 트윈스); a proper noun with a place's last letter and no
  title is a place the tables lack (가상시), and so is the same word elsewhere;
- ``titles.tsv``: a run ending in a title splits into what stands before it and the title, and
  the title may swallow the last letter of a name (서울시+시장 is 서울시장, 질병청+청장 질병청장,
  금융위+위원장 금융위원장); the part before it is looked up as above, and a university's short form
  is linked within the article (한빛대 for 한빛대학교);
- ``org_suffixes.tsv``: a proper noun ending in 부, 청, 위원회, 은행, 전자, 홀딩스, 동맹 ... names an
  organisation (the table says which endings count on common nouns too), but not after two
  countries' letters (한미동맹 is a pact); a proper noun or Latin letters a word before one who speaks
  for it (가람기획 관계자, VHQ 측: ``name_words.tsv``'s ``voice``), or as a source (가람연대에
  따르면), is an organisation too, unless shaped
  like a person's name (박가람 측 is a person's camp);
- ``surnames.tsv``: a run of two to four syllables starting with a surname, with a title after it
  (after organisations or places in between: 윤석준 한국콘텐츠진흥원 이사장) or written just
  before it (대변인 박지현 씨), names a person, and every other mention of that name in the article
  counts too; a surname alone before a title (박 시장, 이씨) is a short form, linked to the last
  person of that surname named before it (the last named with that title first: 김 감독), but a
  surname with 씨 after a pseudonym of that surname (조모씨 … 조씨) names no one. A title may be
  glued to a unit or field the tables do not name (오경민 광역수사대장) where the table allows it
  (전통시장 is a market), and belongs to the nearest name before it (가람시 김철수 시장). A full name Kiwi tags one proper noun is a name with
  no title too when it recurs or is a subject or topic (오지환은: sports copy), or stands before a
  word for the government it heads (김민수 정부); so is one Kiwi cuts after its surname (김+태환) when
  it is a subject or topic twice. Where Kiwi cuts a
  name into pieces (박지+현, 김+의+겸), a written word of a surname and two syllables before a word that is a title
  (박지현 대변인은, 김의겸 대변인,) is a name, unless Kiwi read it as a verb form (선정된 작가), and
  so is a word of a surname and one syllable Kiwi read as a noun and 이 (왕+이 외교부장은). A
  number glued to a title ranks it (국가안보실 2차장), 전 (former) may stand before it (박 전 지사);
  a word that is a title whole (부총리 겸 장관) is no name. A foreign name is two or three proper nouns written apart
  before a title (마리아 코스타 브라질 외무부 대변인) or after one written whole (독일 총리 프리드리히 메르츠가;
  one proper noun with a space in it, as Kiwi
  keeps some, or a family name it cut in two, 로스+웰), its last word with a title a short form (코스타
  대변인), and its first (요시하라 감독: a Japanese name writes the family name first); a broadcast
  caption names a person and a role (or a bare name after ◀SYN▶), which gives the person's title and
  organisation, as the parser reads it (:attr:`kornews.article.Part.speaker` and ``role``: [인터뷰]
  장현숙 / 옷가게 운영, [김순자 / 가상시 중앙동 주민], [한예린 / 가람대 교수 : …]), placed in the
  paragraph it speaks for; its role is no body text, so never a name;
- ``name_words.tsv``: the last letters of places the tables may not hold and of common nouns shaped
  like names, and the particles a title takes in the same written word.
A script's speaker mark (``⊙홍길동(가상당 의원):``) names a person whatever the name ends in; a
member's organisation first in brackets (``박가상(가상당, 비례)``) names both; the press of
``outlets.tsv`` is an organisation (by a Hangul form or a Latin one in capitals, KNN), but not in
its credits (a copyright, print or summary line with a cue of ``name_words.tsv``, a byline after its
name, or its name ending a line after a dash or slash: the outlet that publishes the story is no
organisation the story names); names listed with a dot share the title after the last (가람당
홍길동·나라당 김철수 원내수석부대표); a village the press numbers (``가람2리``) is read as a place, so that it is
no one's name, then left out (``villages``). Names are
looked up whole-word only (no 민주당 in 열린민주당). Never persons: a surname with 씨 and no full
name in the article (``박 씨`` of ``박모 씨``), and people only named with a reporter's title who are
never the subject of a sentence (bylines and credits: ``홍길동 기자``).

Residents named with their age and home (``홍길동(67·가상면 한빛)``) are persons and the home a place
(not a job, 회사원, nor the hamlet after it); a family name with a head's title links to a leader of
``leaders.tsv`` (트럼프 대통령: 도널드 트럼프); a place's office before 에서 or a spot (가람시청 앞, 가람시청
대회의실: ``name_words.tsv``'s ``office`` and ``spot``) is a building, no organisation; a kind of body
before an ending (지역농협: ``generic``) is none; people in a roll call with a role noun after
them (김철수 가람1리 이장, 박영희 노인회장) are persons; a chapter named by its place after its parent
(대한노인회 브라질지회: ``chapter``) and a city council's committee (가람시 건설위원회: ``committee``)
are one body; a place abroad is named as printed, and a listed place or body printed only as a Latin
abbreviation (KAIST, LA) by it (``printed``); a village (가람2리, 한빛리) is no place (``villages``); a listed place Kiwi cut into pieces (칠/NR+곡+군이) is
read whole. An organisation and its branch or unit a word after it (가람농협 한빛지점, 가람고 총동문회:
``branch``), or an embassy after the country it is posted in (주가람 대한민국대사관), is one body, as
written; proper nouns in a comma list whose named members are all organisations are organisations
(rule ``series``); players in brackets after their team (가람대표(김가람,이나래)) and a name before 등
and a head count are people; a short name ending in ``neighbourhood``'s letter a space after a place
(가람구 본동) is a place; the places of a postal address (two or more before a road and its number)
are none. A foreign name with no title counts where a given name comes first (데이빗 가르시아:
``given_names.tsv``), its last word alone (가르시아는) that person; a masked name (배모씨) is no one;
townships written two to one ending (가람‧나래면) are two places; a region (유럽) is no one's
affiliation; a station written short by its district (동부서) is the station; what a photo's credit
names (사진=가람뉴스), a judge's bench in brackets and a portal in a share row name nothing.

The engine's modules: ``lexicon`` (the tables, runs, the records), ``titles`` (titles around a
name), ``foreign`` (foreign names), ``places`` (places the tables lack or Kiwi cut),
``units`` (bodies with their branch or unit), ``stations`` (a station by its district: 동부서), ``series`` (bodies listed with organisations),
``organisations`` (organisations and places), ``credits`` (the press in its credits), ``members`` (members with their organisation, residents
with their age, in brackets), ``heads`` (offices with their head in brackets), ``associations``
(an association named by its place: 하와이 한인회), ``letters`` (Korea and another
country by their letters: 한미), ``rosters`` (players in brackets),
``addresses`` (postal addresses' places), ``printed`` (places abroad named as printed: 샌디에고; LA printed alone),
``villages`` (villages left out), ``voices`` (the people a script names as its
speakers, and a sound bite's label kept a paragraph: 홍길동 / 가상시장 상인), ``pieces`` (names Kiwi cut
into pieces), ``joined`` (a given name and a family name written together: 헬렌장), ``declared`` (a short form declared in brackets: 가람재단(이하 재단)), ``reports`` (an
outlet cited by its report: 가람 헤럴드에서 보도했다), ``people`` (people, linked; a match, 성남전, and a
league's brand, 한가람 야구리그, are no one), ``graph`` (counts, co-occurrence, the graph).
Nothing is downloaded and nothing is learned: what the tables do not hold is not found.
"""

from __future__ import annotations

from operator import attrgetter
from typing import NamedTuple

import pandas as pd

from ..article import Article
from ..schema import typed
from .addresses import without_addresses
from .areas import areas
from .associations import associations
from .camps import with_camps
from .credits import without_credits
from .declared import declared_short_forms
from .graph import cooccurrence, entity_counts, entity_graph
from .latin import latin_ended
from .letters import country_letters
from .lexicon import lexicon
from .menus import without_menus
from .organisations import organisations_and_places
from .people import people
from .places import short_provinces
from .printed import as_printed
from .runs import sentences
from .villages import without_villages

__all__ = [
    "ENTITY_COLUMNS",
    "KINDS",
    "cooccurrence",
    "entities",
    "entity_counts",
    "entity_graph",
    "lexicon",
]


class EntityRow(NamedTuple):
    """One row of the :func:`entities` table (its columns, in order)."""

    entity: str
    kind: str
    text: str
    title: str | None
    affiliation: str | None
    rule: str
    section: int
    paragraph: int
    sentence: int
    start: int
    end: int


ENTITY_COLUMNS = list(EntityRow._fields)
KINDS = ("person", "organisation", "place")


def entities(tokens: pd.DataFrame, article: Article) -> pd.DataFrame:
    """One row per mention of a person, organisation or place in the title, headings and body,
    in text order.

    ``tokens`` is ``article``'s :func:`kornews.tokenize` table.

    Columns:
        entity: the full name: a person's name as first written in full (박원순 for 박 시장), an
            organisation's or place's name in the tables (금융위원회 for 금융위, 서울특별시 for 서울시;
            a place abroad as the article prints it, 샌디에고), else as written.
        kind: person, organisation or place.
        text: the mention as written (``article.text[start:end]``): 박 시장, 금융위, 서울시, 이씨.
        title: the title written with a person's mention (장관, 시장, 씨), else empty.
        affiliation: for a person, the organisation or place written between the name and the title
            (기획재정부 in 김민수 기획재정부 장관, 서울특별시 in 박원순 서울시장), else just before a titled
            name (국민의힘 in 국민의힘 김태호 원내대표, 법무부 in 법무부 대변인 박지현 씨), else empty.
        rule: what found it: ``list`` (the reference tables), ``suffix`` (an organisation's ending),
            ``kind`` (a proper noun after the word for its kind: 일간지 인디펜던트),
            ``title`` (a name before or after a title), ``name`` (a name found with a title
            elsewhere in the article), ``surname`` (a surname and a title, linked to a full
            name), ``bracket`` (a name with its organisation first in brackets: 박가상(가상당, 비례)),
            ``series`` (a body in a list with organisations), ``code`` (a company with its stock
            code in brackets: 가람전자(012345)).
        section, paragraph, sentence: as in :func:`kornews.tokenize`.
        start, end: the mention's span in ``article.text``.
    """
    return entity_table(entity_rows(tokens, article))


def entity_rows(tokens: pd.DataFrame, article: Article) -> list[EntityRow]:
    """The rows of :func:`entities`' table, as records: what a
    corpus verb gathers over many articles into one table (:func:`entity_table`)."""
    read = sentences(tokens, article.text)
    bodies = areas(read, latin_ended(read, organisations_and_places(read)))
    bodies = country_letters(read, bodies)
    found = without_credits(with_camps(people(bodies, read, article), article.text), article.text)
    text = article.text
    found = short_provinces(without_addresses(associations(text, found), text), text)
    found = without_villages(as_printed(without_menus(found, text), text))
    found = declared_short_forms(read, found, text)
    # Sorted (stable), and no table made here: a table of records, then sorted, cost more.
    return [
        EntityRow(
            entity=m.entity,
            kind=m.kind,
            text=text[m.start : m.end],
            title=m.title,
            affiliation=m.affiliation,
            rule=m.rule,
            section=m.where.section,
            paragraph=m.where.paragraph,
            sentence=m.where.sentence,
            start=m.start,
            end=m.end,
        )
        for m in sorted(found, key=lambda m: (m.start, m.end))
    ]


def entity_table(rows: list[EntityRow]) -> pd.DataFrame:
    """:func:`entities`' table of ``rows`` (:func:`entity_rows`, of one article or many)."""
    return typed("entities", {name: list(map(attrgetter(name), rows)) for name in ENTITY_COLUMNS})
