"""People, organisations and places in the shapes quotes/heldout25 missed or misread, on invented
text: local and voluntary bodies (a fishing guild, a memorial society, a community chest, a
city's orchestra), names as printed (a Latin abbreviation alone), villages left out."""

from entity_rows import entities_of
from entity_rows import kinds_of as _found


def test_a_latin_abbreviation_printed_alone_names_the_body():
    # names as printed (the lead's decision on issue 22): KAIST alone is KAIST
    assert ("KAIST", "organisation") in _found("홍길동 KAIST 교수가 말했다.")


def test_a_latin_abbreviation_links_to_the_full_name_printed_beside_it():
    table = entities_of("한국과학기술원은 행사를 열었다. KAIST 학생들이 모였다.")
    assert table["entity"].tolist() == ["한국과학기술원"] * 2


def test_local_bodies_are_organisations():
    for body, name in [
        ("가상어기조합은 행사를 열었다.", "가상어기조합"),
        ("가상어촌계는 잔치를 열었다.", "가상어촌계"),
        ("가상기념사업회는 추모식을 열었다.", "가상기념사업회"),
        ("가상사회복지공동모금회에 성금을 전달했다.", "가상사회복지공동모금회"),
    ]:
        assert (name, "organisation") in _found(body), body


def test_a_memorial_society_alone_is_no_body():
    assert _found("기념사업회 발족 준비가 한창이다.") == set()


def test_a_village_is_no_place_even_unnumbered():
    assert _found("한빛리 주민들이 모였다. 가상3리에서도 왔다.") == set()
