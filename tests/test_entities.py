"""entities: the seed's people, organisations and places, read by hand; every row of the title and
suffix tables; short forms linked to full names; co-occurrence and the graph."""

from pathlib import Path

import pytest

import kornews
from entity_rows import entities_of
from kornews import tables
from kornews.entities import ENTITY_COLUMNS, lexicon
from kornews.entities.foreign import spaced_name
from kornews.entities.forms import named
from kornews.entities.records import Morpheme, Run
from kornews.entities.runs import runs


def test_the_seeds_entities(seed, seed_tokens):
    table = kornews.entities(seed_tokens, seed)
    assert list(table.columns) == ENTITY_COLUMNS
    assert (table["text"] == [seed.text[s:e] for s, e in zip(table["start"], table["end"])]).all()
    counts = kornews.entity_counts(table).set_index("entity")
    # 박원순: the title, 박원순 서울시장 (twice), 박원순 시장 (eight times), 박 시장 (twice).
    assert counts.loc["박원순", "kind"] == "person" and counts.loc["박원순", "mentions"] == 13
    assert counts.loc["박원순", "aliases"] == "박 시장"
    assert counts.loc["박원순", "affiliation"] == "서울특별시"
    assert counts.loc["서울특별시", "kind"] == "place"
    assert set(counts.loc["서울특별시", "aliases"].split(", ")) == {"서울", "서울시"}
    # 강남·송파·용산·마포 are Seoul's districts, written short.
    for district in ("강남구", "송파구", "용산구", "마포구"):
        assert counts.loc[district, "kind"] == "place"
    for company in ("마이크로소프트", "아마존", "인텔", "KT", "네이버", "카카오"):
        assert counts.loc[company, "kind"] == "organisation"
    assert counts.loc["금융위원회", "aliases"] == "금융위"  # 행안부, 금융위, 지자체 등이
    assert counts.loc["행정안전부", "aliases"] == "행안부"
    # Scare-quoted names are no entities, nor is the reporter of the byline.
    assert not {"제로페이", "서울페이", "이상일"} & set(counts.index)


@pytest.mark.parametrize("row", tables.table("titles.tsv"), ids=lambda row: row.title)
def test_each_title_names_a_person(row):
    table = entities_of(row.example)
    people = table[table["kind"] == "person"]
    assert len(people) == 1
    assert people["title"].iloc[0] == row.title
    assert row.example.startswith(people["entity"].iloc[0])


@pytest.mark.parametrize("row", tables.table("org_suffixes.tsv"), ids=lambda row: row.suffix)
def test_each_suffix_names_an_organisation(row):
    table = entities_of(row.example)
    organisations = table[table["kind"] == "organisation"]
    assert len(organisations) >= 1
    assert organisations["text"].iloc[0].endswith(row.suffix)
    assert row.example.startswith(organisations["text"].iloc[0])


NAME_WORDS = tables.table("name_words.tsv")


@pytest.mark.parametrize(
    "row", [r for r in NAME_WORDS if r.role == "place-ending"], ids=lambda r: r.word
)
def test_each_place_ending_names_a_place_the_tables_lack(row):
    table = entities_of(row.example)
    if row.word == "리":  # a village: read as a place, so no one's name, then left out
        assert table.empty
        return
    places = table.query("kind == 'place'")
    assert list(places["rule"]) == ["suffix"]
    assert places["entity"].iloc[0].endswith(row.word)
    assert row.example.startswith(places["entity"].iloc[0])


@pytest.mark.parametrize(
    "row", [r for r in NAME_WORDS if r.role == "common-ending"], ids=lambda r: r.word
)
def test_each_common_ending_keeps_a_noun_before_a_title_from_being_a_name(row):
    table = entities_of(row.example)
    assert row.example.split()[0].endswith(row.word)
    assert "person" not in set(table["kind"])


@pytest.mark.parametrize("row", [r for r in NAME_WORDS if r.role == "kind"], ids=lambda r: r.word)
def test_each_kind_word_makes_the_proper_noun_after_it_an_organisation(row):
    words = row.example.split()
    assert words[1] == row.word
    orgs = entities_of(row.example).query("kind == 'organisation'")
    assert orgs[["entity", "rule"]].values.tolist() == [[words[2][:-1], "kind"]]


@pytest.mark.parametrize("row", [r for r in NAME_WORDS if r.role == "voice"], ids=lambda r: r.word)
def test_each_voice_word_makes_the_proper_noun_before_it_an_organisation(row):
    words = row.example.split()
    assert words[1].startswith(row.word)
    orgs = entities_of(row.example).query("kind == 'organisation'")
    assert orgs[["entity", "rule"]].values.tolist() == [["가람기획", "voice"]]


def test_a_voice_word_after_latin_letters_or_a_persons_name():
    # An agency in capitals speaks through its official; a person's camp (박다솜 측) is no organisation.
    table = entities_of(
        "소속사 VHQ 관계자는 부인했다. 박다솜 측은 반박했다. 검찰 측 관계자는 말을 아꼈다."
    )
    assert table.query("kind == 'organisation'")["entity"].tolist() == ["VHQ"]


