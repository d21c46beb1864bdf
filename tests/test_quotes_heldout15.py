"""The shapes of quotes/heldout15's misses (benchmarks/real/quotes/heldout15/first-reading.md), on
invented sentences: a Q&A under a site's weather widget, a club head's title, a police station
after a clause naming someone else, a county with its province, and the organisations and places
named in those shapes."""

import pytest

from entity_rows import kinds_in as _found
from kornews import tables
from quote_rows import tables_of

TITLE = "시험 기사 제목\n"


@pytest.mark.parametrize(
    "row", [r for r in tables.table("name_words.tsv") if r.role == "ssi-word"], ids=str
)
def test_each_common_noun_ending_in_ssi_names_nobody(row):
    # 주간날씨 is no 주간날 with the honorific 씨 glued on.
    first = row.example.split()[0]
    assert first.endswith(row.word)
    _, entities = tables_of(TITLE + row.example)
    assert "person" not in set(entities["kind"])


def test_a_principals_answers_under_a_weather_widget_are_the_role_the_introduction_asks():
    text = (
        "주간날씨\n\n교육\n\n우리 학교 교장선생님\n"
        "학교의 친구 교장선생님께 여러가지 질문을 해보았다.\n"
        "Q 교장선생님께서 하시는 일은 무엇인가요?\n"
        "A: 학생들이 잘 배울 수 있도록 돕는 것입니다.\n"
    )
    quotes, entities = tables_of(text)
    assert "person" not in set(entities["kind"])
    assert list(quotes["speaker"]) == ["교장선생님"]
    assert list(quotes["anonymous"]) == [True]


@pytest.mark.parametrize("title", ["동호회장", "동문회장"])
def test_a_club_heads_title_leaves_the_name_as_the_speaker(title):
    text = TITLE + f"한가람 {title}은 “모두의 노력으로 우승해 기쁘다”고 말했다.\n"
    quotes, entities = tables_of(text)
    assert list(quotes["speaker"]) == ["한가람"]
    assert ("한가람", "person") in set(zip(entities["entity"], entities["kind"]))


def test_a_county_offices_club_is_one_organisation():
    found = _found(TITLE + "가람시청 축구동호회가 도 공무원 축구대회에서 우승했다.\n")
    assert ("가람시청 축구동호회", "organisation") in found
    assert ("가람시청", "organisation") not in found


@pytest.mark.parametrize("short", ["전남도", "경북도", "충남도"])
def test_a_provinces_short_form_with_its_do_is_the_province(short):
    full = {"전남도": "전라남도", "경북도": "경상북도", "충남도": "충청남도"}[short]
    _, entities = tables_of(TITLE + f"{short}는 공무원 축구대회를 열었다.\n")
    places = entities.query("kind == 'place'")
    assert list(places["entity"]) == [full]
    assert list(places["text"]) == [short[:2]]  # the 도 is the province's word


def test_the_body_after_a_clause_naming_a_person_speaks_not_the_person():
    text = TITLE + (
        "고(故) 김가람씨 유골함 도난 사건을 수사 중인 경기도 한빛경찰서는 26일 용의자를 "
        "검거했다고 밝혔다.\n"
    )
    quotes, _ = tables_of(text)
    assert list(quotes["speaker"]) == ["한빛경찰서"]


def test_a_county_written_with_its_province_speaks_as_the_county():
    text = TITLE + "경남 가람군은 지난 9일 주민과의 대화를 열었다고 밝혔다.\n"
    quotes, _ = tables_of(text)
    assert list(quotes["speaker"]) == ["가람군"]


def test_a_ministry_after_its_country_stays_as_written():
    # A country before a body is no place it stands in: 한국 외무부 stays the phrase.
    text = TITLE + "한국 외무부는 회담이 열린다고 밝혔다.\n"
    quotes, _ = tables_of(text)
    assert list(quotes["speaker"]) == ["한국 외무부"]


@pytest.mark.parametrize(
    "row", [r for r in tables.table("quote_words.tsv") if r.role == "asker"], ids=str
)
def test_each_askers_label_makes_the_titled_lines_the_named_ones_answers(row):
    quotes, _ = tables_of(TITLE + row.example.replace("\\n", "\n"))
    assert list(quotes["text"]) == ["지역이 함께 성장할 것입니다."]
    assert list(quotes["kind"]) == ["direct"]
    assert list(quotes["speaker"]) == ["홍길동"]


def test_an_answer_labelled_by_a_title_no_one_holds_is_said_by_the_role():
    text = TITLE + (
        "가람시 선거사무소를 찾았다.\n"
        "기자 : 공약을 어떻게 보십니까?\n"
        "실장 : 전혀 아니고요. 함께 성장할 것이라고 예상합니다.\n"
    )
    quotes, _ = tables_of(text)
    # One direct quotation, the whole line: no indirect one read inside it.
    assert list(quotes["kind"]) == ["direct"]
    assert quotes["text"].iloc[0].startswith("전혀 아니고요.")
    assert list(quotes["speaker"]) == ["실장"]


def test_a_request_in_marks_ending_in_geot_is_reported_by_the_verb_after_it():
    text = TITLE + (
        "주민 대표들은 “도로 확장, 주차장 설치 등 각종 사업에 우선 배려해 줄 것”을 건의했다.\n"
        "가람시는 “공모 사업”을 발표했다.\n"
    )
    quotes, _ = tables_of(text)
    # The request is reported; a title in marks (공모 사업) is no request.
    assert list(quotes["text"]) == ["도로 확장, 주차장 설치 등 각종 사업에 우선 배려해 줄 것"]
    assert list(quotes["verb"]) == ["건의하다"]


