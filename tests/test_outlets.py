"""The press as data: every row of kornews/data/outlets.tsv is found in its own example line and
at its domains; a name is found only where it stands on its own."""

import pytest

from kornews import outlets
from kornews.tables import table

ROWS = table("outlets.tsv")


@pytest.mark.parametrize("row", ROWS, ids=lambda row: row.name)
def test_every_outlet_is_found_in_its_example(row):
    assert outlets.find(row.example) == row.name


@pytest.mark.parametrize(
    "row, domain",
    [(row, d) for row in ROWS for d in row.domains.split(";") if d],
    ids=lambda value: value if isinstance(value, str) else value.name,
)
def test_every_outlet_is_found_at_its_domains(row, domain):
    assert outlets.by_address(f"gildong@{domain}") == row.name
    assert outlets.by_address(f"gildong@news.{domain}") == row.name


def test_names_are_unique_and_every_form_names_one_outlet():
    forms = [form.casefold() for outlet in outlets.outlets() for form in outlet.forms]
    assert len({o.name for o in outlets.outlets()}) == len(outlets.outlets())
    assert len(forms) == len(set(forms))


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("Copyright © Munhwa Broadcasting Corporation. All rights reserved.", "MBC"),
        ("Copyright © Ulsan Munhwa Broadcasting Corporation. All rights reserved.", "울산MBC"),
        ("MBC뉴스 홍길동입니다.", "MBC"),  # a Latin name glued to Hangul
        ("연합뉴스TV 홍길동입니다.", "연합뉴스TV"),  # the longest form
        ("저작권자 © CBS 노컷뉴스 무단전재 및 재배포 금지", "CBS노컷뉴스"),  # a space inside
        ("<저작권자ⓒ대전일보사. 무단전재-재배포 금지>", "대전일보"),  # another form
        ("가상뉴스에서 직접 확인하세요.", None),  # an unknown outlet
        ("뉴스엔에서 직접 확인하세요.", None),  # part of a longer word: a sentence's
        ("한겨레신문사", None),
        ("gildong@example.com", None),
    ],
)
def test_an_outlet_is_found_where_it_stands_on_its_own(line, outlet):
    assert outlets.find(line) == outlet


def test_an_address_at_an_unknown_domain_names_no_outlet():
    assert outlets.by_address("gildong@example.com") is None
    assert outlets.by_address("gildong@notkbs.co.kr") is None


def test_without_takes_the_names_out():
    assert outlets.without("OSEN") == ""
    assert outlets.without("가상시 소식 | KBS") == "가상시 소식 | "


def test_every_form_begins_with_two_letters():
    # The lookup tries only the forms that begin with a line's two letters at each place.
    for outlet in outlets.outlets():
        for form in outlet.forms:
            assert len(form) >= 2 and not any(c.isspace() for c in form[:2]), form


def test_named_finds_each_outlet_left_to_right_the_longest_form_first():
    assert outlets.named("연합뉴스TV와 KBS, 그리고 연합뉴스") == ["연합뉴스TV", "KBS", "연합뉴스"]
    assert outlets.without("연합뉴스TV와 kbs") == "와 "


def test_an_english_form_run_together_in_an_address_names_nothing():
    # mydaily in the address is My Daily written without its space: no form as written.
    assert outlets.named("- ⓒ마이데일리(www.mydaily.co.kr).") == ["마이데일리"]
    assert outlets.find("gildong@mydaily.co.kr") is None