@pytest.mark.parametrize(
    "row", [r for r in NAME_WORDS if r.role == "country-letter"], ids=lambda r: r.word
)
def test_each_country_letter_makes_a_pact_no_organisation(row):
    # 한미동맹 is a pact; the same ending after a stem with another letter is a body (가한동맹).
    other = "미" if row.word != "미" else "한"
    assert named(row.word + other + "동맹", True) is None
    assert named("가" + row.word + "동맹", True).kind == "organisation"


@pytest.mark.parametrize(
    "row", [r for r in NAME_WORDS if r.role == "government"], ids=lambda r: r.word
)
def test_each_government_word_makes_the_full_name_before_it_a_person(row):
    name = row.example.split()[0]
    people = entities_of(row.example).query("kind == 'person'")
    assert people["entity"].tolist() == [name]
    # Once, with no title, no subject particle and no government after it: no name.
    assert entities_of(f"{name}의 조사단이 방문했다.").query("kind == 'person'").empty


def test_names_listed_with_dots_share_the_last_ones_title_and_a_title_swallows_two_letters():
    table = entities_of("가람지법 형사1부(윤가람·송나래·엄다솜 부장판사)는 선고했다.")
    assert table.query("kind == 'person'")["entity"].tolist() == ["윤가람", "송나래", "엄다솜"]
    table = entities_of("조사단(단장 한빛나 서울동부지검장)이 영장을 청구했다.")
    assert table[["entity", "kind"]].values.tolist() == [
        ["한빛나", "person"],
        ["서울동부지검", "organisation"],
    ]


def test_a_byline_after_an_outlets_kind_word_names_no_organisation():
    table = entities_of("[가람 신문 김민수]\n가람시는 예산을 늘렸다.")
    assert table.query("kind == 'organisation'").empty


@pytest.mark.parametrize("row", [r for r in NAME_WORDS if r.role == "head"], ids=lambda r: r.word)
def test_each_head_title_makes_the_one_proper_noun_before_it_a_name(row):
    people = entities_of(row.example).query("kind == 'person'")
    assert people[["entity", "title"]].values.tolist() == [[row.example.split()[0], row.word]]


def test_a_head_title_after_a_surname_or_other_titles_after_a_proper_noun_make_no_name():
    # 윤 대통령 is a short form (of no full name here, so written whole); 대변인 needs a surname
    # (가람비앤비 is a firm).
    table = entities_of("윤 대통령은 회견을 열었다. 가람비앤비 대변인은 답하지 않았다.")
    people = table[table["kind"] == "person"]
    assert list(zip(people["entity"], people["rule"])) == [("윤 대통령", "surname")]


def test_a_foreign_names_last_word_before_a_head_title_is_its_short_form():
    table = entities_of("도널드 트럼프 미국 대통령은 회견을 열었다. 트럼프 대통령은 질문을 받았다.")
    people = table[table["kind"] == "person"]
    assert list(zip(people["text"], people["entity"])) == [
        ("도널드 트럼프", "도널드 트럼프"),
        ("트럼프 대통령", "도널드 트럼프"),
    ]


@pytest.mark.parametrize(
    "row", [r for r in NAME_WORDS if r.role == "particle"], ids=lambda r: r.word
)
def test_each_particle_after_a_title_keeps_the_name_before_it(row):
    people = entities_of(row.example).query("kind == 'person'")
    words = row.example.split()
    after = words[words.index(people["entity"].iloc[0]) + 1].removesuffix(".")
    assert people["entity"].iloc[0] == "박지현"
    assert after == people["title"].iloc[0] + row.word


def test_common_nouns_ending_like_organisations_are_not_organisations():
    assert entities_of(
        "일부 주민과 내부 직원, 본부 인력이 모였다. 한 시중은행 지점이 문을 닫았다."
    ).empty


def test_short_forms_link_to_full_names_and_keep_the_alias():
    table = entities_of(
        "김민수 기획재정부 장관은 회의를 열었다. 김 장관은 기재부 예산을 설명했다. "
        "서울시와 부산, 금융위가 참여했다. 이씨는 반대했다."
    )
    written = dict(zip(table["text"], table["entity"]))
    assert written["김 장관"] == "김민수"
    assert written["기재부"] == "기획재정부"
    assert written["서울시"] == "서울특별시" and written["부산"] == "부산광역시"
    assert written["금융위"] == "금융위원회"
    # 이씨 with no 이 named in full before it: a surname tagged a proper noun stays as written.
    assert "이씨" not in written or written["이씨"] == "이 씨"


def test_a_title_glued_to_a_place_or_organisation():
    table = entities_of("이정훈 경기도지사와 정수진 금융위원장, 정태영 질병청장이 만났다.")
    people = table[table["kind"] == "person"].set_index("entity")
    assert (
        people.loc["이정훈", "title"] == "도지사"
        and people.loc["이정훈", "affiliation"] == "경기도"
    )
    assert (
        people.loc["정수진", "title"] == "위원장"
        and people.loc["정수진", "affiliation"] == "금융위원회"
    )
    assert people.loc["정태영", "affiliation"] == "질병관리청"