def test_a_role_no_one_is_named_with_is_a_source_without_a_name():
    text = TITLE + "마을이장은 “주민 갈등을 바르게 이해해 줄 것”을 건의했다.\n"
    quotes, _ = tables_of(text)
    assert list(quotes["speaker"]) == ["마을이장"]
    assert list(quotes["anonymous"]) == [True]


def test_hearsay_closed_by_handa_is_an_indirect_quotation_of_the_honoured_subject():
    text = (
        TITLE
        + "교장선생님께서 학생들과 친하게 지내고 있다고 한다. 학교는 다음 달 축제를 연다고 했다.\n"
    )
    quotes, _ = tables_of(text)
    # 한다 closing the sentence is what one is told; 했다 (past) stays no quotation.
    assert list(quotes["text"]) == ["학생들과 친하게 지내고 있다"]
    assert list(quotes["verb"]) == ["하다"]
    assert list(quotes["speaker"]) == ["교장선생님"]
    assert list(quotes["anonymous"]) == [True]


def test_a_sites_link_list_names_no_organisation_but_the_story_does():
    text = "시험 기사 제목\n사이트 링크\n가람군청\n가람경찰서\n가람교육청\n가람군청은 이날 행사를 열었다.\n"
    _, entities = tables_of(text)
    assert list(entities["text"]) == ["가람군청"]
    assert entities["start"].iloc[0] == text.index("가람군청은")


def test_a_day_after_its_number_is_no_country_in_a_list():
    found = _found(TITLE + "지난 3월 30일, 세종시 후보자 토론회가 열렸다.\n")
    assert found == {("세종특별자치시", "place")}


@pytest.mark.parametrize(
    "row", [r for r in tables.table("name_words.tsv") if r.role == "camp"], ids=str
)
def test_each_camps_word_after_a_persons_name_makes_one_organisation(row):
    found = _found(TITLE + row.example)
    assert found == {("김민수", "person"), (f"김민수 {row.word}", "organisation")}


def test_a_proper_noun_ending_in_latin_capitals_is_an_organisation_where_it_acts():
    found = _found(
        TITLE + "가람HCN은 새 지역 프로그램을 방영한다고 밝혔다. 코로나19 확산이 이어졌다.\n"
    )
    assert found == {("가람HCN", "organisation")}
    # Named only before a guest's title, as in a caption's list of guests: no body the story names.
    found = _found(TITLE + "이날 행사에는 홍길동 한빛YMCA 사무총장 등이 참석했다.\n")
    assert ("한빛YMCA", "organisation") not in found


def test_a_village_association_is_an_organisation():
    found = _found(TITLE + "마을이장은 가람마을회 현안을 설명했다. 마을회관은 새로 지었다.\n")
    assert ("가람마을회", "organisation") in found
    assert not any(entity.startswith("마을회관") for entity, _ in found)


@pytest.mark.parametrize(
    "row", [r for r in tables.table("name_words.tsv") if r.role == "thing-ending"], ids=str
)
def test_each_things_ending_keeps_a_bare_word_from_being_a_name(row):
    _, entities = tables_of(TITLE + row.example)
    assert "person" not in set(entities["kind"])


def test_an_mc_named_after_her_title_is_a_person():
    found = _found(TITLE + "변호사 김가람(브레인)과 MC 강민지(시사걸)가 함께 참여한다.\n")
    assert {("김가람", "person"), ("강민지", "person")} <= found


def test_a_name_ending_in_dong_with_its_title_after_a_place_is_a_person_not_a_neighbourhood():
    found = _found(TITLE + "가람시 홍길동 실장은 공약을 설명했다. 가람구 한빛동 주민들이 모였다.\n")
    assert ("홍길동", "person") in found
    assert ("홍길동", "place") not in found
    assert ("한빛동", "place") in found


def test_a_sentence_in_single_marks_a_noun_for_words_said_takes_is_a_quotation():
    text = TITLE + (
        "김가람 의원은 ‘동료의 부친이 상을 받았으니 박탈해야 한다’는 취지의 허위 사실을 퍼뜨렸다. "
        "그는 ‘적폐’라는 말을 썼다.\n"
    )
    quotes, _ = tables_of(text)
    # Three words or more and a sentence's ending; a word in marks (‘적폐’) stays a name for a thing.
    assert list(quotes["text"]) == ["동료의 부친이 상을 받았으니 박탈해야 한다"]
    assert list(quotes["speaker"]) == ["김가람"]


def test_a_pitcher_named_after_his_position_is_a_person():
    found = _found(TITLE + "6회 초 가상구단은 바뀐 한빛팀의 투수 이병호를 맞아 4점을 쫓아갔다.\n")
    assert ("이병호", "person") in found


@pytest.mark.parametrize(
    "row", [r for r in tables.table("name_words.tsv") if r.role == "area"], ids=str
)
def test_each_area_word_leaves_the_place_written_onto_it(row):
    _, entities = tables_of(TITLE + row.example)
    places = entities.query("kind == 'place'")
    assert len(places) == 1
    assert row.example.split()[0] == places["text"].iloc[0] + row.word
