"""The gazetteer of places abroad (places_abroad.tsv with places.tsv's countries): its rows' shape,
the press's other spellings, and the names that are Korean words too (the ``common`` column), read
both ways on invented sentences."""

import pytest

from entity_rows import entities_of
from kornews import tables
from kornews.entities.lexicon import countries, lexicon

LEVELS = {"country", "city abroad", "district abroad", "state abroad", "region"}


def _places(body: str) -> list[list[str]]:
    return entities_of(body).query("kind == 'place'")[["entity", "text"]].values.tolist()


def test_every_row_abroad_has_a_level_and_a_listed_country():
    for row in tables.table("places_abroad.tsv"):
        assert row.level in LEVELS, row.name
        assert row.common in ("", "yes"), row.name
        assert all(parent in countries() for parent in filter(None, row.parent.split(","))), row
        assert (row.level == "country") == (not row.parent) or row.level == "region", row.name


def test_no_place_is_listed_twice_and_every_form_reads_as_its_row():
    names = [row.name for row in tables.table("places.tsv") + tables.table("places_abroad.tsv")]
    assert len(names) == len(set(names))
    clashes = {
        (row.name, form)
        for row in tables.table("places_abroad.tsv")
        for form in [row.name, *filter(None, row.short.split(","))]
        if lexicon()[form].name != row.name
    }
    assert clashes == set()


@pytest.mark.parametrize(
    "body, places",
    [
        (
            "홍길동 씨는 퀸스랜드 주민들과 맨하탄 한인들을 만났다.",
            [["퀸스랜드", "퀸스랜드"], ["맨하탄", "맨하탄"]],
        ),
        ("플로리다주에서 선거가 치러졌다.", [["플로리다주", "플로리다주"]]),
        ("광둥 지역 업체들이 참여했다.", [["광둥", "광둥"]]),
        ("NSW 정부는 새 정책을 발표했다.", [["NSW", "NSW"]]),
    ],
)
def test_a_place_abroad_is_named_as_printed_its_spelling_and_its_abbreviation_alone(body, places):
    # the lead's decision (issue 22): a spelling is the name as printed, an abbreviation alone (NSW) too
    assert _places(body) == places


@pytest.mark.parametrize(
    "word, common, proper",
    [
        ("인도", "차량이 인도에 멈췄다.", "인도 정부는 규정을 바꿨다."),
        ("인도", "승용차가 인도로 돌진했다.", "그는 인도에서 일했다."),
        ("파리", "파리가 날아다녔다.", "파리에서 회의가 열렸다."),
        ("수단", "수단을 가리지 않았다.", "수단 정부는 새 정책을 발표했다."),
        ("선전", "선전 담당자가 왔다.", "선전 시내에서 박람회가 열렸다."),
        ("시안", "시안을 마련했다.", "시안 시내에서 박람회가 열렸다."),
        ("저장성", "저장성이 좋은 식품이다.", "저장성 정부는 새 정책을 발표했다."),
    ],
)
def test_a_name_that_is_a_korean_word_too_is_a_place_only_as_a_proper_noun(word, common, proper):
    assert _places(common) == []
    assert _places(proper)[0] == [word, word]


def test_the_common_column_marks_the_korean_words():
    marked = {
        row.name
        for row in tables.table("places.tsv") + tables.table("places_abroad.tsv")
        if row.common == "yes"
    }
    assert {"인도", "파리", "수단", "가나", "선전"} <= marked
    assert lexicon()["인도"].common and not lexicon()["인도네시아"].common


def test_a_listed_place_that_starts_as_a_surname_does_names_its_body_before_a_title():
    # 하노이 starts as 하 does: listed, it is no person's name before 한인회장.
    found = set(
        map(tuple, entities_of("홍길동 하노이한인회장은 말했다.")[["entity", "kind"]].values)
    )
    assert found == {("홍길동", "person"), ("하노이한인회", "organisation")}
