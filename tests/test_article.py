"""Reading and parsing: the seed's structure as a reader sees it, every encoding, bad input."""

import re
import unicodedata

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import kornews
from kornews import ArticleError, parse_article, read_article, read_corpus

HEADINGS = [
    None,
    "9년간 서울 ICT 혁신에 큰 업적",
    "스타트업 육성, 청년 실업 해소에 노력",
    "뚝심있게 밀어부친 '제로페이'....코로나19 재난지원금 결제에 큰 역할",
]


def test_seed_metadata(seed):
    assert seed.category == "정부공공IT"
    assert seed.title == "대권주자 이미지에 가려졌지만…박원순 시장, 서울 ICT혁신에 수많은 성과"
    assert seed.reporter == "이상일"
    assert seed.outlet == "디지털데일리"
    assert seed.email == "2401@ddaily.co.kr"
    assert seed.dateline == "[디지털데일리 이상일기자]"


def test_seed_sections(seed):
    assert [s.heading.text if s.heading else None for s in seed.sections] == HEADINGS
    assert [len(s.paragraphs) for s in seed.sections] == [2, 9, 3, 3]
    lead = seed.sections[0].paragraphs
    assert lead[0].text.startswith("박원순 서울시장의 사망이 경찰에 의해 10일 공식 발표됐다.")
    assert lead[1].text.endswith("시장 권한대행 체제로 운영된다.")
    assert (
        seed.sections[3].paragraphs[-1].text.endswith("현재 제로페이 가맹점은 53만여개에 달한다.")
    )


def test_dateline_and_footer_are_not_body(seed):
    body = " ".join(p.text for s in seed.sections for p in s.paragraphs)
    assert "[디지털데일리" not in body and "이상일기자" not in body
    for footer_text in ("ddaily.co.kr", "기자의 전체기사 보기", "직접 편집한 뉴스 채널"):
        assert footer_text not in body
    assert seed.footer == (
        "<이상일 기자>2401@ddaily.co.kr",
        "이상일",
        "2401@ddaily.co.kr",
        "기자의 전체기사 보기 기자의 전체기사 보기",
        "디지털데일리가 직접 편집한 뉴스 채널",
    )


def test_every_part_points_at_its_text(seed):
    for part in seed.parts:
        assert seed.text[part.start : part.end] == part.text
    starts = [p.start for p in seed.parts]
    assert starts == sorted(starts)


def test_to_dict_has_the_cli_keys(seed):
    data = seed.to_dict()
    for key in ("category", "title", "reporter", "outlet", "email", "sections", "footer"):
        assert key in data
    assert data["sections"][1]["heading"] == HEADINGS[1]
    assert len(data["sections"][1]["paragraphs"]) == 9


def test_parts_table_is_tidy(seed):
    table = kornews.parts_table(seed)
    assert list(table.columns) == ["kind", "section", "start", "end", "text"]
    assert table["kind"].value_counts().to_dict() == {
        "paragraph": 17,
        "footer": 5,
        "heading": 3,
        "category": 1,
        "title": 1,
        "reporter": 1,
        "dateline": 1,
    }


def _variants(raw: bytes) -> dict[str, bytes]:
    text = raw.decode("utf-8")
    return {
        "crlf": text.replace("\n", "\r\n").encode("utf-8"),
        "bom": b"\xef\xbb\xbf" + raw,
        "cp949": text.encode("cp949"),
        "euc-kr": text.encode("euc-kr"),
        "nfd": unicodedata.normalize("NFD", text).encode("utf-8"),
        "utf-16": text.encode("utf-16"),
        "utf-16-le without a BOM": text.encode("utf-16-le"),
        "utf-16-be without a BOM": text.encode("utf-16-be"),
        "stray blank and space-only lines": text.replace("\n\n", "\n \n\n\t\n")
        .replace("\n", "  \n")
        .encode("utf-8"),
    }


@pytest.mark.parametrize("variant", list(_variants(b"x")))
def test_same_article_in_any_encoding_parses_identically(seed, seed_path, variant, tmp_path):
    path = tmp_path / seed_path.name
    path.write_bytes(_variants(seed_path.read_bytes())[variant])
    again = read_article(path)
    assert again.text == seed.text
    assert again.parts == seed.parts
    assert again.to_dict() == seed.to_dict()


def test_plain_article_without_the_layout():
    article = read_article(
        "서울시, 스마트시티 계획 발표\n\n서울시가 계획을 내놨다.\n\n둘째 문단이다.\n"
    )
    assert article.title == "서울시, 스마트시티 계획 발표"
    assert article.category is None and article.reporter is None and article.dateline is None
    assert len(article.sections) == 1
    assert [p.text for p in article.sections[0].paragraphs] == [
        "서울시가 계획을 내놨다.",
        "둘째 문단이다.",
    ]
    assert article.footer == ()


