"""People, organisations and places in the shapes quotes/heldout16 missed or misread, on invented
text: heads listed in brackets after their office, a body written with Latin letters and a plus
sign, a listed body with a reporter's title glued to it, a desk's tag and an outlet's dated line
signing a story off, a surname's letter glued to the word before, a university before its head's
name, a place before a trip's word."""

import pytest

from entity_rows import entities_of
from entity_rows import kinds_of as _found
from kornews import tables


def test_heads_listed_with_a_dot_in_an_offices_brackets_are_people_each():
    found = _found("H+가람병원(이사장 김철수·병원장 박나래)이 개원식을 열었다.")
    assert {("김철수", "person"), ("박나래", "person")} <= found
    assert ("H+가람병원", "organisation") in found


def test_a_head_in_brackets_a_space_after_the_body_and_a_title_with_a_word_before_it():
    table = entities_of("광주 밝은 가람연대 (상임대표 박나래) 회원들은 회견을 했다.")
    people = table.query("kind == 'person'")
    assert people[["entity", "title"]].values.tolist() == [["박나래", "상임대표"]]
    # The body's name may run over words before the bracket: none read from its last word.
    assert "가람연대" not in set(table["entity"])


def test_a_body_written_with_latin_letters_and_a_plus_sign_is_named_whole():
    table = entities_of("H+가람병원 1관에서 기념식이 열렸다.")
    organisations = table.query("kind == 'organisation'")
    assert organisations[["entity", "text"]].values.tolist() == [["H+가람병원", "H+가람병원"]]


def test_a_listed_body_with_a_reporters_title_glued_to_it_is_the_body():
    found = _found("간담회에는 연합뉴스특파원과 KTV가 참석했다.")
    assert ("연합뉴스", "organisation") in found
    assert ("연합뉴스특파원", "organisation") not in found


def test_a_desks_tag_in_angle_brackets_ending_the_story_is_no_organisation():
    found = _found("간담회에는 KTV가 참석했다. <동포사회부>\n")
    assert found == {("KTV", "organisation")}


def test_a_desks_tag_inside_a_sentence_is_still_read():
    # Not at its line's end: a name in brackets the sentence goes on after.
    assert ("가람사회부", "organisation") in _found("<가람사회부>가 자료를 냈다.")


def test_an_outlets_line_with_only_a_date_and_time_signs_the_story_off():
    found = _found("김가람 의원은 사과를 촉구했다.\n새가람신문 / 2022.01.19 16:56:30")
    assert ("새가람신문", "organisation") not in found
    assert ("김가람", "person") in found


def test_a_surnames_letter_glued_to_the_word_before_names_no_one():
    # 쿨~한 총장: 한 is the adjective's ending written onto 쿨~, no surname alone before a title.
    assert not _found("학생들에게 밥을 사는 쿨~한 총장이 되겠다.")
    assert _found("“박 시장은 옳다”고 말했다. 박가람 시장이 왔다.") == {("박가람", "person")}


def test_a_university_before_its_heads_name_is_no_part_of_the_name():
    found = _found("가람대 김가람 총장은 기숙사를 늘려 가람대 재학생들의 박수를 받았다.")
    assert ("김가람", "person") in found
    assert ("가람대", "organisation") in found
    assert not any(" " in name for name, kind in found if kind == "person")


@pytest.mark.parametrize(
    "row", [r for r in tables.table("name_words.tsv") if r.role == "trip"], ids=lambda r: r.word
)
def test_each_trip_word_names_the_place_written_before_it(row):
    table = entities_of(row.example)
    places = table.query("kind == 'place'")
    assert len(places) == 1
    assert row.example.startswith(places["text"].iloc[0] + row.word)


def test_a_trip_word_after_no_place_names_none():
    assert not _found("가람연수를 다녀왔다. 해외방문을 마쳤다.")


def test_indonesia_by_the_short_form_the_press_writes():
    assert ("인도네시아", "place") in _found("인니 정부는 규정을 완화했다.")


@pytest.mark.parametrize(
    "row", [r for r in tables.table("name_words.tsv") if r.role == "shares"], ids=lambda r: r.word
)
def test_each_sectors_shares_is_no_name_however_often_a_subject(row):
    assert row.example.startswith(row.word)
    assert "person" not in set(entities_of(f"{row.example} {row.word}는 더 올랐다.")["kind"])


def test_a_name_before_its_governments_term_and_the_word_for_it_is_a_persons():
    # 가람위 2기정부: one proper noun, then the term (기) and 정부 written onto its number.
    found = _found("가람자동차 공장과 조코위 2기정부의 협력이 논의됐다.")
    assert ("조코위", "person") in found
    assert not {kind for _, kind in _found("조코위 2차 회의가 열렸다.")} & {"person"}


def test_a_union_branch_by_the_unions_short_name_is_one_body_however_written():
    # 전공노 (전국공무원노동조합) and its branch: written apart, glued, and short, one body.
    table = entities_of(
        "회원들은 전공노강서지부의 활동을 규탄했다. 전공노 강서지부의 활동은 멈춰야 하며 강서지부는 해체하라고 요구했다."
    )
    organisations = table.query("kind == 'organisation'")
    assert set(organisations["entity"]) == {"전공노 강서지부"}
    assert list(organisations["text"]) == ["전공노강서지부", "전공노 강서지부", "강서지부"]


def test_a_schools_short_form_before_its_graduating_class_in_brackets():
    found = _found("그는 가람대(6기)를 졸업하고 한빛고(3기) 동기들과 일했다.")
    assert {("가람대", "organisation"), ("한빛고", "organisation")} <= found
    # A number in brackets that is no class (a count) shows nothing.
    assert ("가람대", "organisation") not in _found("가람대(6곳)를 둘러봤다.")


def test_a_post_in_a_list_of_posts_is_no_body():
    # 가람청 수사과장, 치안지도관, …: the list's members are posts; the one with no body before
    # its title (지도관, titles.tsv) is no organisation.
    found = _found("그는 가람경찰청 수사과장, 치안지도관, 한빛경찰청 정보과장을 지냈다.")
    assert ("치안지도관", "organisation") not in found
    assert {("가람경찰청", "organisation"), ("한빛경찰청", "organisation")} <= found