def test_place_short_forms_need_a_proper_noun():
    # 경기 is "the economy" here, not 경기도.
    assert "경기도" not in set(entities_of("경기 침체가 길어지고 있다.")["entity"])


@pytest.mark.parametrize("name", ["organisations.tsv", "places.tsv"])
def test_every_name_and_short_form_in_the_tables_reads_as_its_row(name):
    # One exception, on purpose: 광주시 is also 광주광역시's short form, and that one wins.
    clashes = {
        (row.name, form)
        for row in tables.table(name)
        for form in [row.name, *filter(None, row.short.split(","))]
        if lexicon()[form][0] != row.name
    }
    assert clashes == ({("광주시", "광주시")} if name == "places.tsv" else set())
    assert all(row.name and "," not in row.name for row in tables.table(name))


def test_cooccurrence_within_sentence_and_paragraph():
    table = entities_of(
        "김민수 기획재정부 장관은 서울시를 찾았다. 김 장관은 부산도 찾았다.\n금융위는 따로 움직였다."
    )
    by_sentence = kornews.cooccurrence(table)
    pairs = {
        (a, b): w
        for a, b, w in zip(by_sentence["entity"], by_sentence["other"], by_sentence["weight"])
    }
    assert pairs[("기획재정부", "김민수")] == 1
    assert pairs[("김민수", "서울특별시")] == 1 and pairs[("김민수", "부산광역시")] == 1
    assert ("부산광역시", "서울특별시") not in pairs
    by_paragraph = kornews.cooccurrence(table, within="paragraph")
    pairs = {
        (a, b): w
        for a, b, w in zip(by_paragraph["entity"], by_paragraph["other"], by_paragraph["weight"])
    }
    assert pairs[("부산광역시", "서울특별시")] == 1
    assert not any("금융위원회" in pair for pair in pairs)
    with pytest.raises(ValueError):
        kornews.cooccurrence(table, within="article")


def test_the_graph_has_a_node_per_entity_and_weighted_edges():
    table = entities_of("김민수 기획재정부 장관은 서울시를 찾았다. 김 장관은 서울시에서 회견했다.")
    graph = kornews.entity_graph(table)
    assert sorted(graph.nodes) == ["기획재정부", "김민수", "서울특별시"]
    assert graph.nodes["김민수"]["mentions"] == 2
    assert graph.edges["김민수", "서울특별시"]["weight"] == 2


def test_an_article_without_names_gives_empty_tables():
    table = entities_of("비가 많이 왔다.")
    assert table.empty and list(table.columns) == ENTITY_COLUMNS
    assert kornews.cooccurrence(table).empty and kornews.entity_counts(table).empty


