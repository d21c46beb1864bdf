"""Entities in the shapes of the blind batches' misses (quotes/heldout5, heldout8), on invented text."""

import pytest

from entity_rows import entities_of
from entity_rows import kinds_of as _found
from kornews import tables


def test_a_company_whose_written_word_starts_with_digits_keeps_them():
    # Kiwi reads the digits apart from the name; the ending (엔터테인먼트) found the company.
    assert _found("9가람엔터테인먼트는 새 계약을 발표했다.") == {
        ("9가람엔터테인먼트", "organisation")
    }
    # Digits inside a longer word (제3) are no part of a name starting there.
    assert not any(name[0].isdigit() for name, _ in _found("제3한빛전자는 공시했다."))


def test_a_word_the_article_names_an_organisation_is_no_person_when_it_recurs():
    # Kiwi tags 가제트 one proper noun, shaped like a name (가 is a surname) and a subject twice.
    found = _found("영국 일간지 가제트는 이날 보도했다. 가제트는 또 전했다.")
    assert ("가제트", "organisation") in found
    assert not any(kind == "person" for _, kind in found)


def test_a_common_noun_before_a_title_and_an_invitation_name_no_one():
    # 가운데 (in the middle of) starts like 가's names; 초청+장 is an invitation, not an agency.
    assert _found("회의가 열린 가운데 의원은 말했다.") == set()
    assert _found("교황은 공식 초청장이 오면 가겠다고 말했다.") == set()


def test_a_foreign_newspaper_and_north_koreas_foreign_ministry_are_organisations():
    found = _found("가디언은 북한 외무성이 담화를 냈다고 보도했다.")
    assert {("가디언", "organisation"), ("외무성", "organisation")} <= found


def test_a_country_the_table_lacked_is_a_place_not_a_person():
    found = _found("캄보디아는 프놈펜에서 정상회담을 열었다고 김가람 대변인이 밝혔다.")
    assert {("캄보디아", "place"), ("프놈펜", "place"), ("김가람", "person")} <= found


@pytest.mark.parametrize(
    "row", [r for r in tables.table("name_words.tsv") if r.role == "branch"], ids=lambda r: r.word
)
def test_each_branch_ending_joins_a_branch_to_the_office_before_it(row):
    table = entities_of(row.example)
    parent, branch = row.example.split()[:2]
    assert list(table["kind"]) == ["organisation"]
    assert table["text"].iloc[0] == f"{parent} {branch[: branch.index(row.word) + len(row.word)]}"


def test_a_foreign_name_before_a_governors_title_glued_to_a_state_then_its_short_form():
    found = entities_of("앤드루 쿠로모 뉴욕주지사는 말했다. 쿠로모 주지사는 떠났다.")
    people = found[found["kind"] == "person"]
    assert list(people["entity"]) == ["앤드루 쿠로모", "앤드루 쿠로모"]
    assert list(people["text"]) == ["앤드루 쿠로모", "쿠로모 주지사"]
    assert ("뉴욕주", "place") in set(zip(found["entity"], found["kind"], strict=True))


def test_latin_letters_written_onto_a_companys_ending_make_its_name():
    # Kiwi reads IBK apart and 투자증권 as common nouns; the letters make the word a name.
    found = entities_of("박가람 ABK투자증권 연구원은 말했다.")
    assert ("ABK투자증권", "organisation") in set(zip(found["entity"], found["kind"], strict=True))
    assert list(found.loc[found["kind"] == "person", "affiliation"]) == ["ABK투자증권"]
    # One letter is a pseudonym's (Q의원: a council member left unnamed), no company.
    assert "organisation" not in set(entities_of("Q의원은 발언을 사과했다.")["kind"])
