"""The press's layouts: every row's own example, and fixtures in the shapes of real outlets
(all invented), checked against tests/layouts/gold.tsv, which was written by reading them."""

import json
from pathlib import Path

import pandas as pd
import pytest

import kornews
from kornews import ArticleError, layouts, read_article, read_corpus, shapes
from kornews.cli import main

FIXTURES = Path(__file__).parent / "layouts"
GOLD = pd.read_csv(FIXTURES / "gold.tsv", sep="\t", comment="#", dtype=str, keep_default_na=False)
CASES = GOLD.to_dict(orient="records")
BOILERPLATE_MARKS = (
    "@",
    "ⓒ",
    "©",
    "무단",
    "▶",
    "[앵커]",
    "<앵커",
    "[기자]",
    "기자 =",
    "기자=",
    "입니다.\n",
    "(끝)",
    "저작권",
    "사진=",
)


def _split(value: str) -> tuple[str, ...]:
    return tuple(value.split(" | ")) if value else ()


def _body(article):
    return [p for s in article.sections for p in s.paragraphs]


@pytest.mark.parametrize("row", layouts.ROWS, ids=lambda row: row.name)
def test_every_row_recognises_its_own_example(row):
    place = row.places[0]
    found = layouts.match(row.example, place)
    assert found is not None and found.layout is row, (row.name, found and found.layout.name)


@pytest.mark.parametrize("case", CASES, ids=[case["file"] for case in CASES])
def test_fixture_metadata(case):
    article = read_article(FIXTURES / case["file"])
    assert article.outlet == (case["outlet"] or None)
    assert article.reporters == _split(case["reporters"])
    assert article.reporter == _split(case["reporters"])[0]
    assert article.emails == _split(case["emails"])
    assert article.email == (_split(case["emails"]) or (None,))[0]
    assert article.date == (case["date"] or None)
    assert article.subtitles == _split(case["subtitles"])


@pytest.mark.parametrize("case", CASES, ids=[case["file"] for case in CASES])
def test_fixture_body_holds_no_boilerplate(case):
    article = read_article(FIXTURES / case["file"])
    body = _body(article)
    assert len(body) == int(case["paragraphs"]), [p.text for p in body]
    assert body[0].text.startswith(case["first"]) and body[-1].text.startswith(case["last"])
    for paragraph in body:
        assert not any(mark in paragraph.text + "\n" for mark in BOILERPLATE_MARKS), paragraph.text
    assert [p.speaker for p in body] == (list(_split(case["speakers"])) or [None] * len(body))


@pytest.mark.parametrize("case", CASES, ids=[case["file"] for case in CASES])
def test_fixture_parses_losslessly(case):
    article = read_article(FIXTURES / case["file"])
    for part in article.parts:
        assert article.text[part.start : part.end] == part.text
    starts = [p.start for p in article.parts]
    assert starts == sorted(starts)
    covered = [i for p in article.parts for i in range(p.start, p.end)]
    assert len(covered) == len(set(covered))
    assert {i for i, ch in enumerate(article.text) if not ch.isspace()} <= set(covered)


@pytest.mark.parametrize(
    "line, iso",
    [
        ("입력 2020.07.10 14:31", "2020-07-10T14:31"),
        ("2020-07-10", "2020-07-10"),
        ("기사입력 2020-07-10 오후 2:31", "2020-07-10T14:31"),
        ("기사입력 2020-07-10 오전 12:05", "2020-07-10T00:05"),
        ("승인 2020.07.10", "2020-07-10"),
        ("등록 2020년 7월 10일 14시 31분", "2020-07-10T14:31"),
        ("입력 2020.07.10 (21:31)", "2020-07-10T21:31"),
    ],
)
def test_date_lines_give_an_iso_date(line, iso):
    article = read_article(f"제목\n{line}\n본문 문단이다.\n")
    assert article.date == iso
    assert [p.kind for p in article.parts] == ["title", "date", "paragraph"]


def test_a_date_that_is_no_calendar_date_is_left_out():
    assert read_article("제목\n입력 2020.13.45\n본문 문단이다.\n").date is None


def test_to_dict_has_date_after_email_and_the_lists():
    data = read_article(FIXTURES / "joynews.txt").to_dict()
    keys = list(data)
    assert keys[keys.index("email") + 1] == "date"
    assert data["reporters"] == ["윤새봄", "서하늘"]


def test_a_marker_before_text_speaks_for_that_line_only():
    article = read_article(
        "제목\n[앵커]\n첫 문장입니다.\n[인터뷰] 시민 : 좋아요.\n다음 문장입니다.\n"
    )
    assert [(p.speaker, p.text) for p in _body(article)] == [
        ("앵커", "첫 문장입니다."),
        ("인터뷰", "시민 : 좋아요."),
        ("앵커", "다음 문장입니다."),
    ]


def test_a_weather_table_is_no_interview():
    article = read_article(
        "내일 날씨\n전국이 대체로 맑겠다.\n서울/경기 : 맑음, 최고 31도\n홍길동/가상시 주민 : 더워서 못 살겠어요.\n"
    )
    assert [(p.speaker, p.text) for p in _body(article)] == [
        (None, "전국이 대체로 맑겠다."),
        (None, "서울/경기 : 맑음, 최고 31도"),
        ("홍길동", "더워서 못 살겠어요."),
    ]


def test_html_page_from_bytes_and_text_without_a_suffix(tmp_path):
    data = (FIXTURES / "hanbit_page.html").read_bytes()
    by_path = read_article(FIXTURES / "hanbit_page.html")
    assert read_article(data, name="hanbit_page") == by_path
    assert read_article(data.decode("utf-8"), name="hanbit_page") == by_path
    (tmp_path / "page.txt").write_bytes(data)  # a page saved under another name is still a page
    assert read_article(tmp_path / "page.txt").title == "가상시, 주민센터에 소상공인 상담창구"


def test_a_plain_text_saved_as_html_is_text(tmp_path):
    path = tmp_path / "note.html"
    path.write_text("가상시, 새 계획 발표\n가상시가 10일 새 계획을 발표했다.\n", encoding="utf-8")
    assert [p.kind for p in read_article(path).parts] == ["title", "paragraph"]


def test_html_page_in_euc_kr(tmp_path):
    text = (
        (FIXTURES / "hanbit_page.html")
        .read_text(encoding="utf-8")
        .replace('charset="utf-8"', 'charset="euc-kr"')
    )
    path = tmp_path / "page.htm"
    path.write_bytes(text.replace("·", ", ").replace("©", "ⓒ").encode("euc-kr"))
    assert read_article(path).reporter == "오나래"


def test_html_page_keeps_no_site_furniture():
    article = read_article(FIXTURES / "hanbit_page.html")
    for furniture in ("정치", "검색", "페이스북", "댓글", "좋은 정책", "대표전화", "관련기사"):
        assert furniture not in article.text