def test_the_entities_verb(capsys, seed_path):
    import csv
    import io

    from kornews.cli import main

    assert main(["entities", str(seed_path), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert list(rows[0]) == ENTITY_COLUMNS
    assert {"박 시장", "서울시", "금융위"} <= {row["text"] for row in rows}


def test_the_network_plot_draws_labels_as_text():
    import io

    from matplotlib.figure import Figure

    from kornews.fonts import use_korean_font
    from kornews.plots import plot_network

    use_korean_font()
    table = entities_of("김민수 기획재정부 장관은 서울시를 찾았다.")
    graph = kornews.entity_graph(table)
    graph = graph.__class__(graph)
    graph.add_node(
        r"$\foo$ 재단", kind="organisation", mentions=1
    )  # an article's dollar signs stay text
    fig = plot_network(graph)
    assert isinstance(fig, Figure)
    labels = {text.get_text() for text in fig.axes[0].texts}
    assert {"김민수", "기획재정부", "서울특별시", r"$\foo$ 재단"} <= labels
    fig.savefig(io.BytesIO())  # read as mathematics, the label would fail to draw (unknown \foo)
    assert (
        "no person"
        in plot_network(kornews.entity_graph(entities_of("비가 왔다.")), lang="en")
        .axes[0]
        .texts[0]
        .get_text()
    )


def test_a_name_titled_once_counts_everywhere_and_a_name_kiwi_cuts_is_read_from_the_word():
    table = entities_of(
        "김민수 장관은 회의를 열었다. 회의 뒤 김민수는 현장을 찾았다. "
        "박지현 대변인은 브리핑을 했다. 박 대변인은 질문을 받지 않았다."
    )
    people = table[table["kind"] == "person"]
    assert list(zip(people["text"], people["entity"], people["rule"])) == [
        ("김민수", "김민수", "title"),
        ("김민수", "김민수", "name"),
        ("박지현", "박지현", "title"),
        ("박 대변인", "박지현", "surname"),
    ]


def test_a_name_ending_like_a_common_noun_or_of_two_syllables_is_vouched_for_by_its_short_form():
    # 우애자 ends like 관계자 and 조현 is a name of two syllables: each a name only because the
    # article also writes the surname alone with the same title (우 부의장, 조 장관).
    table = entities_of(
        "우애자 부의장은 회의에 나왔다. 우 부의장은 발언을 했다. "
        "조현 장관은 회견을 열었다. 조 장관은 질문을 받았다."
    )
    people = table[table["kind"] == "person"]
    assert list(zip(people["text"], people["entity"])) == [
        ("우애자", "우애자"),
        ("우 부의장", "우애자"),
        ("조현", "조현"),
        ("조 장관", "조현"),
    ]


def test_a_common_noun_before_a_title_is_no_name_without_the_short_form():
    # The same shapes with no surname alone before the title stay no one.
    table = entities_of("피해자 대표가 나왔다. 조현 장관은 회견을 열었다. 정부 대변인은 말했다.")
    assert "person" not in set(table["kind"])


def test_full_names_listed_together_are_names_with_no_title():
    table = entities_of(
        "제작진은 박서연, 김도윤, 이하늘 등 세 명에게 물었다. 연출은 최민재·강다온이 맡았다."
    )
    people = table[table["kind"] == "person"]
    assert list(people["entity"]) == ["박서연", "김도윤", "이하늘", "최민재", "강다온"]
    # One such name alone, neither a subject nor repeated, stays unread.
    assert entities_of("제작진은 박서연에게 물었다.").query("kind == 'person'").empty


def test_an_organisation_before_a_titled_name_is_its_affiliation():
    table = entities_of(
        "국민의힘 김태호 원내대표와 법무부 대변인 한상민 씨가 만났다. 서울시 김철수는 말이 없었다."
    )
    people = table[table["kind"] == "person"].set_index("entity")
    assert people.loc["김태호", "affiliation"] == "국민의힘"
    assert (
        people.loc["한상민", "title"] == "대변인"
        and people.loc["한상민", "affiliation"] == "법무부"
    )
    # A full name as the topic (김철수는) is a person even with no title written; it has none.
    assert people.loc["김철수", "rule"] == "name" and not isinstance(
        people.loc["김철수", "title"], str
    )


def test_common_nouns_before_titles_are_not_names():
    table = entities_of("지역구 의원들과 피해자 대표, 정무위 위원장이 만났다.")
    assert "person" not in set(table["kind"])
    assert list(table["entity"]) == ["정무위원회"]  # the committee, by its short form


def test_a_universitys_short_form_links_within_the_article():
    table = entities_of("한빛대학교가 학과를 연다. 김상훈 한빛대 총장은 회견을 열었다.")
    written = dict(zip(table["text"], table["entity"]))
    assert written["한빛대"] == "한빛대학교" and written["김상훈"] == "김상훈"
    assert set(table.loc[table["kind"] == "person", "entity"]) == {"김상훈"}


def test_a_title_glued_to_a_unit_and_words_that_are_no_names():
    table = entities_of(
        "오경민 광역수사대장은 주의를 당부했다. 선정된 작가들이 모였다. 한미 외교장관 회담이 열렸다."
    )
    people = table[table["kind"] == "person"]
    assert list(people["entity"]) == ["오경민"] and people["title"].iloc[0] == "대장"


def test_a_short_place_form_tagged_common_counts_in_a_list_of_places():
    # Kiwi tags 양주 (also "whisky") a common noun; beside 포천 it is 양주시.
    assert list(entities_of("양주·포천 광역버스를 늘린다.")["entity"]) == ["양주시", "포천시"]
    assert entities_of("손님들이 양주를 마셨다.").empty


def test_a_foreign_name_is_two_proper_nouns_before_a_title_and_its_family_name_a_short_form():
    table = entities_of(
        "데이비드 월시 국무부 대변인은 브리핑을 열었다. 월시 대변인은 질문을 받았다. "
        "한국은행 이코노미스트 강수아 박사도 참석했다."
    )
    people = table[table["kind"] == "person"]
    assert list(zip(people["text"], people["entity"])) == [
        ("데이비드 월시", "데이비드 월시"),
        ("월시 대변인", "데이비드 월시"),
        ("강수아", "강수아"),
    ]
    assert people["affiliation"].iloc[0] == "국무부"


def test_a_broadcast_caption_names_a_person_and_its_role_names_nobody():
    table = entities_of(
        "[인터뷰] 장현숙 / 옷가게 운영\n[한예린 / 가람대 전기공학과 교수 : 열대야가 계속됩니다.]"
    )
    assert list(table.loc[table["kind"] == "person", "entity"]) == ["장현숙", "한예린"]


def test_a_name_of_two_syllables_kiwi_reads_as_a_noun_and_이_before_a_title_is_a_person():
    # 방+이/JKS 외교부장은: no subject stands right before a title with its particle.
    assert entities_of("방이 외교부장은 회담을 열었다.")[["entity", "kind"]].values.tolist() == [
        ["방이", "person"]
    ]
    assert "person" not in set(entities_of("정부 대변인은 회담을 열었다.")["kind"])


def test_a_labelled_caption_names_a_person_only_with_a_name():
    people = entities_of(
        '주민들이 모였습니다.\n\n◀SYN▶박가상\n"좋아요"\n\n◀INT▶관계자\n"검토하겠습니다"\n\n'
        '◀SYN▶상인들\n"힘들어요"\n\n끝났습니다.'
    ).query("kind == 'person'")
    assert people["entity"].tolist() == ["박가상"]


def test_a_reporter_the_anchor_hands_over_to_is_no_person_of_the_story():
    for handover in ("보도합니다", "전해드립니다"):
        table = entities_of(
            f"[앵커]\n가상시에 다리가 놓였습니다.\n홍길동 기자가 {handover}.\n[기자]\n다리가 생겼습니다."
        )
        assert "person" not in set(table["kind"])


def test_a_japanese_name_writes_its_family_name_first_and_that_word_with_a_title_is_a_short_form():
    table = entities_of(
        "다나카 하루토 GS칼텍스 감독이 패배를 아쉬워했다. 다나카 감독은 준비가 늦었다고 말했다."
    )
    people = table[table["kind"] == "person"]
    assert people[["entity", "text"]].values.tolist() == [
        ["다나카 하루토", "다나카 하루토"],
        ["다나카 하루토", "다나카 감독"],
    ]


def test_전_former_between_a_name_and_its_title_keeps_the_title():
    table = entities_of("박가상 전 지사는 회의에 나왔다. 특히 박 전 지사는 웃었다.")
    assert table[["entity", "text", "title"]].values.tolist() == [
        ["박가상", "박가상", "지사"],
        ["박가상", "박 전 지사", "지사"],
    ]


def test_a_letter_with_씨_after_a_noun_is_no_title_of_that_noun():
    assert "person" not in set(
        entities_of("법원은 임대업자 B씨(52)에게 징역 12년을 선고했다.")["kind"]
    )


def test_a_countrys_one_syllable_abbreviation():
    table = entities_of("미·중 갈등 속에 미 국무부가 입장을 냈다.")
    assert list(zip(table["text"], table["entity"])) == [
        ("미", "미국"),
        ("중", "중국"),
        ("미", "미국"),
        ("국무부", "국무부"),
    ]


def test_a_place_the_tables_lack_is_a_proper_noun_with_a_places_ending():
    table = entities_of(
        "가람시 김철수 시장은 회견을 열었다. 가상시 전통시장에서 박민수 씨를 만났다. "
        "김영구 위원은 반대했다."
    )
    rows = {(r.entity, r.kind): (r.title, r.affiliation) for r in table.fillna("").itertuples()}
    assert rows[("가람시", "place")] == ("", "")
    assert rows[("김철수", "person")] == ("시장", "가람시")
    assert ("가상시", "person") not in rows  # 전통시장 is a market, no title
    assert rows[("김영구", "person")] == ("위원", "")  # a name ending like a district, with a title


def test_a_place_tagged_proper_once_counts_where_kiwi_tags_it_common():
    article = kornews.read_article(Path(__file__).parent / "layouts" / "newsis.txt")
    table = kornews.entities(kornews.tokenize(article), article)
    assert list(table.loc[table["entity"] == "가상도", "text"]) == [
        "가상도",
        "가상도",
    ]  # the title (NNP), the lead (NNG)


def test_a_title_is_no_tail_of_a_compound_common_noun():
    article = kornews.read_article(Path(__file__).parent / "layouts" / "kbs.txt")
    table = kornews.entities(kornews.tokenize(article), article)
    # 가상시 전통시장에서 20년 동안 옷가게를 한 박민수 씨: a market, not 가상시's mayor.
    assert set(table.loc[table["kind"] == "person", "entity"]) == {"박민수"}


def test_a_broadcast_captions_role_gives_the_title_and_organisation():
    table = entities_of(
        "[인터뷰] 오준석 / 산업통상자원부 전력정책관\n“예비력을 확보했습니다.”\n"
        "[한예린 / 가람대 전기공학과 교수 : 열대야가 계속됩니다.]"
    )
    people = table[table["kind"] == "person"].set_index("entity")
    assert (people.loc["오준석", "title"], people.loc["오준석", "affiliation"]) == (
        "정책관",
        "산업통상자원부",
    )
    assert (people.loc["한예린", "title"], people.loc["한예린", "affiliation"]) == (
        "교수",
        "가람대 전기공학과",
    )


def test_a_caption_line_outside_the_body_names_a_person():
    article = kornews.read_article(Path(__file__).parent / "layouts" / "ytn.txt")
    table = kornews.entities(kornews.tokenize(article), article)
    # [김순자 / 가상시 중앙동 주민] above 자다가 물소리에 깨서 몸만 빠져나왔어요.
    row = table[table["entity"] == "김순자"].iloc[0]
    assert (row["kind"], row["text"], article.text[row["start"] : row["end"]]) == (
        "person",
        "김순자",
        "김순자",
    )
    assert (
        table.loc[table["text"] == "김순자", "paragraph"].iloc[0] == 4
    )  # the paragraph she speaks


def test_a_foreign_officials_whole_title_and_a_countrys_body():
    table = entities_of(
        "마리아 코스타 브라질 외무부 대변인은 성명을 냈다. 세계무역기구의 아나 소우자 사무차장도 말했다."
    )
    people = table[table["kind"] == "person"].set_index("entity")
    assert people.loc["마리아 코스타", "affiliation"] == "브라질 외무부"
    assert people.loc["아나 소우자", "title"] == "사무차장"


def test_sports_copy_names_players_without_a_title_and_clubs_in_words_apart():
    article = kornews.read_article(Path(__file__).parents[0] / "gold" / "figures" / "04-sports.txt")
    counts = kornews.entity_counts(kornews.entities(kornews.tokenize(article), article)).set_index(
        "entity"
    )
    # Read from the text: 오지환 in the title and four times in the body; 임찬규는 once; 손흥민 twice.
    assert counts.loc["오지환", "mentions"] == 5 and counts.loc["오지환", "kind"] == "person"
    assert counts.loc["손흥민", "mentions"] == 2 and counts.loc["임찬규", "mentions"] == 1
    assert counts.loc["LG 트윈스", "kind"] == counts.loc["두산 베어스", "kind"] == "organisation"
    # 양석환의, 박동원의: one mention each, neither a subject nor a topic, so not taken without a title.
    assert not {"양석환", "박동원"} & set(counts.index)


def test_a_club_written_together_and_a_party_shaped_like_a_name():
    table = entities_of("LG트윈스는 이겼다. 가상당이 공약을 냈다. 가상당은 예산을 추산했다.")
    assert list(zip(table["text"], table["entity"])) == [
        ("LG트윈스", "LG 트윈스")
    ]  # 가상당: no person


def test_a_scripts_speaker_mark_names_a_person_whatever_the_name_ends_in():
    # 오민동 ends like a place (동); the mark ⊙이름(소속): says a person, with the role's title.
    table = entities_of("⊙기자: 질타가 이어졌습니다. ⊙오민동(가상부 장관): 다툴 생각은 없습니다.")
    person = table[table["entity"] == "오민동"]
    assert person[["kind", "title"]].values.tolist() == [["person", "장관"]]
    assert "place" not in set(table.loc[table["entity"] == "오민동", "kind"])


def test_a_council_or_firm_between_the_name_and_the_title_is_the_affiliation():
    # 의회 and 금융투자 end organisations (org_suffixes.tsv), so the name before the title stands alone.
    table = entities_of(
        "나래시의회 안지호 시의장은 회의를 열었다. 서준호 가람금융투자 연구원은 전망을 냈다."
    )
    people = table[table["kind"] == "person"]
    assert people[["entity", "title", "affiliation"]].values.tolist() == [
        ["안지호", "의장", "나래시의회"],
        ["서준호", "연구원", "가람금융투자"],
    ]


def test_a_numbered_village_is_no_place_nor_a_name():
    # The lead's convention on issue 22: villages (…리) are not places; 가람2리 is no one's name.
    table = entities_of("이날 참석한 가람2리 최덕수 이장은 반대했다.")
    assert table[["entity", "kind"]].values.tolist() == [["최덕수", "person"]]


def test_people_the_press_leaves_unnamed_or_signing_the_copy_are_no_persons():
    # 박모 씨 and then 박 씨: no full name, no person; 홍길동 기자 signs the copy.
    table = entities_of(
        "박모 씨는 혐의를 부인했다. 박 씨는 항소했다.\n홍길동 기자 gildong@example.com"
    )
    assert table[table["kind"] == "person"].empty
    # With the full name written, 박 씨 is its short form.
    table = entities_of("박민수 씨는 혐의를 부인했다. 박 씨는 항소했다.")
    assert list(table["entity"]) == ["박민수", "박민수"]


def test_an_outlet_of_the_press_table_is_an_organisation():
    # outlets.tsv holds the press; TV CHOSUN is its Latin form, left to the copyright lines.
    table = entities_of("종편 TV조선 측은 해명했다. 뉴스타파가 먼저 보도했다.")
    assert table[["entity", "kind"]].values.tolist() == [
        ["TV조선", "organisation"],
        ["뉴스타파", "organisation"],
    ]


def test_names_are_looked_up_whole_word_only():
    # 민주당 ends 열린민주당 (Kiwi: 열리+ᆫ 민주당): no 더불어민주당 there; 전주 in 전주보다 is no city.
    assert entities_of("열린민주당은 논평을 냈다. 매출이 전주보다 늘었다.").empty
    assert list(entities_of("(민주당, 서울)")["kind"]) == ["organisation", "place"]


def test_a_members_party_first_in_brackets_makes_both_entities():
    # Kiwi tags the parties common nouns (한길당 even 한+길당); the brackets' shape says who and which.
    table = entities_of(
        "시정질문은 문하준(새빛당, 동구2, 9회), 서예린(한길당, 비례) 의원 순이었다."
    )
    rows = table[table["kind"] != "place"][["entity", "kind", "affiliation"]]
    assert rows.fillna("").values.tolist() == [
        ["문하준", "person", "새빛당"],
        ["새빛당", "organisation", ""],
        ["서예린", "person", "한길당"],
        ["한길당", "organisation", ""],
    ]


def test_a_word_that_is_a_title_whole_names_no_one():
    # 부 is a surname too: 부총리 before 겸 is the post, not a person named 부총리.
    table = entities_of("홍길동 부총리 겸 가상부 장관은 회의를 열었다. 홍 부총리는 자리를 떴다.")
    people = table[table["kind"] == "person"]
    assert set(people["entity"]) == {"홍길동"}
    assert list(people["text"]) == ["홍길동", "홍 부총리"]


def test_a_foreign_name_with_its_family_name_cut_in_two_or_kept_whole_by_kiwi():
    # Kiwi reads 로스웰 as 로스/NNP + 웰/NNG; the family name with the title links back.
    table = entities_of("케빈 로스웰 앵커는 인사를 했다. 로스웰 앵커는 질문을 이어갔다.")
    assert table[["entity", "text"]].values.tolist() == [
        ["케빈 로스웰", "케빈 로스웰"],
        ["케빈 로스웰", "로스웰 앵커"],
    ]
    # Kiwi keeps some foreign names whole, space and all, as one proper noun.
    assert spaced_name(Run("데릭 하우저", 0, 6, ("NNP",)), {})
    assert not spaced_name(Run("미국 뉴욕", 0, 5, ("NNP",)), {})  # places the tables hold
    assert not spaced_name(Run("데릭 하우저", 0, 6, ("NNG",)), {})


def test_the_vatican_is_a_country():
    # heldout5: the pope's city-state, written 바티칸 by the press.
    table = entities_of("가상국 대통령은 바티칸 교황궁에서 교황을 만났다.")
    assert table.loc[table["kind"] == "place", "entity"].tolist() == ["바티칸"]


def test_a_foreign_name_after_its_title():
    # heldout5: the press writes a foreign leader's title first (독일 총리 이름 성이); the family
    # name with the title links back as after a name.
    table = entities_of("독일 총리 한스 뮐러가 런던을 방문했다. 뮐러 총리는 회담을 했다.")
    people = table[table["kind"] == "person"]
    assert people[["entity", "text"]].values.tolist() == [
        ["한스 뮐러", "한스 뮐러"],
        ["한스 뮐러", "뮐러 총리"],
    ]
    assert set(table.loc[table["kind"] == "place", "entity"]) == {"독일", "런던"}


@pytest.mark.parametrize("row", [r for r in NAME_WORDS if r.role == "credit"], ids=lambda r: r.word)
def test_each_credit_cue_keeps_the_press_in_its_credits_from_the_story(row):
    story = "연합뉴스는 가상시의 계획을 보도했다.\n"
    assert row.word in row.example
    assert list(entities_of(story)["entity"]) == ["연합뉴스", "가상시"]
    assert list(entities_of(story + row.example)["entity"]) == ["연합뉴스", "가상시"]


def test_the_press_in_a_byline_after_the_last_sentence_is_no_organisation_of_the_story():
    table = entities_of(
        "서울시는 계획을 발표했다. 연합뉴스 가상뉴스 홍길동 기자 gildong@example.com"
    )
    assert list(table["entity"]) == ["서울특별시"]
    # Named in the story, the press stays an organisation.
    assert "연합뉴스" in set(entities_of("연합뉴스 기자들은 현장을 찾았다.")["entity"])


def test_officials_listed_with_their_posts_are_each_a_person():
    table = entities_of(
        "회의에는 조가상 주가상대사, 남가상 국가안보실 2차장, 최의겸 대변인, "
        "신가상 해외언론비서관 등이 배석했다."
    )
    people = table[table["kind"] == "person"]
    # A number ranks the title (2차장); Kiwi cuts 최+의/JKG+겸, and a comma follows the title.
    assert people[["entity", "title"]].values.tolist() == [
        ["조가상", "대사"],
        ["남가상", "차장"],
        ["최의겸", "대변인"],
        ["신가상", "비서관"],
    ]
    # A 의 ending the word is the particle: 정부의 대변인 names no one.
    assert "person" not in set(entities_of("정부의 대변인은 말했다.")["kind"])


def test_a_sound_bite_in_braces_names_its_speaker_but_a_role_alone_names_no_one():
    table = entities_of(
        '버스가 늘었습니다.\n{박가상/가상대 교수/"좋습니다."}\n{오가상 상인/"좋아요."}'
    )
    people = table[table["kind"] == "person"]
    assert people[["entity", "title"]].values.tolist() == [["박가상", "교수"]]


def test_names_listed_with_a_dot_share_the_title_after_the_last():
    table = entities_of(
        "국민의힘 배가람·더불어민주당 박가상 원내수석부대표는 회동했다. 배 수석부대표는 말을 아꼈다."
    )
    people = table[table["kind"] == "person"]
    assert people[["entity", "text", "title"]].values.tolist() == [
        ["배가람", "배가람", "수석부대표"],
        ["박가상", "박가상", "수석부대표"],
        ["배가람", "배 수석부대표", "수석부대표"],
    ]
    # Places in a list before a title stay places (서울·부산 시장).
    assert set(entities_of("서울·부산 시장은 만났다.")["kind"]) == {"place"}


def test_a_paper_by_its_ending_is_an_organisation_not_part_of_its_heads_name():
    table = entities_of('김가상 가람시민신문 대표는 "자리를 마련했다"고 말했다.')
    assert table[["entity", "kind"]].values.tolist() == [
        ["김가상", "person"],
        ["가람시민신문", "organisation"],
    ]


def test_ministries_of_an_earlier_government_are_organisations():
    table = entities_of(
        "회의에는 교육과학기술부·지식경제부·국토해양부 차관이 참석했다. 지경부는 따로 발표했다."
    )
    assert table[["entity", "text"]].values.tolist() == [
        ["교육과학기술부", "교육과학기술부"],
        ["지식경제부", "지식경제부"],
        ["국토해양부", "국토해양부"],
        ["지식경제부", "지경부"],
    ]


def test_the_press_by_its_latin_acronym_in_the_story_but_not_signing_a_line():
    table = entities_of(
        "KNN은 창사 30주년을 맞았다.\n기념식이 열렸다 / KNN\n대표 이미지 - KNN 뉴스"
    )
    assert table[["entity", "text"]].values.tolist() == [["KNN", "KNN"]]
    # A word in capitals that no outlet is stays no organisation.
    assert entities_of("XYZ는 창사 30주년을 맞았다.").empty


def test_seouls_district_courts_by_their_short_forms():
    table = entities_of("서울서부지법은 징역 1년을 선고했다. 서부지법 앞에는 사람들이 모였다.")
    assert table[["entity", "text"]].values.tolist() == [
        ["서울서부지방법원", "서울서부지법"],
        ["서울서부지방법원", "서부지법"],
    ]


def test_a_cue_sheets_int_caption_names_a_person():
    # A regional script's INT-이름/역할 line names who speaks the bite below it.
    table = entities_of(
        '주민들의 바람을 들었습니다.\n\nINT-홍길동/가상시 주민\n\n" 다리가 놓였으면.. "\n'
    )
    assert ("홍길동", "person") in set(zip(table["entity"], table["kind"]))


def test_a_surname_with_ssi_after_a_pseudonym_of_that_surname_names_no_one_else():
    # 한모씨 … 한씨 is the unnamed plaintiff, not the judge 한빛나 named before.
    table = entities_of(
        "대법원 2부(주심 한빛나 대법관)는 한모씨가 낸 소송에서 원심을 깼다. 한씨는 해고됐다."
    )
    people = table.query("kind == 'person'")
    assert people[["entity", "text"]].values.tolist() == [["한빛나", "한빛나"]]


def test_a_name_kiwi_cuts_after_its_surname_counts_as_a_subject_twice():
    # Kiwi reads 김+태환 and 김+태+환; 한국+인 (a longer proper noun) and 김+감독 (a title) are no names.
    body = "휘슬이 울린 후 김태환이 상대와 다퉜다. 그 경고로 김태환은 다음 경기에 못 나선다. "
    body += "한국인은 밥을 먹는다. 한국인이 많다. 김감독은 웃었다. 김감독이 말했다."
    people = entities_of(body).query("kind == 'person'")
    assert people["entity"].tolist() == ["김태환", "김태환"]


def test_a_surname_and_title_link_to_the_last_name_with_that_title():
    table = entities_of("김가람 감독은 웃었다. 김다솜 선수가 골을 넣었다. 김 감독은 기뻐했다.")
    short = table.query("text == '김 감독'")
    assert short["entity"].tolist() == ["김가람"]


def test_a_foreign_first_name_of_one_syllable():
    # 톰 and 존 are no surnames; an unlisted house glued to its title (하원의장) and a party between.
    table = entities_of("톰 가렐리 하원의장을 비롯해 존 바스케 공화당 원내대표가 참석했다.")
    people = table.query("kind == 'person'")
    assert people["entity"].tolist() == ["톰 가렐리", "존 바스케"]


def test_a_proper_noun_as_a_source_is_an_organisation():
    # 에 따르면 after a proper noun names its source; not after a common noun nor a person's name.
    table = entities_of(
        "가람참여연대에 따르면 질문이 늘었다. 경찰에 따르면 그는 달아났다. "
        "김가람에 따르면 그는 웃었다."
    )
    assert table.query("kind == 'organisation'")["entity"].tolist() == ["가람참여연대"]


def test_runs_join_nouns_written_together_and_keep_every_other_piece_alone():
    # 가람시 금융+위원장은 IBK 말했다: nouns glued together make one run, a space or a particle ends it.
    text = "가람시 금융위원장은 IBK 말했다"
    tokens = [
        Morpheme(0, 3, "NNP"),
        Morpheme(4, 6, "NNG"),
        Morpheme(6, 9, "NNG"),
        Morpheme(9, 10, "JX"),
        Morpheme(11, 14, "SL"),
        Morpheme(15, 16, "VV"),
        Morpheme(16, 18, "EF"),
    ]
    assert runs(tokens, text) == [
        Run("가람시", 0, 3, ("NNP",)),
        Run("금융위원장", 4, 9, ("NNG", "NNG")),
        Run("은", 9, 10, ("JX",)),
        Run("IBK", 11, 14, ("SL",)),
        Run("말", 15, 16, ("VV",)),
        Run("했다", 16, 18, ("EF",)),
    ]
    assert runs([], text) == []