def test_plain_article_keeps_a_trailing_signature_as_footer():
    article = read_article("제목\n본문 문단.\nhong@example.com\n무단전재 및 재배포 금지\n")
    assert [p.text for p in article.sections[0].paragraphs] == ["본문 문단."]
    assert article.footer == ("hong@example.com", "무단전재 및 재배포 금지")
    assert article.email == "hong@example.com"


def test_title_alone_has_an_empty_lead_section():
    article = read_article("제목만 있는 기사\n")
    assert article.title == "제목만 있는 기사"
    assert [(s.index, s.heading, s.paragraphs) for s in article.sections] == [(0, None, ())]


def test_section_mark_alone_is_text_not_a_heading():
    article = read_article("제목\n첫 문단.\n◆\n끝 문단.\n")
    assert len(article.sections) == 1
    assert [p.text for p in article.sections[0].paragraphs] == ["첫 문단.", "◆", "끝 문단."]


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "is empty"),
        (b"  \n\t\r\n", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "is a PNG image, not a text article"),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00", "binary"),
        (b"\x80\x81\x82 not cp949 \xff\xff", "cannot decode"),
    ],
)
def test_bad_files_raise_one_error(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError, match=message):
        read_article(path)


def test_missing_path_and_directory(tmp_path):
    with pytest.raises(ArticleError, match="no such file"):
        read_article(tmp_path / "missing.txt")
    with pytest.raises(ArticleError, match="is a directory"):
        read_article(tmp_path)


def test_error_messages_are_one_line(tmp_path):
    with pytest.raises(ArticleError) as caught:
        read_article(tmp_path / "missing.txt")
    assert "\n" not in str(caught.value)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_parsing_any_text_never_crashes_and_never_loses_text(text):
    try:
        article = parse_article(text)
    except ArticleError:
        assert not "".join(text.split()).replace("\ufeff", "")
        return
    # Normalising drops whitespace only.
    kept = "".join(
        ch for ch in unicodedata.normalize("NFC", text.replace("\ufeff", "")) if not ch.isspace()
    )
    assert "".join(ch for ch in article.text if not ch.isspace()) == kept
    # Every non-space character is in exactly one part, bar the section marks before headings.
    covered = [False] * len(article.text)
    for part in article.parts:
        assert article.text[part.start : part.end] == part.text
        for i in range(part.start, part.end):
            assert not covered[i]
            covered[i] = True
    for i, ch in enumerate(article.text):
        if not ch.isspace() and not covered[i]:
            assert ch == kornews.article.SECTION_MARK, (i, ch)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.text(st.characters(codec="utf-8", exclude_characters="\n\r"), min_size=1),
        min_size=1,
        max_size=8,
    ),
    st.sampled_from(["\n", "\r\n", "\n\n", "\n \n"]),
)
def test_line_breaks_and_blank_lines_change_nothing(lines, separator):
    assume(any(line.strip() for line in lines))
    one = parse_article("\n".join(lines))
    other = parse_article(separator.join(lines))
    assert one == other


