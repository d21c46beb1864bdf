"""People, organisations and places in the shapes quotes/heldout14 missed or misread, on invented
text: an organisation with its branch or unit, a postal address's places, ..."""

import pytest

from test_entities import entities_of


def _found(body: str) -> set[tuple[str, str]]:
    table = entities_of(body)
    return set(zip(table["entity"], table["kind"], strict=True))


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("가람농협 한빛지점 계장은 보이스피싱 피해를 막았다.", "가람농협 한빛지점"),
        ("가람지법 한빛지원 형사1단독 김가람 부장판사는 판결했다.", "가람지법 한빛지원"),
        ("가람고 총동문회와 동문들이 장학금을 기탁했다.", "가람고 총동문회"),
        ("가람노조 한빛지부는 성명을 냈다.", "가람노조 한빛지부"),
    ],
)
def test_an_organisation_and_its_branch_or_unit_are_one_named_whole(body, name):
    found = _found(body)
    assert (name, "organisation") in found
    # Neither part stands alone beside the whole.
    assert not {(part, "organisation") for part in name.split()} & found


def test_a_listed_places_office_as_one_common_noun_before_its_unit():
    # Kiwi may read a city's office as one common noun (충주시청/NNG): with a unit after it, a body.
    assert ("충주시청 직장운동경기부", "organisation") in _found(
        "충주시청 직장운동경기부가 전국체전에서 금메달을 땄다."
    )


def test_a_places_office_alone_is_no_new_body():
    # Alone, such a word is as often the building (the gold reads 대구시청에 대한 감사 as one).
    assert not _found("충주시청에 대한 감사가 열렸다.")


def test_the_places_of_a_postal_address_are_none():
    found = _found(
        "가람신문 경기도 수원시 장안구 가람로941, 2층 101호(영화동 한빛타운) 발행인 : 김가람\n"
    )
    assert not {kind for _, kind in found} & {"place"}


def test_places_before_a_particle_and_a_number_are_still_places():
    found = _found("그는 경기도 수원시 장안구로 3일 이사했다.")
    assert {("경기도", "place"), ("수원시", "place"), ("장안구", "place")} <= found