def test_html_page_without_an_article_is_an_article_error(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text(
        "<!DOCTYPE html><html><head><title>x</title></head><body></body></html>", encoding="utf-8"
    )
    with pytest.raises(ArticleError, match="no article text") as caught:
        read_article(path)
    assert "\n" not in str(caught.value)


def test_a_text_with_angle_brackets_is_no_html_page():
    assert not kornews.webpage.is_html("<홍길동 기자>hong@example.com\n")
    assert kornews.webpage.is_html("  <!doctype html><html><body></body></html>")


def test_parse_a_page_on_the_command_line(capsys):
    assert main(["parse", str(FIXTURES / "garam_tv_page.html"), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["outlet"], data["reporter"], data["date"]) == (
        "가람TV",
        "한가을",
        "2020-07-10T19:05",
    )
    assert main(["parse", str(FIXTURES / "ytn.txt")]) == 0
    kinds = {line.split()[0] for line in capsys.readouterr().out.splitlines()[1:]}
    assert {"speaker", "date"} <= kinds


def test_read_corpus_picks_up_pages(tmp_path):
    for name in ("a.txt", "b.html", "c.htm", "notes.md"):
        (tmp_path / name).write_bytes(
            (FIXTURES / ("yonhap.txt" if name.endswith("txt") else "hanbit_page.html")).read_bytes()
        )
    assert read_corpus(tmp_path).names == ("a", "b", "c")
    assert read_corpus(tmp_path, pattern="*.txt").names == ("a",)


@pytest.mark.parametrize(
    "dateline, outlet, reporter",
    [
        ("[디지털데일리 홍길동기자]", "디지털데일리", "홍길동"),
        ("(서울=연합뉴스) 홍길동 기자 =", "연합뉴스", "홍길동"),
        ("[서울=뉴시스]홍길동 기자 =", "뉴시스", "홍길동"),
        ("(서울=뉴스1) 홍길동 기자 =", "뉴스1", "홍길동"),
        ("아주경제 홍길동 기자=", "아주경제", "홍길동"),
        ("[홍길동기자]", None, "홍길동"),
        ("【서울=뉴시스】", "뉴시스", None),
        ("[이데일리 홍길동 기자]", "이데일리", "홍길동"),
        ("(부산=연합뉴스) 홍길동 김철수 기자 =", "연합뉴스", "홍길동"),
        ("[파이낸셜뉴스]", "파이낸셜뉴스", None),
        ("[가상경제=홍길동 기자]", "가상경제", "홍길동"),
        ("[가상경제(세종)=홍길동 기자]", "가상경제", "홍길동"),
        ("[안산=가상스포츠 홍길동 기자]", "가상스포츠", "홍길동"),
        ("[가상경제신문/홍길동 기자]", "가상경제신문", "홍길동"),
        ("[가상시/홍길동기자]", None, "홍길동"),
        ("[가상뉴스=스포츠부]", "가상뉴스", None),
        ("[전북일보 홍길동 기자]", "전북일보", "홍길동"),
        ("[가상뉴스 온라인뉴스팀]", "가상뉴스", None),
        ("[가상시사 정치팀] 홍길동 기자 =", "가상시사", "홍길동"),
        ("가상투데이 홍길동 기자 |", "가상투데이", "홍길동"),
    ],
)
def test_each_dateline_opens_the_body(dateline, outlet, reporter):
    article = read_article(
        f"가상시, 새 계획 발표\n{dateline} 가상시가 10일 새 계획을 발표했다.\n둘째 문단이다.\n"
    )
    assert article.dateline == dateline
    assert (article.outlet, article.reporter) == (outlet, reporter)
    assert [p.text for p in _body(article)] == [
        "가상시가 10일 새 계획을 발표했다.",
        "둘째 문단이다.",
    ]


@pytest.mark.parametrize(
    "closing, reporters, emails",
    [
        (["홍길동 기자 gildong@example.com"], ("홍길동",), ("gildong@example.com",)),
        (["홍길동 기자(gildong@example.com)"], ("홍길동",), ("gildong@example.com",)),
        (["홍길동"], ("홍길동",), ()),
        (
            ["조이뉴스24 /목동=홍길동기자 a@b.com 사진 김철수 기자 c@d.com"],
            ("홍길동", "김철수"),
            ("a@b.com", "c@d.com"),
        ),
        (["가상 TV 홍길동입니다."], ("홍길동",), ()),
        (["연합뉴스TV 홍길동입니다."], ("홍길동",), ()),
        (["(끝)"], (), ()),
        (["<저작권자 ⓒ 가상일보, 무단전재 및 재배포 금지>"], (), ()),
        (["Copyright ⓒ 가상일보. All rights reserved."], (), ()),
        (["[ⓒ 매일경제 & mk.co.kr, 무단전재 및 재배포 금지]"], (), ()),
        (["기사문의 및 제보 : tip@example.com"], (), ()),
        (["[관련기사]", "▶ 가상시, 새 청사 짓는다"], (), ()),
        (["▶ 가상일보 앱 설치하기", "가상일보가 직접 편집한 뉴스 채널"], (), ()),
        (["파트1 | 가상시의 어제", "파트2 | 가상시의 오늘"], (), ()),
        (["(사진=연합뉴스)"], (), ()),
        (["세종/홍길동 기자 gildong@example.com"], ("홍길동",), ("gildong@example.com",)),
        (["gildong@example.com 홍길동 기자"], ("홍길동",), ("gildong@example.com",)),
        (
            ["홍길동·김철수 기자 gildong@example.com"],
            ("홍길동", "김철수"),
            ("gildong@example.com",),
        ),
        (
            ["(영상취재 : 김철수, 영상편집 : 이영희)", "Copyright Ⓒ 가상TV. All rights reserved."],
            (),
            (),
        ),
        (["이메일 : tip@example.com", "카카오톡 : @가상뉴스"], (), ()),
        (["▷ 전화 02-000-0000 ▷ 이메일 tip@example.com"], (), ()),
        (
            ["홍길동 기자 gildong@example.com", "▶ 가상시, 새 청사 짓는다", "많이 본 뉴스 목록"],
            ("홍길동",),
            ("gildong@example.com",),
        ),
        (["가상방송 NEWS 홍길동니다."], ("홍길동",), ()),  # contracted after a vowel
        (
            ["가상뉴스TV 홍길동입니다.", "가상뉴스TV 기사문의 및 제보 : 카톡/라인 jebo00"],
            ("홍길동",),
            (),
        ),
        (["저작권자 © 가상포스트 무단전재 및 재배포 금지"], (), ()),
        (["Copyright ⓒ 가상금융신문"], (), ()),
        (["#가상시 #예산 #시의회"], (), ()),
        (["가상방송 핫클릭", "▶ 가상시, 새 청사 짓는다"], (), ()),
        (["이 기사는 가상뉴스 보도준칙에 따라 사실 여부를 확인했습니다."], (), ()),
        (["【가상뉴스 앱을 깔면 선물을 드립니다】"], (), ()),
        (
            ["홍길동 gildong@example.com기사제보 tip@example.com"],
            ("홍길동",),
            ("gildong@example.com", "tip@example.com"),
        ),
        (
            ["홍길동(취재) 010-0000-0000", "김철수(사진·영상) 010-0000-0001"],
            ("홍길동", "김철수"),
            (),
        ),
        (["• 좋아요", "0", "• 화나요", "0", "지금 뜨는 뉴스"], (), ()),
        (["![가상 배우 근황](https://img.example/1.jpg)", "공유하기"], (), ()),
        # Other articles' headlines under the last sentence: three or more short lines, no sentences.
        (
            [
                "가상시 예산 또 삭감…시의회 '반발'",
                "가상구 주민센터 문 연다",
                "‘전통시장 살리기’ 3년",
            ],
            (),
            (),
        ),
        (["댓글쓰기", "홍길동 2020-07-11 09:12:45", "좋은 소식이네요."], (), ()),
    ],
)
def test_each_closing_line_goes_to_the_footer(closing, reporters, emails):
    lines = [
        "가상시, 새 계획 발표",
        "가상시가 10일 새 계획을 발표했다.",
        "둘째 문단이다.",
        *closing,
    ]
    article = read_article("\n".join(lines) + "\n")
    assert [p.text for p in _body(article)] == lines[1:3]
    assert article.footer == tuple(closing)
    assert (article.reporters, article.emails) == (reporters, emails)


def test_subtitles_after_the_title():
    article = read_article(
        "가상시, 새 계획 발표\n예산 3천억 들여\n…10년 만의 개편\n가상시가 새 계획을 냈다.\n"
    )
    assert article.subtitles == ("예산 3천억 들여", "…10년 만의 개편")
    assert [p.text for p in _body(article)] == ["가상시가 새 계획을 냈다."]


@pytest.mark.parametrize(
    "last",
    [
        "정부는 저작물 무단 사용을 금지했다.",
        "저작권자는 지난달 소송을 냈다.",
        "Copyright law changed in 2020.",
        "경찰은 시민 제보를 받고 출동했다.",
        "▲소상공인 지원 ▲청년 일자리 ▲주민센터 확충",
        "시는 참가자에게 점심을 무료로 제공.",
    ],
)
def test_a_last_sentence_in_the_words_of_boilerplate_stays_in_the_body(last):
    article = read_article(f"가상시, 새 계획 발표\n가상시가 10일 새 계획을 발표했다.\n{last}\n")
    assert [p.text for p in _body(article)] == ["가상시가 10일 새 계획을 발표했다.", last]


def test_a_caption_after_a_marker_is_no_paragraph_and_names_who_speaks_below_it():
    article = read_article(
        "제목\n[기자]\n상가를 찾았습니다.\n[인터뷰] 장현숙 / 옷가게 운영\n"
        '"에어컨을 끌 수가 없어요."\n전력 수요가 늘었습니다.\n'
    )
    caption = next(p for p in article.parts if p.text == "장현숙 / 옷가게 운영")
    assert (caption.kind, caption.speaker, caption.role) == ("speaker", "장현숙", "옷가게 운영")
    assert article.text[caption.speaker_at :].startswith("장현숙 /")
    assert [(p.speaker, p.role, p.text) for p in _body(article)] == [
        ("기자", None, "상가를 찾았습니다."),
        ("장현숙", "옷가게 운영", '"에어컨을 끌 수가 없어요."'),
        ("기자", None, "전력 수요가 늘었습니다."),  # the reporter again, with no marker
    ]


def test_a_broadcast_scripts_caption_lines_are_no_body_text():
    article = read_article(Path(__file__).parent / "gold" / "quotes" / "18-broadcast.txt")
    assert [p.speaker for p in _body(article)] == (
        ["앵커"] * 2
        + ["기자"] * 2
        + ["장현숙"]
        + ["기자"] * 2
        + ["오준석", "기자", "한예린", "기자"]
    )
    captions = [p for p in article.parts if p.kind == "speaker" and p.role]
    assert [(p.speaker, p.role) for p in captions] == [
        ("장현숙", "옷가게 운영"),
        ("오준석", "산업통상자원부 전력정책관"),
        ("한예린", "가람대 전기공학과 교수"),  # [한예린 / … : what she says]
    ]
    tokens = kornews.tokenize(article)
    for caption in captions:  # its words are no terms of the body
        assert not ((tokens["start"] >= caption.start) & (tokens["end"] <= caption.end)).any()


def test_metadata_is_read_once_when_the_article_is_parsed(monkeypatch):
    article = read_article(FIXTURES / "joynews.txt")
    calls = []
    monkeypatch.setattr(layouts, "match", lambda *args: calls.append(args))
    assert article.reporters == ("윤새봄", "서하늘") and article.to_dict()["reporters"]
    assert calls == []


def test_two_short_lines_after_the_last_sentence_stay_in_the_body():
    lines = [
        "가상시, 새 계획 발표",
        "가상시가 10일 새 계획을 발표했다.",
        "예산 3천억",
        "10년 만의 개편",
    ]
    article = read_article("\n".join(lines) + "\n")
    assert [p.text for p in _body(article)] == lines[1:]


@pytest.mark.parametrize("cue", kornews.tables.table("layout_cues.tsv"), ids=lambda c: c.cue)
def test_every_cue_marks_its_example_as_furniture(cue):
    assert layouts.furniture(cue.example) == cue.role


def test_a_sentence_that_begins_with_a_cue_word_is_text():
    assert layouts.furniture("댓글 조작 의혹은 사실로 드러났다.") is None
    assert layouts.furniture("페이스북에 올린 글이 화제가 됐다.") is None


@pytest.mark.parametrize(
    "head, kinds",
    [
        (["〈사진=가상통신〉"], ["caption"]),
        (["◀ANC▶"], []),  # a script's marker opens the body
        (["2020-07-10 11:27:25 2020-07-10 11:29:02"], ["date"]),
        (["[가상방송] 2020-07-10 19:49 뉴스9"], ["date"]),
        (["“원칙을 지켜 나가겠다”"], ["subtitle"]),
        (["가상시의 어제와 오늘을 다섯 차례 돌아본다.[편집자말]"], ["footer"]),
        (["홍길동ㆍ김철수 가상스쿠프 기자"], ["reporter"]),
        (["• 입력 2020년 7월 10일 14시 31분", "• 페이스북"], ["date", "footer"]),
        (
            ["새 청사 3천억 들여", "가상시청 전경. /사진제공=가상시", "ⓒ 홍길동"],
            ["subtitle", "caption", "caption"],
        ),
    ],
)
def test_head_lines_by_their_shapes(head, kinds):
    article = read_article(
        "\n".join(["가상시, 새 계획 발표…예산 3천억 투입", *head, "가상시가 새 계획을 냈다."])
        + "\n"
    )
    assert [p.kind for p in article.parts[1 : 1 + len(kinds)]] == kinds
    assert article.parts[-1].kind == "paragraph"


def test_the_head_reads_an_outlet_in_the_byline_and_its_date():
    article = read_article(
        "가상시, 새 계획 발표\n홍길동 가상투데이 기자(gildong@example.com) 2020. 7. 10. 11:24\n"
        "가상시가 새 계획을 냈다.\n"
    )
    assert (article.outlet, article.reporter, article.email, article.date) == (
        "가상투데이",
        "홍길동",
        "gildong@example.com",
        "2020-07-10T11:24",
    )


def test_furniture_over_the_title_and_a_masthead():
    article = read_article(
        "• 페이스북\nLIFE STYLE > 문화\n경향신문\n가상시, 새 계획 발표\n가상시가 새 계획을 냈다.\n"
    )
    assert article.title == "가상시, 새 계획 발표"
    assert [p.kind for p in article.parts[:3]] == ["footer"] * 3


def test_a_photo_caption_in_the_title_place_gives_its_dateline_and_byline():
    article = read_article(
        "[가상투데이 홍길동 기자] 10일 가상시청 앞에서 시민들이 줄을 서 있다. 홍길동 기자 gildong@example.com\n"
        "저작권자 © 가상투데이 무단전재 및 재배포 금지\n"
    )
    assert article.title == "10일 가상시청 앞에서 시민들이 줄을 서 있다."
    assert (article.outlet, article.reporter, article.email) == (
        "가상투데이",
        "홍길동",
        "gildong@example.com",
    )
    assert article.dateline == "[가상투데이 홍길동 기자]"


def test_a_dateline_alone_in_the_title_place_leaves_no_title():
    article = read_article("[가상경제신문/홍길동 기자]\n가상시가 새 계획을 냈다.\n")
    assert article.title is None
    assert (article.outlet, article.reporter) == ("가상경제신문", "홍길동")
    assert [p.text for p in _body(article)] == ["가상시가 새 계획을 냈다."]


@pytest.mark.parametrize(
    "last, byline",
    [
        (
            "감독은 기뻐했다. 안산=홍길동 기자 gildong@example.com",
            "안산=홍길동 기자 gildong@example.com",
        ),
        (
            "시민들이 쉬고 있다. /홍길동 기자 gildong@example.com",
            "/홍길동 기자 gildong@example.com",
        ),
        ("시민들이 쉬고 있다./가상뉴스=홍길동 기자", "/가상뉴스=홍길동 기자"),
        ("시민들이 쉬고 있다./홍길동", "/홍길동"),
    ],
)
def test_a_byline_glued_to_the_last_paragraph_is_split_off(last, byline):
    article = read_article(f"가상시, 새 계획 발표\n가상시가 새 계획을 냈다.\n{last}\n")
    assert _body(article)[-1].text == last[: -len(byline)].rstrip()
    assert [p.text for p in article.parts if p.kind == "reporter"] == [byline]
    assert article.reporter == "홍길동"


@pytest.mark.parametrize(
    "line",
    [
        "가상시장이 손을 흔들고 있다. 김철수기자",
        "가상시장이 발언을 듣고 있다. (가상시 페이스북) 2021.3.5/가상통신",
        "가상도의원들이 표결하고 있다.(사진제공=가상도의회)",
        "가상시장이 눈물을 훔치고 있다. ⓒ가상시청",
        "<가상시 제공>",
        "사진_가상시청 전경.jpg",
    ],
)
def test_a_caption_inside_the_body_is_no_paragraph(line):
    article = read_article(
        f"가상시, 새 계획 발표\n가상시가 새 계획을 냈다.\n{line}\n둘째 문단이다.\n"
    )
    assert [p.text for p in _body(article)] == ["가상시가 새 계획을 냈다.", "둘째 문단이다."]
    assert line in [p.text for p in article.parts if p.kind == "caption"]


def test_a_clip_label_and_an_unknown_marker_in_a_script_are_markers():
    article = read_article(
        "가상시 새 청사\n[앵커]\n가상시가 새 청사를 짓습니다.\n홍길동 앵커 (2020년 7월 10일)\n"
        '"새 청사를 짓겠습니다."\n[현장음]\n박수 소리가 이어졌습니다.\n'
    )
    assert [(p.text, p.speaker) for p in _body(article)] == [
        ("가상시가 새 청사를 짓습니다.", "앵커"),
        ('"새 청사를 짓겠습니다."', "홍길동"),
        ("박수 소리가 이어졌습니다.", "현장음"),
    ]


def test_under_a_photo_caption_headlines_and_a_copyright_are_no_subtitles():
    article = read_article(
        "10일 가상시청 앞에서 시민들이 줄을 서 있다. 홍길동기자\n"
        "가상시 예산 또 삭감…시의회 '반발'\n가상구 주민센터 문 연다\n‘전통시장 살리기’ 3년\n"
        "<저작권자ⓒ가상일보사. 무단전재-재배포 금지>\n"
    )
    assert article.subtitles == ()
    assert _body(article) == []
    assert [p.kind for p in article.parts] == ["title", "reporter"] + ["footer"] * 4
    assert article.reporter == "홍길동"


@pytest.mark.parametrize(
    "line", ["a", "![가상 배우 근황 [속보]](https://img.example/1.jpg)", "[", "| 0"]
)
def test_marks_letters_and_image_links_are_furniture_in_the_body(line):
    article = read_article(
        f"가상시, 새 계획 발표\n가상시가 새 계획을 냈다.\n{line}\n둘째 문단이다.\n"
    )
    assert [p.text for p in _body(article)] == ["가상시가 새 계획을 냈다.", "둘째 문단이다."]


@pytest.mark.parametrize("word", ["검색", "닫기", "목록", "상태바"])
def test_a_bare_word_without_a_surname_or_a_control_is_no_reporter(word):
    article = read_article(f"가상시, 새 계획 발표\n{word}\n가상시가 새 계획을 냈다.\n홍길동\n")
    assert article.reporters == ("홍길동",)


def test_controls_are_furniture_only_as_whole_lines():
    assert layouts.furniture("• 목록") == "control"
    assert layouts.furniture("목록 공개 미뤄") is None  # a subtitle that begins with the word


def test_subtitles_under_a_bulleted_byline_and_controls_over_the_title():
    article = read_article(
        "• 메일\n• 작게\n가상시, 새 계획 발표\n• 홍길동 기자2020.07.10 14:31:35\n• 댓글 0\n"
        "이 기사를 공유합니다\n예산 3천억 들여\n10년 만의 개편\n가상시가 새 계획을 냈다.\n"
    )
    assert article.title == "가상시, 새 계획 발표"
    assert article.subtitles == ("예산 3천억 들여", "10년 만의 개편")
    assert (article.reporter, article.date) == ("홍길동", "2020-07-10T14:31")
    assert [p.text for p in _body(article)] == ["가상시가 새 계획을 냈다."]


def test_a_script_cut_before_its_headline_opens_with_its_marker():
    article = read_article("[앵커멘트]\n지금 저희 뉴스 보셔도\n정치 뉴스가 가장 많습니다.\n")
    assert article.title is None
    assert [(p.text, p.speaker) for p in _body(article)] == [
        ("지금 저희 뉴스 보셔도", "앵커멘트"),
        ("정치 뉴스가 가장 많습니다.", "앵커멘트"),
    ]


def test_under_a_long_text_in_the_titles_place_there_are_no_subtitles():
    note = "가상시의 어제와 오늘을 " * 12 + "돌아본다. <편집자주>"
    article = read_article(f'{note}\n"첫 이야기"\n가상시가 새 계획을 냈다.\n')
    assert article.subtitles == ()
    assert [p.text for p in _body(article)][0] == '"첫 이야기"'


def test_a_line_cut_short_that_names_an_outlet_inside_is_text():
    last = "포털과 제휴해 경향신문 독자들께 몇가지"
    article = read_article(f"가상시, 새 계획 발표\n가상시가 새 계획을 냈다.\n{last}\n")
    assert [p.text for p in _body(article)][-1] == last


@pytest.mark.parametrize(
    "closing, reporters, emails, date",
    [
        (
            ["홍길동기자 gildong@example.com 입력 : 2020-07-10 17:52:26 지면 : 2020-07-11(05면)"],
            ("홍길동",),
            ("gildong@example.com",),
            "2020-07-10T17:52",
        ),
        (
            ["홍길동 시민기자", "※이 기사는 지역신문발전기금을 지원받았습니다."],
            ("홍길동",),
            (),
            None,
        ),
    ],
)
def test_bylines_with_a_stamp_or_a_citizen_reporter(closing, reporters, emails, date):
    lines = ["가상시, 새 계획 발표", "가상시가 10일 새 계획을 발표했다.", *closing]
    article = read_article("\n".join(lines) + "\n")
    assert [p.text for p in _body(article)] == lines[1:2]
    assert (article.reporters, article.emails, article.date) == (reporters, emails, date)


def test_a_reporters_profile_marked_like_a_caption_names_the_reporter():
    article = read_article(
        "기획취재부를 신설했습니다\n독자 여러분의 의견을 듣겠습니다.\n▲홍길동 기자 gildong@example.com\n"
        "▲ 홍길동 기자\n현장을 직접 확인하겠습니다.\n"
    )
    assert (article.reporter, article.email) == ("홍길동", "gildong@example.com")
    assert [p.text for p in _body(article)] == [
        "독자 여러분의 의견을 듣겠습니다.",
        "현장을 직접 확인하겠습니다.",
    ]


def test_a_portal_copy_with_its_summary_controls_subhead_and_points():
    notice = (
        "(예시) 가장 빠른 뉴스가 있고 다양한 정보를 만나보세요. "
        + "가상뉴스는 소식을 전합니다. " * 3
    )
    article = read_article(
        "“원칙 지켜 나가겠다”\n홍길동 기자 2021. 3. 5. 09:04\n"
        "자동요약 기사 제목과 주요 문장을 기반으로 자동요약한 결과입니다.\n"
        "전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다.\n"
        "가상시가 새 계획을 냈다.\n예산은 3천억원이다.\n음성재생 설정\n"
        "글자크기 설정 파란원을 좌우로 움직이시면 글자크기가 변경 됩니다.\n"
        f"{notice.strip()}\n가상당 3선 김철수 의원\n● 예산 심사, 시민이 한다\n● 10년 만의 개편\n"
        "가상시청 앞에 선 김철수 의원. 그는 “원칙을 지키겠다”고 말했다. [홍길동 기자]\n"
        "가상시가 5일 새 계획을 냈다. 예산은 3천억원이다.\n시의회는 다음 달 심사한다.\n"
    )
    assert article.title == "“원칙 지켜 나가겠다”"
    assert article.subtitles == (
        "가상당 3선 김철수 의원",
        "● 예산 심사, 시민이 한다",
        "● 10년 만의 개편",
    )
    assert (article.reporter, article.date) == ("홍길동", "2021-03-05T09:04")
    assert [p.text for p in _body(article)] == [
        "가상시가 5일 새 계획을 냈다. 예산은 3천억원이다.",
        "시의회는 다음 달 심사한다.",
    ]


def test_a_cue_word_opening_a_long_line_leaves_it_text():
    line = "댓글 조작 의혹은 " + "가상시의회가 다음 달 조사한다고 밝혔다. " * 4
    assert layouts.furniture(line.strip()) is None


def test_an_interviews_answer_marked_with_a_triangle_is_a_paragraph():
    article = read_article(
        "가상시장 인터뷰\n다음은 일문일답.\n- 당선 소감부터.\n▲감사하다. 이제 시작이라고 생각한다.\n"
        "가상시청 앞 광장.\n▲ 가상시청 전경.\n"
    )
    assert [p.text for p in _body(article)] == [
        "다음은 일문일답.",
        "- 당선 소감부터.",
        "▲감사하다. 이제 시작이라고 생각한다.",
        "가상시청 앞 광장.",
    ]
    assert [p.text for p in article.parts if p.kind == "caption"] == ["▲ 가상시청 전경."]


def test_a_reporters_clip_marker_in_a_script_names_no_outlet():
    article = read_article(
        "[앵커]\n가상시가 새 계획을 냈습니다.\n[SYNC: 홍길동 기자]\n예산은 3천억원입니다.\n"
    )
    assert article.outlet is None
    assert [(p.text, p.speaker) for p in _body(article)] == [
        ("가상시가 새 계획을 냈습니다.", "앵커"),
        ("예산은 3천억원입니다.", "홍길동"),
    ]


def test_a_weeklys_bulleted_head_with_its_issue_number():
    article = read_article(
        "[가상초대석] 가상당 김철수 위원장\n• 홍길동 기자 gildong@example.com\n"
        "• 등록 2021.03.05 10:31:27\n• 호수 1190호\n• 댓글 0개\n“청년 정치의 밑거름 될게요”\n"
        "[가상시사 정치팀] 홍길동 기자 = 가상당이 새 위원장을 뽑았다.\n"
    )
    assert article.subtitles == ("“청년 정치의 밑거름 될게요”",)
    assert [p.text for p in _body(article)] == ["가상당이 새 위원장을 뽑았다."]


def test_a_dateline_before_a_sentence_opens_the_body_and_again_when_printed_again():
    first = "가상투데이 홍길동 기자 | 가상시가 새 계획을 냈다."
    article = read_article(f"{first}\n예산은 3천억원이다.\n{first}\n예산은 3천억원이다.\n")
    assert (article.title, article.outlet, article.reporter) == (None, "가상투데이", "홍길동")
    assert [p.text for p in _body(article)] == [
        "가상시가 새 계획을 냈다.",
        "예산은 3천억원이다.",
    ] * 2


def test_the_headline_printed_again_under_the_text_is_no_paragraph():
    article = read_article(
        "홍길동 가상연구원장\n창간 축하 메시지\n가상신문의 창간을 축하드립니다.\n"
        "앞으로도 힘이 되어 주시길 바랍니다.\n홍길동 가상연구원장\n"
        "[저작권자 ⓒ가상신문 무단 전재-재배포 금지]\n기사 추천\n• 좋아요 0\n• 감동이에요 0\n"
    )
    assert article.outlet == "가상신문"
    assert [p.text for p in _body(article)] == [
        "가상신문의 창간을 축하드립니다.",
        "앞으로도 힘이 되어 주시길 바랍니다.",
    ]


@pytest.mark.parametrize(
    "first",
    [
        "[서울=가상통신] GS인사 기자 = 가상통신이 독자 코너를 새로 열었다.",
        "가상통신이 독자 코너를 새로 열었다. 기업도 반론을 낼 수 있다.",
        "서울--(가상와이어)--가상통신이 독자 코너를 새로 열었다.",
    ],
)
def test_an_excerpt_cut_before_its_headline_opens_with_its_first_paragraph(first):
    article = read_article(
        f"{first}\n이용 방법은 다음 달 알린다.\n[알립니다] 독자의 글을 기다립니다\n"
    )
    assert (article.title, article.reporter) == (None, None)
    assert [p.text for p in _body(article)][1:] == ["이용 방법은 다음 달 알린다."]
    assert _body(article)[0].text.startswith("가상통신이 독자 코너를")


def test_a_caption_in_the_title_place_with_its_byline_stays_the_title():
    caption = "[가상투데이 홍길동 기자] 시민들이 광장을 걷고 있다. 맑은 날이 이어졌다. 홍길동 기자"
    article = read_article(f"{caption}\n저작권자 © 가상투데이 무단전재 및 재배포 금지\n")
    assert article.title == "시민들이 광장을 걷고 있다. 맑은 날이 이어졌다."


def test_an_affiliate_named_in_the_copyright_over_its_network_in_the_sign_off():
    article = read_article(
        "◀ANC▶\n가상시에 눈이 내렸습니다.\nMBC뉴스 홍길동입니다.\n"
        "Copyright © Daegu Munhwa Broadcasting Corporation. All rights reserved.\n"
    )
    assert (article.outlet, article.reporter) == ("대구MBC", "홍길동")


@pytest.mark.parametrize(
    "closing, outlet",
    [
        ("[ⓒ KPI뉴스. 무단전재-재배포 금지]", "KPI뉴스"),
        ("Copyright © Gasang Ilbo. All rights reserved.", "Gasang Ilbo"),
    ],
)
def test_a_copyrights_latin_name_glued_to_hangul_is_read_whole(closing, outlet):
    article = read_article(f"가상시, 새 계획 발표\n가상시가 새 계획을 냈다.\n{closing}\n")
    assert article.outlet == outlet


def test_a_credit_line_of_jobs_and_a_trade_papers_dateline():
    article = read_article(
        "[가상월드] 가상시가 새 계획을 냈다. 예산은 3천억원이다.\n시의회는 다음 달 심사한다.\n"
        "# 디자인, 영상편집_홍길동 인턴기자\n[저작권자ⓒ 가상월드. 무단전재-재배포 금지]\n"
    )
    assert article.outlet == "가상월드"
    assert [p.text for p in _body(article)] == [
        "가상시가 새 계획을 냈다. 예산은 3천억원이다.",
        "시의회는 다음 달 심사한다.",
    ]


def test_a_screen_reader_note_code_names_and_read_time_are_furniture():
    article = read_article(
        "화면낭독기 사용시 다음 링크들을 이용하면 더 빠르게 탐색할 수 있습니다.\nbar_progress\n"
        "가상시, 새 계획 발표\n시계아이콘01분 04초 소요\n숏뉴스\n"
        "숏 뉴스 AI 요약 기술은 핵심만 전달합니다. 전체 내용의 이해를 위해 본문을 확인해주세요.\n"
        "가상시가 새 계획을 냈다.\n"
    )
    assert article.title == "가상시, 새 계획 발표"
    assert [p.text for p in _body(article)] == ["가상시가 새 계획을 냈다."]


def test_credits_names_and_a_quoted_subtitle_with_an_ellipsis():
    article = read_article(
        "[가상박스] 김철수 감독 “그렇게 얘기했던 것 같은데….”\n입력 : 2021-03-05 19:09:36\n"
        "“그렇게 얘기했던 것 같은데….”\n홍길동 씨 / 김영희 씨\n사진ㅣ가상방송\n"
        "김철수 감독이 웃었다.\n가상시 경기장에 선수들이 들어서고 있다. 2021.3.5 가상통신\n"
        "경기는 5일 열렸다.\n가상시=홍길동 기자 gildong@example.com, 사진=가상통신\n"
    )
    assert article.subtitles == ("“그렇게 얘기했던 것 같은데….”",)
    assert (article.reporter, article.email) == ("홍길동", "gildong@example.com")
    assert [p.text for p in _body(article)] == ["김철수 감독이 웃었다.", "경기는 5일 열렸다."]


@pytest.mark.parametrize(
    "caption, reporter",
    [
        ("▲ 시민들이 가상시 광장을 걸으며 가을을 즐기고 있다.  김영희", "김영희"),
        (
            "• 가상시장이 가상시청에서 열린 회의에 참석하고 있다. (가상시 중구=김영희 기자)",
            "김영희",
        ),
    ],
)
def test_a_caption_in_the_title_place_signed_by_a_name_or_a_bracketed_credit(caption, reporter):
    article = read_article(f"{caption}\n저작권자 © 가상일보 무단전재 및 재배포 금지\n")
    assert article.reporter == reporter
    assert reporter not in article.title


def test_a_contributors_byline_and_a_copyright_in_book_brackets():
    article = read_article(
        "가상연구원, 기업 자금조달 격차 크다\n• 홍길동 선임연구원\n• 승인 2021.03.05 12:00\n"
        "지난 위기 이후 격차가 이어지고 있다.\n"
        "저작권자 © 《가상사람들》 - 가상시민의 신문 무단전재 및 재배포 금지\n"
    )
    assert (article.reporter, article.outlet) == ("홍길동", "가상사람들")
    assert [p.text for p in _body(article)] == ["지난 위기 이후 격차가 이어지고 있다."]


def test_a_house_blurb_closes_the_text_and_a_records_fields_are_no_subtitles():
    article = read_article(
        "독자 번호:12345\n이름:김영희(26)\n주소:가상시 중구\n김영희씨는 지난해 구독을 시작했다.\n"
        "▶ 해당 기사는 모바일 앱 가상앱에서 작성되었습니다.\n"
        "가상앱(app)이란? 일상의 이야기를 쉽게 기사화 할 수 있는 앱입니다.\n"
    )
    assert article.subtitles == ()
    assert [p.text for p in _body(article)] == ["김영희씨는 지난해 구독을 시작했다."]


@pytest.mark.parametrize("line", ["가상시: 예산 삭감 없을 것", "김철수:“예산 삭감 없을 것”"])
def test_a_subtitle_with_a_speakers_colon_is_no_records_field(line):
    article = read_article(
        f"가상시, 10년 만에 새 도시 계획 발표\n{line}\n가상시가 새 계획을 냈다.\n"
    )
    assert article.subtitles == (line,)


def test_an_equation_of_words_under_the_byline_opens_the_body():
    article = read_article(
        "가상터, 1인 미디어 시대 앞당긴다\n전문성 갖춘 블로그, 미디어 역할 손색 없어\n"
        "홍길동 기자2021.03.05 14:48:35\n블로그(blog)+리포터(reporter)=가상터(gasangter)\n"
        "1인 미디어 시대가 빠르게 열리고 있다.\n"
    )
    assert article.subtitles == ("전문성 갖춘 블로그, 미디어 역할 손색 없어",)
    assert [p.text for p in _body(article)] == [
        "블로그(blog)+리포터(reporter)=가상터(gasangter)",
        "1인 미디어 시대가 빠르게 열리고 있다.",
    ]


def test_a_desks_byline_in_the_closing_run_and_a_dateline_of_a_press_named_korea():
    article = read_article(
        "[가상코리아] 축구만큼 쉴 틈이 없는 스포츠도 없다. 한 마디를 모았다. <편집자주>\n"
        '"내년에도 풍랑에 흔들릴 것"\n가상FC 김철수 감독이 인터뷰에서 이같이 답했다.\n'
        "사진=김영희 기자\n기획취재팀 홍길동 기자\n"
        '"내년에도 풍랑에 흔들릴 것"\n가상FC 김철수 감독이 인터뷰에서 "\n'
    )
    assert (article.outlet, article.reporter) == ("가상코리아", "홍길동")


@pytest.mark.parametrize(
    "head",
    ["[카드뉴스] 가상시의 여름 축제", "(서울=가상통신) 가상시 광장에 분수가 솟고 있다."],
)
def test_the_outlet_a_copyright_names_wins_over_a_rubric_or_an_agencys_dateline(head):
    article = read_article(
        f"{head}\n시민들이 분수 앞에 모였다.\n"
        "© 가상일보(www.example.com), 무단전재 및 수집, 재배포금지\n"
    )
    assert article.outlet == "가상일보"


def test_a_copyrights_slogan_before_the_press_is_no_outlet_over_the_dateline():
    article = read_article(
        "[서울=가상통신] 가상시가 새 계획을 냈다.\n"
        "<저작권자ⓒ 국내유일의 종합뉴스통신사 가상통신. 무단전재-재배포 금지.>\n"
    )
    assert article.outlet == "가상통신"


@pytest.mark.parametrize(
    "first",
    [
        # an outlet's notice: one long sentence in the formal polite ending, no headline over it
        "본지는 지난해 봄 창간 때부터 독자 여러분께 정보를 드린다는 뜻에서 여러 언론 기관이 "
        "실시한 정치 여론조사의 결과 보도를 모아 본지 지면에 꾸준히 실어 왔습니다.",
        # a teaser cut short over a paywall, longer than any headline
        "구석구석 폐지와 버려진 플라스틱, 스펀지 같은 물건이 가득한 곳이 가상시장 "
        "한가운데 있다. 더 놀라운 것은 쓰레기장 같은 그 옆에 "
        "가스통이 놓여 있다는 것. 문제는 가스통이 아니라 그곳에 타기 쉬운 물건이 쌓여 "
        "가는데도 누구 하나 관심을 두지 않는다는 것이...",
    ],
)
def test_a_long_sentence_or_a_cut_teaser_standing_first_is_the_body(first):
    article = read_article(f"{first}\n가상시는 다음 달 점검에 나선다.\n")
    assert article.title is None
    assert [p.text for p in _body(article)] == [first, "가상시는 다음 달 점검에 나선다."]


@pytest.mark.parametrize(
    "line, bullet",
    [
        ("• 홍길동 기자", True),
        ("  • 승인 2019.03.14 09:20", False),  # the reader strips a line before asking
        ("• 승인 2019.03.14 09:20", True),
        ("• 입력 2019-03-14 09:20", True),
        ("• 댓글 0", True),
        ("• 조회수 1,204", True),
        ("• 댓글 쓰기", False),  # a control, no count
        ("• 페이스북", False),
        ("댓글 0", False),  # no bullet: the comment box that ends a body
    ],
)
def test_a_head_bullet_is_a_label_with_a_name_a_stamp_or_a_count(line, bullet):
    assert shapes.head_bullet(line) is bullet


def test_bullets_under_the_title_are_the_heads_and_the_body_follows():
    # A page stamp over a title that asks (the head stops early), then the byline, stamp and
    # comment count as bullets: the comment count is no end of the body here.
    article = read_article(FIXTURES / "haneul_bullets.txt")
    kinds = {p.text: p.kind for p in article.parts}
    assert kinds["• 댓글 0"] == "footer" and kinds["• 승인 2019.03.14 09:20"] == "date"
    assert [p.text[:5] for p in _body(article)][-3:] == [
        "가상시에서",
        "사망자는 ",
        "시 관계자",
    ]
    assert kinds["<저작권자 © 하늘Q, 무단전재 및 재배포 금지>"] == "footer"
    assert (article.outlet, article.reporter, article.date) == (
        "하늘Q",
        "한가을",
        "2019-03-14T09:20",
    )


def test_a_comment_count_under_the_body_still_ends_it():
    article = read_article(
        "가상시, 새 계획 발표\n가상시가 10일 새 계획을 발표했다.\n시는 예산 3천억원을 들인다고 밝혔다.\n"
        "• 댓글 2\n좋은 계획이네요.\n예산이 너무 많습니다.\n"
    )
    assert [p.text for p in _body(article)] == [
        "가상시가 10일 새 계획을 발표했다.",
        "시는 예산 3천억원을 들인다고 밝혔다.",
    ]


@pytest.mark.parametrize(
    "byline, reporter",
    [("By JANE DOE, GASANG US", "JANE DOE"), ("by Jane Doe | GASANG US", "Jane Doe")],
)
def test_an_english_byline_standing_first_names_the_reporter_and_the_outlet(byline, reporter):
    # A translated piece: the original's byline over the text, no Korean headline.
    article = read_article(
        f"{byline}\n가상탑의 높이는 330m이다. 가장 가까운 식당은 1마일 떨어져 있다.\n"
        "검색창에 몇 단어만 넣으면 알 수 있다.\n"
    )
    assert (article.reporter, article.outlet, article.title) == (reporter, "GASANG US", None)
    assert [p.text[:4] for p in _body(article)] == ["가상탑의", "검색창에"]
    assert (
        read_article(f"가상시 새 계획\n가상시가 새 계획을 냈다.\n{byline}\n").reporter == reporter
    )


@pytest.mark.parametrize("masthead", ["가상일보", "[가상신문]"])
def test_a_masthead_the_table_lacks_names_the_outlet_over_the_headline(masthead):
    article = read_article(f"{masthead}\n가상시 새 계획 발표\n가상시가 새 계획을 냈다.\n")
    assert (article.outlet, article.title) == (masthead.strip("[]"), "가상시 새 계획 발표")
    # A word of the same length is no paper's name: it stays the category over the title.
    assert read_article("생방송\n가상시 새 계획 발표\n가상시가 새 계획을 냈다.\n").outlet is None


def test_a_broadcasters_replay_page_under_its_menu():
    # A site menu over the newscast's name, its date and a headline printed twice; markers in round
    # brackets and the anchor's hand-over in its spoken contraction (기잡니다).
    menu = "장애인 서비스\n광고/협찬 안내\n회원가입\n로그인\n뉴스\n편성표\n라디오\n공지사항\n시청자 참여\n"
    article = read_article(
        f"{menu}[2020-01-05] 가상방송 8뉴스\n가상방송 8 뉴스\n2020년 01월 05일 (일)\n"
        "가상시 겨울 축제 개막\n가상시 겨울 축제 개막\n(앵커)\n가상시 겨울 축제가 오늘 개막했습니다.\n"
        "홍길동 기잡니다.\n(리포트)\n얼음 조각이 광장을 채웠습니다.\n"
        '(인터뷰)-(자막)"아이들과 함께 와서 좋아요."\n축제는 다음 달까지 이어집니다.\n'
    )
    assert (article.title, article.subtitles) == ("가상시 겨울 축제 개막", ())
    assert (article.reporter, article.date) == ("홍길동", "2020-01-05")
    assert [p.text[:6] for p in _body(article)] == [
        "가상시 겨울",
        "얼음 조각이",
        '"아이들과 ',
        "축제는 다음",
    ]
    assert {p.text for p in article.parts if p.kind == "speaker"} == {
        "(앵커)",
        "(리포트)",
        "(인터뷰)-(자막)",
    }


@pytest.mark.parametrize("line", ["KBS 8 뉴스", "[2020-01-05] KBS 8뉴스", "KBS 9시 뉴스"])
def test_a_newscasts_name_is_its_broadcasters_masthead(line):
    assert shapes.masthead_name(line) == "KBS"


def test_a_headline_printed_twice_under_two_short_lines_keeps_them_in_the_head():
    # Fewer than three short lines over the doubled headline: a category, no menu.
    article = read_article("정치\n가상시 새 계획\n가상시 새 계획\n가상시가 새 계획을 냈다.\n")
    assert (article.title, [p.kind for p in article.parts][:2]) == (
        "가상시 새 계획",
        ["category", "title"],
    )
    assert not shapes.masthead("KBS 뉴스 보도 내용")


@pytest.mark.parametrize(
    "byline, outlet, email",
    [
        ("글 : 홍길동  가상월간 편집장  hong@example.com", "가상월간", "hong@example.com"),
        ("글·사진 홍길동 기자", None, None),
        ("글 홍길동·사진 김철수 기자", None, None),
    ],
)
def test_a_writers_byline_led_by_geul_names_the_reporter(byline, outlet, email):
    head = read_article(
        f"가상시 새 계획\n{byline}\n가상시가 새 계획을 냈다.\n시는 다음 달 착공한다.\n"
    )
    tail = read_article(f"가상시 새 계획\n가상시가 새 계획을 냈다.\n{byline}\n")
    for article in (head, tail):
        assert (article.reporter, article.outlet, article.email) == ("홍길동", outlet, email)
        assert [p.text for p in _body(article)][0] == "가상시가 새 계획을 냈다."
    # A word that begins with 글 is no byline: 글로벌, 글 쓰기.
    assert read_article("가상시 새 계획\n가상시가 새 계획을 냈다.\n글로벌 시장\n").reporter is None


@pytest.mark.parametrize(
    "first",
    [
        "안녕하십니까",  # a letter's greeting
        # a report's lead in the plain past, longer than a headline that states its news
        "가상시가 도서관 운영 개선을 위해 야간 개관 제도 도입을 추진하기로 하고 구체적인 시행 방안을 마련했다.",
        # a teaser cut mid-sentence without an ellipsis, two sentences in it
        "현재 가상대학교 학보사는 주간교수와 다투는 중이다. 문제의 발단은 총학생회가 "
        "현수막을 치운 데서 시작됐다. 학보사는 졸업생들의 성명을 1면에 실을 예정이었다. "
        "하지만 주간교수가 이를 막아섰다. 지난 3월에는 가상대학교",
    ],
)
def test_a_greeting_a_long_lead_or_a_cut_teaser_standing_first_opens_the_body(first):
    article = read_article(f"{first}\n가상시는 다음 달 점검에 나선다.\n")
    assert article.title is None
    assert [p.text for p in _body(article)] == [first, "가상시는 다음 달 점검에 나선다."]


def test_a_headline_that_states_its_news_in_a_short_sentence_stays_the_title():
    article = read_article(
        "가상 아나운서의 오빠가 메인앵커로 발탁됐다.\n가상방송은 새 앵커를 발표했다.\n"
    )
    assert article.title == "가상 아나운서의 오빠가 메인앵커로 발탁됐다."


@pytest.mark.parametrize(
    "text, outlet",
    [
        (
            "가상일보 창간 30주년을 진심으로 축하합니다.\n앞으로도 독자 곁에 있어 주십시오.\n",
            "가상일보",
        ),
        ("올해의 소식을 모았다.\n저희 KBS는 앞으로도 공정하게 보도하겠습니다.\n", "KBS"),
        (
            "[가상일보 창간3주년] 연예 취재파일\n창간 3주년을 맞은 가상일보는 스타를 만났다.\n",
            "가상일보",
        ),
        # only named, as a story's subject: no outlet of its own
        (
            "가상방송이 새 앵커를 뽑았다.\n가상방송은 다음 달 개편한다.\n가상방송 관계자가 말했다.\n",
            None,
        ),
        ("KBS가 새 앵커를 뽑았다.\nKBS는 다음 달 개편한다.\nKBS 관계자가 말했다.\n", None),
    ],
)
def test_an_outlet_named_by_no_line_is_the_one_the_text_names_as_itself(text, outlet):
    assert read_article(text).outlet == outlet


def test_a_house_papers_masthead_issue_captions_and_a_copys_source_line():
    # A city's paper: its masthead with the issue and section over the headline, a deck, a photo's
    # caption written as a paragraph ending (사진은 …), another's with its credit; a copy's source.
    article = read_article(
        "본문내용 바로가기\n가상시보 제100호 시정\n가상시 새 광장 개장, 시민 발길 이어져\n시민 천여명 모여…축하 공연도\n"
        "가상시가 새 광장을 열었다.\n가상시가 지난 주말 분수를 켰다(사진은 분수 앞에 모인 시민들 모습).\n"
        "시는 광장에서 공연을 이어간다.\n시장이 테이프를 자르고 있다(사진은 개장식 모습). 사진제공·가상일보\n"
        "공연은 다음 달까지 열린다.\n원문출처 : http://www.example.com/news/1\n"
    )
    assert (article.outlet, article.title, article.subtitles) == (
        "가상시보",
        "가상시 새 광장 개장, 시민 발길 이어져",
        ("시민 천여명 모여…축하 공연도",),
    )
    assert [p.text[:6] for p in _body(article)] == ["가상시가 새", "시는 광장에", "공연은 다음"]
    assert [p.kind for p in article.parts][-1] == "footer"


def test_a_caption_printed_again_under_itself_and_a_messages_writer_are_no_body():
    photo = read_article(
        "▲ 시민들이 광장을 걷고 있다. 홍길동 기자 gildong@example.com\n"
        "시민들이 광장을 걷고 있다.\n홍길동 기자 gildong@example.com\n저작권자 © 가상일보 무단전재 및 재배포 금지\n"
    )
    assert (_body(photo), photo.reporter) == ([], "홍길동")
    message = read_article(
        "[창간 축사] 지역의 목소리가 되어 주십시오\n홍길동 가상대학출판협회 이사장\n"
        "가상신문의 창간을 축하합니다.\n앞으로도 곁에 있어 주십시오.\n"
    )
    assert (message.subtitles, [p.kind for p in message.parts][1]) == ((), "caption")
    assert [p.text[:5] for p in _body(message)] == ["가상신문의", "앞으로도 "]


def test_a_newscasts_box_over_the_headline_names_no_reporter():
    # The newscast's name, its airtime and its anchors under spaced-out day labels; the first
    # body line typed with a comma for its full stop is no subtitle.
    article = read_article(
        "본문 바로가기\nKBS 8 뉴스\n• 방송시간 매일 저녁 8시\n• 평    일\n    홍길동\n"
        "• 주    말\n    홍길동, 김철수\n가상시 시청자위원회 정기회의 열려\n키보드 단축키 안내\n"
        "가상시 시청자위원회가 오늘 본사에서 열렸습니다,\n위원들은 보도를 평가했습니다.\n"
        "이순신 기자 lee@example.com\n"
    )
    assert (article.title, article.subtitles) == ("가상시 시청자위원회 정기회의 열려", ())
    assert (article.reporter, article.email) == ("이순신", "lee@example.com")
    assert [p.text[:6] for p in _body(article)] == ["가상시 시청", "위원들은 보"]


def test_a_teaser_cut_over_a_paywall_ends_before_its_blurb_and_notice():
    teaser = (
        "구석구석 폐지와 버려진 플라스틱이 가득한 곳이 가상시장 한가운데 있다. 더 놀라운 것은 "
        "그 옆에 가스통이 놓여 있다는 것. 문제는 가스통이 아니라 그곳에 타기 쉬운 물건이 쌓여 "
        "가는데도 누구 하나 관심을 두지 않는다는 것이..."
    )
    article = read_article(
        f"{teaser}\n‘지역을 지키는’ 가상신문은 주민들의 힘으로 태어났습니다. 구독료가 힘입니다.\n"
        "가상신문 기사는 정기독자만 볼 수 있습니다. 로그인을 해주세요.\n"
    )
    assert [p.text for p in _body(article)] == [teaser]
    assert [p.kind for p in article.parts][1:] == ["footer", "footer"]
    assert article.outlet == "가상신문"  # the notice names its own paper


def test_signed_messages_keep_their_last_one_and_signers_are_captions():
    # Messages under subheads, each signed by a name, an organisation and an office; the last one
    # cut short is a message, not a list of other articles' headlines.
    article = read_article(
        "창간 3주년 기획 「독자에게 듣는다」\n"
        "가상신문 창간 3주년을 진심으로 축하드립니다. 늘 곁에 있어 주십시오.\n"
        "발로 뛰는 대변자\n홍길동 가상군새마을회장\n기자들이 발로 뛰는 모습이 보기 좋았습니다.\n"
        "소통의 장\n김철수 가상면기업인연합회장\n가상신문은 지역민의 소통의 장으로 꾸준히\n"
    )
    kinds = {p.text: p.kind for p in article.parts}
    assert kinds["홍길동 가상군새마을회장"] == kinds["김철수 가상면기업인연합회장"] == "caption"
    assert [p.text for p in _body(article)][-1] == "가상신문은 지역민의 소통의 장으로 꾸준히"
    assert article.outlet == "가상신문"


@pytest.mark.parametrize(
    "byline, reporter, outlet",
    [
        ("기자명 가상신문 (webmaster@example.com)", "홍길동", "가상신문"),
        ("기자명 김철수 기자 다른기사 보기 kim@example.com", "김철수", None),
    ],
)
def test_a_labelled_byline_standing_first_is_no_title(byline, reporter, outlet):
    article = read_article(
        f"{byline}\n‘기 자’ 몇 줄의 기사를 위해 그보다 더 긴 시간을 쓴다. 그것이 기자다.\n"
        "홍길동 기자 hong@example.com\n"
    )
    assert (article.title, article.reporter, article.outlet) == (None, reporter, outlet)


def test_a_headline_printed_twice_over_a_caption_printed_twice_stays_the_title():
    # Issue 21: the headline printed again over the page's furniture, a photo's caption printed
    # twice over the body; the first line printed twice is the headline, no menu's end.
    article = read_article(
        "가상시 예산 3.5% 증가\n가상시 예산 3.5% 증가\n  • 가상통신\n  • 승인 2020.11.03 10:18\n"
        "  • 댓글 0\n이 기사를 공유합니다\n\n가상시청 전경. (사진 = 가상시 제공)\n"
        "가상시청 전경. (사진 = 가상시 제공)\n\n가상시의 내년 예산이 3.5% 늘었다.\n"
        "시의회는 다음 달 심사한다.\n"
    )
    assert article.title == "가상시 예산 3.5% 증가"
    assert [p.kind for p in article.parts][:2] == ["title", "footer"]
    assert article.date == "2020-11-03T10:18"
    assert "가상시청 전경. (사진 = 가상시 제공)" in [
        p.text for p in article.parts if p.kind == "caption"
    ]
    assert article.subtitles == ()
    assert [p.text for p in _body(article)] == [
        "가상시의 내년 예산이 3.5% 늘었다.",
        "시의회는 다음 달 심사한다.",
    ]


def test_a_portals_summary_of_the_lead_leaves_the_lead_in_the_body():
    # Issue 21: a portal's copy prints the lead's sentences as its summary, then the article.
    lead = "가상시가 29일 새 계획을 냈다고 밝혔다."
    quote = '홍길동 시장은 "시민과 함께 하겠다"고 말했다.'
    article = read_article(
        f"가상시 새 계획\n전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다.\n{lead}\n{quote}\n"
        "이 글자크기로 변경됩니다.\n(예시) 가장 빠른 뉴스가 있고 다양한 정보를 만나보세요.\n"
        f"{lead}\n{quote}\n시의회는 다음 달 심사한다.\n"
    )
    assert article.title == "가상시 새 계획"
    assert [p.text for p in _body(article)] == [lead, quote, "시의회는 다음 달 심사한다."]
    assert [p.kind for p in article.parts][2:4] == ["footer", "footer"]