def test_read_corpus_from_a_folder_a_glob_and_files(tmp_path, seed_path):
    (tmp_path / "b.txt").write_bytes(seed_path.read_bytes().decode().encode("cp949"))
    (tmp_path / "a.txt").write_text("제목 하나\n문단 하나.\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    corpus = read_corpus(tmp_path)
    assert corpus.names == ("a", "b") and len(corpus) == 2
    articles = list(corpus)
    assert [a.title for a in articles] == [
        "제목 하나",
        "대권주자 이미지에 가려졌지만…박원순 시장, 서울 ICT혁신에 수많은 성과",
    ]
    assert read_corpus(str(tmp_path / "*.md")).names == ("notes",)
    assert read_corpus([tmp_path / "b.txt", tmp_path / "a.txt"]).names == ("b", "a")


def test_read_corpus_keeps_clashing_names_apart(tmp_path):
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.txt").write_text("제목\n문단.\n", encoding="utf-8")
    names = read_corpus([tmp_path / "x", tmp_path / "y"]).names
    assert len(set(names)) == 2 and all(name.endswith("same") for name in names)


def test_read_corpus_errors(tmp_path):
    with pytest.raises(ArticleError, match="no such file or folder"):
        read_corpus(tmp_path / "missing")
    with pytest.raises(ArticleError, match="no article files"):
        read_corpus(tmp_path)
    with pytest.raises(ArticleError, match="no article files"):
        read_corpus(str(tmp_path / "*.txt"))


def test_a_line_that_mentions_copyright_is_not_a_footer():
    article = read_article(
        "제목\n첫 문단.\nIt is a copyright case.\n이 사건은 무단 전재 논란이다.\n"
    )
    assert [p.text for p in article.sections[0].paragraphs][-2:] == [
        "It is a copyright case.",
        "이 사건은 무단 전재 논란이다.",
    ]
    assert article.footer == ()


def test_text_with_carriage_returns_only_is_text():
    assert read_article("제목\r첫 문단.\r").sections[0].paragraphs[0].text == "첫 문단."


def test_a_name_too_long_for_the_file_system_is_an_article_error():
    with pytest.raises(ArticleError, match="cannot read"):
        read_article("x" * 300)


def test_read_corpus_takes_a_file_named_like_a_glob(tmp_path):
    path = tmp_path / "[단독] 기사.txt"
    path.write_text("제목\n문단.\n", encoding="utf-8")
    assert read_corpus(path).names == ("[단독] 기사",)


# --- hostile and unusual input -------------------------------------------------------------


def test_a_file_over_the_size_limit_is_refused_with_the_limit_and_how_to_raise_it(
    tmp_path, monkeypatch
):
    path = tmp_path / "big.txt"
    path.write_bytes(("제목\n" + "본문이다. " * 100 + "\n").encode())
    with pytest.raises(
        ArticleError,
        match=r"big.txt: larger than the limit of 1,000 bytes \(raise it with KORNEWS_MAX_BYTES",
    ):
        read_article(path, max_bytes=1000)
    monkeypatch.setenv("KORNEWS_MAX_BYTES", "1000")
    with pytest.raises(ArticleError, match="limit of 1,000 bytes"):
        read_article(path)
    assert read_article(path, max_bytes=10_000).title == "제목"  # the option wins over the setting
    monkeypatch.setenv("KORNEWS_MAX_BYTES", "lots")
    with pytest.raises(
        ArticleError, match="KORNEWS_MAX_BYTES: expected a number of bytes, got 'lots'"
    ):
        read_article(path)


def test_an_endless_input_stops_at_the_default_limit():
    with pytest.raises(
        ArticleError,
        match=f"/dev/zero: larger than the limit of {kornews.article.MAX_BYTES:,} bytes",
    ):
        read_article("/dev/zero")


@pytest.mark.parametrize("signature, document", kornews.article.DOCUMENT_SIGNATURES)
def test_documents_of_other_formats_are_named(signature, document):
    # What follows the signature is plain ASCII text, as in a PDF written without binary streams.
    with pytest.raises(ArticleError, match=f"is {re.escape(document)}, not a text article"):
        read_article(
            signature + b"1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n", name="doc"
        )


def test_an_ascii_pdf_is_not_an_article(tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes(
        b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\nxref\n0 1\ntrailer\n%%EOF\n"
    )
    with pytest.raises(ArticleError, match="report.txt: is a PDF document, not a text article"):
        read_article(path)


def test_broken_and_looping_symbolic_links_say_what_they_are(tmp_path, monkeypatch):
    # Read from its folder: a message names at most 80 characters of the path, fewer than a
    # pytest worker's temporary folder (make test) may take.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    with pytest.raises(
        ArticleError, match=r"dangling.txt: is a symbolic link to a missing file \(.*gone.txt\)"
    ):
        read_article(tmp_path / "dangling.txt")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    with pytest.raises(
        ArticleError, match=r"loop.txt: cannot read \(Too many levels of symbolic links\)"
    ):
        read_article("loop.txt")


def test_a_broken_link_in_a_folder_stops_the_run_with_its_name(tmp_path, seed_path):
    (tmp_path / "a.txt").write_bytes(seed_path.read_bytes())
    (tmp_path / "b.txt").symlink_to(tmp_path / "gone.txt")
    corpus = read_corpus(tmp_path)
    assert corpus.names == ("a", "b")
    with pytest.raises(ArticleError, match="b.txt: is a symbolic link to a missing file"):
        list(corpus)


def test_a_lone_surrogate_is_an_article_error():
    for read in (read_article, parse_article):
        with pytest.raises(
            ArticleError,
            match=r"not valid Unicode text \(a lone surrogate, U\+D800, at character 6\)",
        ):
            read("제목\n본문 \ud800 끝.\n")


# Short Korean texts in CP949 whose bytes are valid UTF-8 too: 첫 is C3 B9, ù in UTF-8.
@pytest.mark.parametrize("text", ["첫", "첫 줄", "잤", "첫 잔", "첫잔 3잔", "Hi 첫", "제목 첫"])
def test_short_cp949_text_is_read_as_hangul(text):
    assert read_article(text.encode("cp949"), name="t").title == text


@pytest.mark.parametrize("text", ["café", "25°C", "naïve résumé", "첫", "가나다 café"])
def test_utf8_that_could_be_cp949_stays_utf8_where_it_reads_as_words(text):
    # A Latin word with an accent or a degree sign, or Hangul in the UTF-8 reading itself.
    assert read_article(text.encode("utf-8"), name="t").title == text


KS_HANGUL = [
    c
    for c in map(chr, range(0xAC00, 0xD7A4))
    if c.encode("cp949", "ignore") and len(c.encode("cp949")) == 2 and c.encode("cp949")[0] >= 0xB0
]


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(KS_HANGUL + list(" 0123456789.,!?")), min_size=1, max_size=10)
)
def test_any_short_korean_text_round_trips_through_cp949(text):
    assume(text.strip())
    assert kornews.article.decode(text.encode("cp949")) == text
