"""The Korean press's layouts as data: one row per form a line can take, read by one engine
in :mod:`kornews.article`. Adding an outlet means adding rows (and a fixture), not code.

Each row: ``name``, the part ``kind`` it yields, where it is looked for (``places``), the
``pattern`` (a regular expression; named groups ``outlet``, ``reporter``, ``email`` fill the
article's metadata, ``speaker`` and ``role`` say who speaks a broadcast script's lines) and an
invented ``example`` that the tests parse.

Places:
    head   a whole line between the title and the body (date, reporter, caption, subtitle);
    open   the start of a body line: the match is its own part, the rest stays a paragraph
           (datelines only on the body's first line; speaker markers on any line);
    line   a whole line anywhere in the body (captions, dates, a TV reporter's hand-over);
    close  a whole line of the closing run: the footer is the trailing run of such lines;
    end    a whole line that ends the body wherever it stands after the head, and is
           also a closing-run line (a signature with an e-mail: what follows is furniture);
    after  the whole rest of a line after a speaker marker (a caption naming who speaks).
Rows are tried in order; the first that matches wins.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import cache, cached_property
from typing import NamedTuple

from .tables import table

# Pieces shared by the rows. A reporter's name is two to four syllables.
NAME = r"[가-힣]{2,4}"
# A desk signing as a reporter: Latin letters, then Hangul (GS인사): no person's name.
_DESK = r"[A-Za-z]{1,6}[가-힣]{1,6}"


def _reporter_titles() -> str:
    """The titles ``titles.tsv`` marks as a reporter's, longest first, as one alternation; a title
    ending in another of them may be written apart (인턴 기자)."""
    titles = sorted(
        (row.title for row in table("titles.tsv") if row.reporter == "yes"),
        key=lambda t: (-len(t), t),
    )
    forms = []
    for title in titles:
        inner = next((t for t in titles if t != title and title.endswith(t)), None)
        cut = len(title) - len(inner) if inner else 0
        forms.append(re.escape(title[:cut]) + (r"\s?" if cut else "") + re.escape(title[cut:]))
    return "(?:" + "|".join(forms) + ")"


TITLE = _reporter_titles()
# ASCII only: an address glued to the next words (gildong@example.com기사제보) ends at the Hangul.
EMAIL = r"[A-Za-z0-9_.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
# A name standing alone, with no title to say so, begins with a Korean surname (data/surnames.tsv):
# 검색, 닫기 are no names.
SURNAMED = (
    "(?=(?:"
    + "|".join(sorted((row.surname for row in table("surnames.tsv")), key=len, reverse=True))
    + rf")[가-힣]){NAME}"
)
# More names that share one title: 홍길동·김철수 기자.
MORE_NAMES = rf"(?:\s*[·ㆍ,]\s*{NAME})*"
# A press name, told from a place or a person by what it is called: CBS노컷뉴스, 부산일보, 파이낸셜뉴스,
# 가상월드, 가상코리아.
PRESS = r"[가-힣A-Za-z0-9]*(?:[A-Z]{2,}|일보|신문|뉴스|경제|타임스|데일리|방송|투데이|미디어|월드|코리아)[가-힣A-Za-z0-9]*"
# A photo's credit after its caption: ... 있다. 연합뉴스 / 가상시 문화재단 제공 / [사진 가상시] / [사진=가상시 제공].
_CREDIT = (
    r"(?:\[\s*(?:사진|그래픽|자료)\s*[=:]?\s*[^\[\]]{1,30}\]|(?:(?:AFP|AP|EPA|UPI|로이터)\s*)?(?:연합뉴스|뉴시스|뉴스1)"
    r"|[가-힣A-Za-z0-9·]{1,20}(?:\s[가-힣A-Za-z0-9·]{1,12})?\s*제공"
    rf"|\[\s*{NAME}\s*{TITLE}\s*\])"  # [홍길동 기자]: the photographer's byline in brackets
)
# 2020.07.10, 2020-07-10, 2020/7/10, 2020년 7월 10일, with a weekday and a time (14:31, 오후 2:31, 14시 31분).
DATE = (
    r"(?P<y>\d{4})\s*[.\-/년]\s*(?P<m>\d{1,2})\s*[.\-/월]\s*(?P<d>\d{1,2})\s*[.일]?"
    r"(?:\s*\(?[월화수목금토일]\)?)?"
    r"(?:\s*\(?\s*(?P<ampm>오전|오후|AM|PM)?\s*(?P<H>\d{1,2})\s*[:시]\s*(?P<M>\d{2})(?:\s*[:분]\s*\d{2}\s*초?|\s*분)?\)?)?"
)
_LOOSE_DATE = re.sub(
    r"\?P<\w+>", "", DATE
)  # the same shape without names, for a second date on the line
_STAMP = r"(?:입력|기사입력|등록|최초\s?입력|승인|게재|발행|작성|송고)"
_EDIT = r"(?:수정|최종\s?수정|기사수정|업데이트|갱신)"
# Where the paper printed it: 종합 08면, A8면.
_PRINT_PAGE = r"[가-힣A-Z]{0,6}\s*\d{1,2}\s*면"
# Who may sign off a broadcast: KBS, YTN, JTBC, MBN, 연합뉴스TV, 채널A, TV조선, OBS 뉴스, ...
_BROADCASTER = r"(?:[가-힣A-Za-z0-9]+\s?TV|[A-Z][A-Za-z0-9]{1,5}|[가-힣]*뉴스[가-힣A-Z0-9]*|[가-힣]{1,6}방송|채널A|TV조선)"


@dataclass(frozen=True)
class Layout:
    name: str
    kind: str
    places: tuple[str, ...]
    pattern: str
    example: str

    @cached_property
    def regex(self) -> re.Pattern:
        return re.compile(self.pattern)


ROWS: tuple[Layout, ...] = (
    # [SYNC: 홍길동 기자]: a clip of a reporter's voice, alone on its line (no dateline's [가상일보 홍길동 기자]).
    Layout(
        "speaker-sync-named",
        "speaker",
        ("open",),
        rf"\[\s*(?:SYNC|SYN|INT|인터뷰|녹취)\s*[:：]\s*(?P<speaker>{NAME})\s*(?:{TITLE})?\s*\]\s*",
        "[SYNC: 홍길동 기자]",
    ),
    # --- datelines opening the body ---
    Layout(
        "dateline-bracket",
        "dateline",
        ("open",),
        r"\[\s*(?P<outlet>[^\[\]=]*?)\s+(?P<reporter>[^\s\[\]]+?)\s*기자\s*\]\s*",
        "[디지털데일리 홍길동기자] 시는 10일 계획을 냈다.",
    ),  # also [이데일리 홍길동 기자]
    Layout(
        "dateline-reporter",
        "dateline",
        ("open",),
        rf"\[\s*(?P<reporter>{NAME})\s*기자\s*\]\s*",
        "[홍길동기자] 시는 10일 계획을 냈다.",
    ),
    Layout(
        "dateline-place-paren",
        "dateline",
        ("open",),
        rf"\((?!사진|그래픽|자료)(?P<place>[^()=]{{1,12}})=(?P<outlet>[^()]{{1,12}})\)\s*(?:(?P<reporter>{NAME})(?:\s+{NAME})*\s*{TITLE}\s*=\s*)?",
        "(서울=연합뉴스) 홍길동 기자 = 시는 10일 계획을 냈다.",
    ),  # also (서울=뉴스1)
    # Before the place rows: in [헤럴드경제=홍길동 기자] what stands before = is the press, not a place.
    Layout(
        "dateline-outlet-reporter",
        "dateline",
        ("open",),
        rf"\[\s*(?P<outlet>{PRESS})(?:\([^()]{{1,8}}\))?\s*=\s*(?P<reporter>{NAME}){MORE_NAMES}\s*{TITLE}\s*\]\s*",
        "[가상경제=홍길동 기자] 시는 10일 계획을 냈다.",
    ),
    # [안산=가상스포츠 홍길동 기자]: the press, then its reporter, after the place.
    Layout(
        "dateline-place-outlet-reporter",
        "dateline",
        ("open",),
        rf"[\[【]\s*(?P<place>[^\[\]【】=]{{1,12}})=(?P<outlet>[^\s\[\]【】=]{{2,15}})\s+(?P<reporter>{NAME}){MORE_NAMES}\s*{TITLE}\s*[\]】]\s*",
        "[안산=가상스포츠 홍길동 기자] 시는 10일 계획을 냈다.",
    ),
    # [가상뉴스=스포츠부], [가상뉴스 온라인뉴스팀] 홍길동 기자 =: the press and its desk.
    Layout(
        "dateline-outlet-desk",
        "dateline",
        ("open",),
        rf"\[\s*(?P<outlet>{PRESS}|[가-힣A-Za-z0-9]{{2,10}}(?=\s))(?:\s*=\s*|\s+)[가-힣A-Za-z]{{1,10}}(?:부|팀|센터)\s*\]\s*"
        rf"(?:(?P<reporter>{NAME}){MORE_NAMES}\s*{TITLE}\s*=\s*)?",
        "[가상뉴스=스포츠부] 시는 10일 계획을 냈다.",
    ),
    # 가상투데이 홍길동 기자 | …: the press and its reporter before a bar.
    Layout(
        "dateline-outlet-bar",
        "dateline",
        ("open",),
        rf"(?P<outlet>[가-힣A-Za-z0-9]{{2,12}})\s+(?P<reporter>{NAME}){MORE_NAMES}\s*{TITLE}\s*\|\s*",
        "가상투데이 홍길동 기자 | 시는 10일 계획을 냈다.",
    ),
    # [가상경제신문/홍길동 기자]; a place before the slash is no press: [가상시/홍길동기자].
    Layout(
        "dateline-outlet-slash",
        "dateline",
        ("open",),
        rf"\[\s*(?:(?P<outlet>{PRESS})|(?P<place>[가-힣]{{1,8}}))\s*/\s*(?P<reporter>{NAME}){MORE_NAMES}\s*{TITLE}\s*\]\s*",
        "[가상경제신문/홍길동 기자] 시는 10일 계획을 냈다.",
    ),
    Layout(
        "dateline-place-bracket",
        "dateline",
        ("open",),
        rf"[\[【]\s*(?!사진|그래픽|자료)(?P<place>[^\[\]【】=]{{1,12}})=(?P<outlet>[^\[\]【】]{{1,12}})\s*[\]】]\s*"
        rf"(?:(?:(?P<reporter>{NAME})(?:\s+{NAME})*|{_DESK})\s*{TITLE}\s*=\s*)?",
        "[서울=뉴시스]홍길동 기자 = 시는 10일 계획을 냈다.",
    ),  # also 【서울=뉴시스】, [서울=가상통신] 가상인사 기자 = (a desk's byline names no one)
    Layout(
        "dateline-outlet",
        "dateline",
        ("open",),
        rf"\[\s*(?P<outlet>{PRESS})\s*\]\s*",
        "[가상뉴스] 시는 10일 계획을 냈다.",
    ),  # also a line of its own over the body: [경향신문]
    Layout(
        "dateline-outlet-equals",
        "dateline",
        ("open",),
        rf"(?P<outlet>[가-힣A-Za-z0-9]{{2,10}})\s+(?P<reporter>{NAME})\s*{TITLE}\s*=\s*",
        "아주경제 홍길동 기자= 시는 10일 계획을 냈다.",
    ),
    # A press release distributor's dateline: 서울--(가상와이어)--.
    Layout(
        "dateline-wire",
        "dateline",
        ("open",),
        r"(?P<place>[가-힣A-Za-z]{1,12})\s*-{2}\s*\((?P<outlet>[^()]{1,20})\)\s*-{2}\s*",
        "서울--(가상와이어)--가상기업이 10일 새 제품을 냈다.",
    ),
    # --- broadcast scripts: who speaks next ---
    Layout(
        "speaker-bracket",
        "speaker",
        ("open",),
        r"\[\s*(?P<speaker>앵커(?:\s?멘트)?|기자(?:\s?멘트)?|리포트|인터뷰|녹취|현장음|클로징|스탠드업)\s*\]\s*",
        "[앵커]",
    ),
    Layout(
        "speaker-angle",
        "speaker",
        ("open",),
        r"<\s*(?P<speaker>앵커|기자|리포트|인터뷰|녹취)(?:\s?멘트)?\s*>\s*",
        "<앵커 멘트>",
    ),
    # A named marker alone on its line speaks for the lines below: ◀ 인터뷰 ▶ 홍길동/직함, ◀ 홍길동/직함 ▶.
    Layout(
        "speaker-triangle-named",
        "speaker",
        ("open",),
        rf"◀\s*(?:(?:인터뷰|SYNC|녹취|INT|SYN)\s*▶\s*)?(?P<speaker>{NAME})\s*/\s*(?P<role>[^◀▶]{{1,40}}?)\s*▶?$",
        "◀ 인터뷰 ▶ 홍길동/가상시 주민",
    ),
    # ▶ 인터뷰 : 홍길동 / 가상시 주민 alone on its line (a regional script): who speaks the lines below.
    Layout(
        "speaker-arrow-named",
        "speaker",
        ("open",),
        rf"▶\s*(?:인터뷰|INT|SYNC|녹취)\s*:\s*(?P<speaker>{NAME})\s*/\s*(?P<role>[^/▶]{{1,40}}?)$",
        "▶ 인터뷰 : 홍길동 / 가상시 주민",
    ),
    # INT-홍길동/가상시 주민 alone on its line (a regional script's cue sheet): who speaks below.
    Layout(
        "speaker-int-named",
        "speaker",
        ("open",),
        rf"(?:INT|SYNC?)\s*[-:]\s*(?P<speaker>{NAME})\s*/\s*(?P<role>[^/]{{1,40}}?)$",
        "INT-홍길동/가상시 주민",
    ),
    # ◀INT▶홍길동/가상시 주민, ◀SYN▶가상업체 관계자: who speaks, after the marker.
    Layout(
        "speaker-triangle-labelled",
        "speaker",
        ("open",),
        r"◀\s*(?:INT|SYN|SYNC|인터뷰|녹취)\s*▶\s*(?P<speaker>[가-힣A-Za-z0-9 /·()]{1,30})$",
        "◀SYN▶가상업체 관계자",
    ),
    Layout(
        "speaker-triangle",
        "speaker",
        ("open",),
        r"◀\s*(?P<speaker>앵커|기자|리포트|인터뷰|SYNC|녹취|현장음|스탠드업)\s*▶\s*",
        "◀ 앵커 ▶",
    ),
    # A caption in brackets with the words said after its colon: the words stay a paragraph.
    Layout(
        "speaker-said-bracket",
        "speaker",
        ("open",),
        rf"\[\s*(?P<speaker>{NAME})\s*/\s*(?P<role>[^\[\]/:：]{{1,40}}?)\s*[:：]\s*(?=[^\[\]]+\]$)",
        "[홍길동 / 가상시 주민 : 좋아요.]",
    ),
    # Any other marker of a regional script: ◀ANC▶, ◀VCR▶, ◀END▶; a stand-up before its words: (S-U).
    Layout(
        "speaker-marker",
        "speaker",
        ("open",),
        r"◀\s*(?P<speaker>[A-Z]{2,5}|[가-힣]{1,6})\s*▶\s*",
        "◀ANC▶",
    ),
    Layout("speaker-standup", "speaker", ("open",), r"\(\s*(?P<speaker>S-U|S/U)\s*\)\s*", "(S-U)"),
    # What follows the colon is said, so it ends as speech does; a weather table's 서울/경기 : 맑음 does not.
    Layout(
        "speaker-said",
        "speaker",
        ("open",),
        rf"(?P<speaker>{NAME})\s*/\s*(?P<role>[^/:：]{{1,30}}?)\s*[:：]\s*(?=.*(?:[.?!…]|[다요죠까네])[\"”’']?$)",
        "홍길동/가상시 주민 : 좋아요.",
    ),
    Layout(
        "speaker-named",
        "speaker",
        ("line",),
        rf"\[\s*(?P<speaker>{NAME})\s*/\s*(?P<role>[^\[\]:]{{1,40}}?)\s*\]",
        "[홍길동 / 가상시 주민]",
    ),
    # After a marker, the caption of who speaks the paragraph below: [인터뷰] 홍길동 / 가상시 주민.
    Layout(
        "speaker-caption",
        "speaker",
        ("after",),
        rf"(?P<speaker>{NAME})\s*/\s*(?P<role>[^/:：\[\]◀▶]{{1,40}})",
        "홍길동 / 가상시 주민",
    ),
    # A clip's label in a script: who spoke, and when (홍길동 앵커 (2020년 7월 10일)).
    Layout(
        "speaker-clip",
        "speaker",
        ("line",),
        rf"(?P<speaker>{NAME})\s*(?:앵커|기자|특파원|아나운서)?\s*\(\s*\d{{4}}년\s*\d{{1,2}}월\s*\d{{1,2}}일[^()]{{0,30}}\)",
        "홍길동 앵커 (2020년 7월 10일)",
    ),
    # An unknown marker alone on its line in a script: [현장음], [인터뷰 자막].
    Layout(
        "speaker-bracket-any",
        "speaker",
        ("line",),
        r"\[\s*(?P<speaker>[가-힣A-Z][가-힣A-Za-z ]{0,7}?)\s*\]",
        "[현장음]",
    ),
    Layout(
        "reporter-handover",
        "reporter",
        ("line",),
        rf"(?P<reporter>{NAME})\s?{TITLE}(?:가|이)?\s?(?:보도합니다|전합니다|입니다|취재했습니다)\.?",
        "홍길동 기자가 보도합니다.",
    ),
    # --- dates ---
    Layout(
        "date-stamp",
        "date",
        ("head", "line", "close"),
        rf"(?:(?:{_STAMP}|{_EDIT})일?\s*[:：]?\s*{DATE})(?:\s*[|ㅣ·/]?\s*{_EDIT}일?\s*[:：]?\s*{_LOOSE_DATE})?",
        "입력 2020.07.10 14:31 수정 2020.07.10 15:02",
    ),  # also 기사입력 2020-07-10 오후 2:31, 발행일 : 2020.07.10, 업데이트 2020.07.10
    Layout(
        "date-print",
        "date",
        ("head",),
        rf"지면\s*[:：]?\s*{DATE}(?:\s*{_PRINT_PAGE})?",
        "지면 : 2020-07-13 14면",
    ),
    Layout(
        "date-bare",
        "date",
        ("head", "close"),
        rf"{DATE}(?:\s+{_LOOSE_DATE})?",
        "2020-07-10 11:27:25 2020-07-10 11:29:02",
    ),
    # --- captions ---
    Layout(
        "reporter-marked",
        "reporter",
        ("head", "line", "close"),
        rf"[▲△■◆]\s*(?P<reporter>{NAME})\s*{TITLE}(?:\s+(?P<email>{EMAIL}))?",
        "▲홍길동 기자 gildong@example.com",
    ),
    # One triangle: a line of several (▲소상공인 지원 ▲청년 일자리) is a list in the text.
    Layout("caption-triangle", "caption", ("head", "line"), r"[▲△↑]\s*[^▲△↑]+", "▲ 가상시청 전경."),
    Layout(
        "caption-photo-slash",
        "caption",
        ("head", "line"),
        r".+?\s*/\s*(?:사진|그래픽|자료)(?:\s*제공|\s*출처)?\s*=\s*\S.*",
        "가상시청 전경. /사진=홍길동 기자",
    ),
    # A caption ends a phrase or sentence, then names the photo's source (a body sentence ends in 다.).
    Layout(
        "caption-credit",
        "caption",
        ("head", "line"),
        rf".+?\.\s*{_CREDIT}",
        "가상시청 전경. 가상시 제공",
    ),
    Layout(
        "caption-agency-photo",
        "caption",
        ("line",),
        r"[\[【(][^\[\]【】()=]{1,12}=[^\[\]【】()]{1,12}[\]】)].*(?:사진\s*=|사진\s*제공|photo@).*",
        "[서울=뉴시스] 가상시청 전경. (사진=가상시 제공) 2020.07.10. photo@example.com",
    ),
    Layout(
        "caption-no-resale",
        "caption",
        ("line",),
        r"\*?\s*재판매\s*및\s*DB\s*금지",
        "*재판매 및 DB 금지",
    ),
    Layout(
        "caption-photo-credit",
        "caption",
        ("head", "line", "close"),
        r"[(\[<〈]\s*(?:사진|그래픽|자료|영상|사진제공|사진출처)\s*[=:]\s*(?:[^()\[\]<>〈〉]|\([^()]{1,10}\)){1,60}[)\]>〉]",
        "(사진=가상통신)",
    ),
    # A photo's credit alone on its line: <가상시 제공>, <연합>, (AP).
    Layout(
        "caption-credit-alone",
        "caption",
        ("head", "line", "close"),
        r"[<(〈]\s*(?:[가-힣A-Za-z0-9·]{1,15}\s*제공|연합|연합뉴스|뉴시스|뉴스1|AP|AFP|EPA|UPI|로이터)\s*[>)〉]",
        "<가상시 제공>",
    ),
    # A scene described as it goes on (…하고 있다.), then whose picture it is: a reporter, a date and
    # its agency (2020.7.10 가상통신, with or without a slash), a credit in brackets, ⓒ a name.
    Layout(
        "caption-scene",
        "caption",
        ("head", "line"),
        rf".+?있다\.\s*(?:\([^()]{{1,25}}\)\s*)?(?:{NAME}\s?(?:선임\s?|사진\s?)?기자|\d{{4}}\.\d{{1,2}}\.\d{{1,2}}\.?\s*/?\s*[가-힣A-Za-z]{{2,12}}|[<(〈](?!\s*끝)[^<>()〈〉]{{1,25}}[>)〉]|[ⓒ©]\s*\S.{{0,15}})",
        "가상시장이 손을 흔들고 있다. 김철수기자",
    ),
    # 사진ㅣ가상방송 (a bar, often typed as I): whose photo it is.
    Layout(
        "caption-photo-bar",
        "caption",
        ("head", "line"),
        r"(?:사진|그래픽|자료)\s*(?:제공|출처)?\s*[|ㅣI｜]\s*[^\s|ㅣ｜].{0,30}",
        "사진ㅣ가상방송",
    ),
    # The people in a photo under the headline: 홍길동 씨 / 김철수 씨.
    Layout(
        "caption-names",
        "caption",
        ("head", "line"),
        rf"{NAME}\s*씨(?:\s*/\s*{NAME}\s*씨)+",
        "홍길동 씨 / 김철수 씨",
    ),
    Layout(
        "caption-image-file",
        "caption",
        ("head", "line"),
        r".{1,80}\.(?:jpe?g|JPE?G|png|PNG|gif|webp)",
        "사진_가상시청 전경.jpg",
    ),
    Layout(
        "caption-copyright-name",
        "caption",
        ("head", "line"),
        r"[ⓒ©]\s*[가-힣A-Za-z][가-힣A-Za-z0-9 ]{0,15}",
        "ⓒ 홍길동",
    ),
    # --- reporter lines before the body ---
    Layout(
        "reporter-name",
        "reporter",
        ("head", "close"),
        rf"(?!{TITLE}$)(?P<reporter>{SURNAMED})(?:\s*{TITLE})?",
        "홍길동",
    ),
    Layout(
        "reporter-outlet",
        "reporter",
        ("head", "close"),
        rf"(?P<outlet>{PRESS})\s+(?P<reporter>{NAME})\s*{TITLE}",
        "가상뉴스 홍길동 기자",
    ),
    # 홍길동ㆍ김철수 가상스쿠프 기자(gildong@example.com) 2020. 7. 10. 11:24: names, the press, the title.
    Layout(
        "reporter-name-outlet",
        "reporter",
        ("head", "close"),
        rf"(?P<reporter>{NAME}){MORE_NAMES}\s+(?!(?:인턴|수습|선임|전문|객원|사진|영상)\s?기자)(?P<outlet>[가-힣A-Za-z0-9]{{2,12}})\s*{TITLE}"
        rf"(?:\s*[(<\[]?\s*(?P<email>{EMAIL})\s*[)>\]]?)?(?:\s*{_LOOSE_DATE})?",
        "홍길동ㆍ김철수 가상스쿠프 기자",
    ),
    Layout(
        "reporter-byline",
        "reporter",
        ("head",),
        rf"(?:[가-힣]{{1,8}}\s*=\s*)?(?P<reporter>{NAME}){MORE_NAMES}\s*{TITLE}(?:\s*[(<\[]?\s*(?P<email>{EMAIL})\s*[)>\]]?)?(?:\s*{_LOOSE_DATE})?",
        "세종=홍길동·김철수 기자 gildong@example.com",
    ),
    # A weekly's issue number under the headline: 호수 1190호, 통권 제12호.
    Layout(
        "issue-number",
        "footer",
        ("head",),
        r"(?:호수|통권)\s*[:：]?\s*제?\s*\d{1,5}\s*호",
        "호수 1190호",
    ),
    # A contributor's byline under the headline: a name and a job that writes (• 홍길동 선임연구원).
    Layout(
        "reporter-contributor",
        "reporter",
        ("head",),
        rf"(?P<reporter>{SURNAMED})\s+(?:선임\s?|책임\s?|수석\s?|객원\s?)?(?:연구원|연구위원|애널리스트|이코노미스트|칼럼니스트|평론가)",
        "• 홍길동 선임연구원",
    ),
    # The print edition's page, above the body: furniture, like a share button (promo).
    Layout(
        "print-page",
        "footer",
        ("head",),
        rf"{_PRINT_PAGE}(?:\s*지면\s*보기)?",
        "종합 08면 지면보기",
    ),
    # --- the closing run ---
    Layout(
        "signature-angle",
        "footer",
        ("end",),
        r"<\s*(?P<reporter>[^<>]+?)\s*기자\s*>\s*(?P<email>\S+@\S+)?",
        "<홍길동 기자>gildong@example.com",
    ),
    Layout(
        "byline-email",
        "footer",
        ("end",),
        # Before a slash, an outlet when a place= follows (조이뉴스24 /목동=), else a place (세종/).
        rf"(?:(?P<outlet>[^\s/=]{{2,12}})\s*/\s*(?=[가-힣]{{1,8}}\s*=)|[가-힣]{{1,8}}\s*/\s*)?(?:[가-힣]{{1,8}}\s*=\s*)?(?P<reporter>{NAME}){MORE_NAMES}\s*{TITLE}\s*"
        rf"[(<\[]?\s*(?P<email>{EMAIL})\s*[)>\]]?(?:\s*(?:[,·/]|사진|영상|촬영|그래픽)?\s*{NAME}\s*{TITLE}\s*[(<\[]?\s*(?:{EMAIL})?\s*[)>\]]?)*"
        rf"(?:\s*[,/]?\s*(?:사진|영상)\s*=\s*[^\s,]{{1,20}})?"  # , 사진=가상통신: the photos' source
        rf"(?:\s*{_STAMP}\s*[:：]?\s*{_LOOSE_DATE}(?:\s*지면\s*[:：]?\s*[\d.\-]+\s*\(?[가-힣A-Z]{{0,6}}\s*\d{{1,2}}\s*면\)?)?)?",
        "조이뉴스24 /목동=홍길동기자 gildong@example.com 사진 김철수 기자 cheolsu@example.com",
    ),  # also 세종/홍길동 기자 g@example.com
    # A name and its address with what the page glues after them (tip-off address, slogan, copyright).
    Layout(
        "signature-name-email",
        "footer",
        ("end",),
        rf"(?P<reporter>{NAME})\s+(?P<email>{EMAIL}).{{0,200}}",
        "홍길동 gildong@example.com기사제보 tip@example.com",
    ),
    Layout(
        "byline-email-first",
        "footer",
        ("end",),
        rf"(?P<email>{EMAIL})\s+(?P<reporter>{NAME}){MORE_NAMES}\s*{TITLE}",
        "gildong@example.com 홍길동 기자",
    ),
    Layout(
        "byline",
        "footer",
        ("close",),
        rf"[/-]?\s*(?:[가-힣A-Za-z]{{1,10}}(?:부|팀|센터)\s+)?(?P<reporter>{NAME})\s*{TITLE}(?:\s*[,·]\s*{NAME}\s*{TITLE})*",
        "/홍길동 기자",
    ),  # also 기획취재팀 홍길동 기자 (the desk before the name)
    Layout(
        "contact",
        "footer",
        ("close",),
        r"(?:\[\s*(?:메일|이메일|전화|카카오톡|홈페이지|팩스)\s*\]|▷\s*(?:메일|이메일|전화|카카오톡)|(?:메일|이메일|전화|카카오톡|홈페이지|팩스|사이트)\s*[:：])\s*.{1,80}",
        "[카카오톡] 가상TV 검색해 채널 추가",
    ),  # also 이메일 : tip@example.com, ▷ 전화 02-000-0000 ▷ 이메일 ...
    Layout(
        "credits",
        "footer",
        ("close",),
        r"[#(\[]?\s*(?:촬영\s*기자|영상\s*(?:취재|편집|디자인)|촬영|편집|그래픽|디자인)"
        r"(?:\s*[,·/]\s*(?:촬영\s*기자|영상\s*(?:취재|편집|디자인)|촬영|편집|그래픽|디자인))*\s*[:：_].{1,100}",
        "촬영기자:김철수/영상편집:이영희",
    ),  # also (영상취재 : 김철수, 영상편집 : 이영희), # 디자인, 영상편집_김철수 인턴기자
    Layout(
        "tv-signoff",
        "footer",
        ("close",),
        # 홍길동입니다, contracted after a vowel: 홍길동니다.
        rf"(?:지금까지\s*)?(?:[가-힣]+에서\s*)?(?P<outlet>{_BROADCASTER})(?:\s?(?:뉴스|NEWS))?\s+(?P<reporter>{NAME}?)(?:\s?{TITLE})?(?:입니다|(?<!입)니다)\.?",
        "가상TV 홍길동입니다.",
    ),
    Layout("end-mark", "footer", ("close",), r"[(<\[]\s*끝\s*[)>\]]", "(끝)"),
    # Copyright lines carry a mark (or a year): a last sentence may begin 저작권자는 or mention copyright.
    Layout(
        "copyright-holder",
        "footer",
        ("close",),
        r"[<\[(※]?\s*저작권자\s*(?:\(c\)|ⓒ|©|:)\s*[《〈]?(?P<outlet>[가-힣A-Za-z][가-힣A-Za-z0-9]*)?.{0,80}",
        "<저작권자 ⓒ 가상일보, 무단전재 및 재배포 금지>",
    ),  # also 저작권자 © 《가상사람들》 - 가상시민의 신문 무단전재 및 재배포 금지
    Layout(
        "copyright-mark",
        "footer",
        ("close",),
        r"[<\[(]?\s*(?:Copyright\s*)?(?:ⓒ|©|Ⓒ|\(c\)|Copyright\s+(?=\d{4}|[가-힣]))\s*(?:\d{4}(?:\s*-\s*\d{4})?\s*)?(?P<outlet>[A-Z][A-Za-z]*(?:\s+(?!All\b|Rights\b)[A-Z][A-Za-z]*)*(?![A-Za-z가-힣0-9])|[가-힣A-Za-z][가-힣A-Za-z0-9]*)?.{0,100}",
        "[ⓒ 가상경제 & example.com, 무단전재 및 재배포 금지]",
    ),  # also Copyright ⓒ 가상일보, [ⓒ GS뉴스. 무단전재-재배포 금지] (Latin letters glued to Hangul: one name)
    Layout(
        "no-reprint",
        "footer",
        ("close",),
        # ... 금지 ends the notice (금지합니다, 금지>): 무단 사용을 금지했다 is a sentence.
        r".{0,60}무단\s*(?:전재|복제|사용|배포)[^.]{0,30}금지(?:합니다)?\W{0,3}(?:\s.{0,40})?",
        "이 기사의 무단 전재 및 재배포를 금지합니다.",
    ),
    # Only where a mark or a colon says so: a last sentence may mention a 제보 too.
    Layout(
        "tips",
        "footer",
        ("close",),
        r"[\[<▶■☞※◎*]\s*.{0,20}제보.{0,80}|(?:[가-힣A-Za-z0-9]{2,12}\s+)?(?:기사\s*문의|독자\s*제보|뉴스\s*제보|제보)\s*(?:및\s*제보)?\s*[:：(].{0,80}|.{0,40}제보를\s*기다립니다.{0,40}",
        "기사문의 및 제보 : tip@example.com",
    ),
    Layout(
        "related",
        "footer",
        ("close",),
        r"[\[<【■]\s*(?:(?P<outlet>[가-힣A-Za-z0-9]{2,10})\s+(?=인기))?(?:관련\s*기사|인기\s*기사|함께\s*보면\s*좋은\s*기사|추천\s*기사|많이\s*본\s*뉴스|주요\s*뉴스|오늘의\s*핫뉴스)\s*[\]>】]?.{0,100}",
        "[관련기사]",
    ),  # also <가상일보 인기기사>
    Layout("link", "footer", ("close",), r"[▶►☞→]\s*.{1,100}", "▶ 가상일보 앱에서 더 보기"),
    # A house blurb under the text: 가상앱이란? 일상을 기사로 쓰는 앱입니다.
    Layout(
        "blurb",
        "footer",
        ("close",),
        r"[가-힣A-Za-z0-9()]{1,20}(?:이)?란\s?\?\s.{1,120}",
        "가상앱(app)이란? 일상의 이야기를 기사로 쓰는 앱입니다.",
    ),
    Layout(
        "notice",
        "footer",
        ("close",),
        r"[\[<【]\s*(?:알립니다|알려드립니다|공지|안내)\s*[\]>】].{0,100}",
        "[알립니다] 독자 여러분의 글을 기다립니다",
    ),
    Layout(
        "hashtags",
        "footer",
        ("line", "close"),
        r"#[^\s#]+(?:\s+#[^\s#]+)*",
        "#가상시 #예산 #시의회",
    ),
    Layout(
        "related-hot", "footer", ("close",), r"[가-힣A-Za-z0-9]{2,12}\s*핫클릭", "가상방송 핫클릭"
    ),
    # A promotion boxed in 【…】, a series blurb signed [편집자말], a note on the paper's code.
    Layout(
        "promo-box",
        "footer",
        ("head", "line", "close"),
        r"【[^【】]{1,400}】",
        "【가상뉴스는 독자의 글도 싣습니다.】",
    ),
    Layout(
        "editor-note",
        "footer",
        ("head", "line", "close"),
        r".{0,400}[\[<(]\s*편집자\s*(?:주|말)\s*[\]>)]|[\[<(]\s*편집자\s*(?:주|말)\s*[\]>)].{0,400}",
        "가상시의 어제와 오늘을 다섯 차례 돌아본다.[편집자말]",
    ),
    Layout(
        "guideline",
        "footer",
        ("line", "close"),
        r"[※*]?\s*이 기사는 .{0,60}(?:보도\s*준칙|가이드라인|윤리\s*강령|취재\s*기준|기금|지원).{0,100}",
        "이 기사는 가상뉴스 보도준칙에 따라 사실 여부를 확인했습니다.",
    ),
    # Who wrote and shot, with a phone number: 홍길동(취재) 010-0000-0000.
    Layout(
        "credit-phone",
        "footer",
        ("close",),
        rf"(?P<reporter>{NAME})\s*\((?:취재|사진|영상|글|사진·영상|취재·사진)\)\s*[\d\- ]{{7,15}}",
        "홍길동(취재) 010-0000-0000",
    ),
    Layout(
        "series",
        "footer",
        ("close",),
        r"(?:파트|PART|Part|part|\d+\s*부|제?\d+\s*편)\s*\d*\s*[|｜:]\s*.{1,100}",
        "파트1 | 가상시의 어제와 오늘",
    ),
    Layout(
        "promo",
        "footer",
        ("head", "close"),
        r".{0,40}(?:기자의 전체기사 보기|기사\s*퍼가기|직접 편집한 뉴스 채널|구독하기|구독 신청|채널 추가|앱 다운로드|바로가기|보러가기|공유하기|네이버 메인에서).{0,40}",
        "가상일보가 직접 편집한 뉴스 채널",
    ),
    # Last: a tip-off or contact line with an address is matched above, and names no reporter.
    Layout(
        "email",
        "footer",
        ("close",),
        rf".{{0,20}}?[(<\[]?(?P<email>{EMAIL})[)>\]]?",
        "e-mail: gildong@example.com",
    ),
)

# The rows that name people: only their lines give reporters and e-mails (a tip-off address is no reporter's).
PEOPLE_GROUPS = ("reporter", "email")
# What a line that names people may say besides: all its reporters and e-mails.
# Not the crew's job names (촬영기자, 사진기자), nor the tail of a desk's name (GS인사 기자).
REPORTER = re.compile(
    rf"(?<![가-힣A-Za-z0-9])(?!촬영|사진|영상|취재|편집|인턴|수습|시민|선임|전문|객원)(?P<reporter>{NAME})(?={MORE_NAMES}\s?{TITLE}(?![가-힣]))"
)
EMAIL_ADDRESS = re.compile(EMAIL)
# A photographer's name alone after a caption's slash (/홍길동): a surname first.
SIGNED_NAME = re.compile(rf"[/\s]*(?P<reporter>{SURNAMED})")


# A page's bullet before a line (• 입력 2020.07.10): the line is read without it.
_BULLET = re.compile(r"•\s*")


class Found(NamedTuple):
    """A row that matches a line, and what it matched (its named groups)."""

    layout: Layout
    match: re.Match


def match(line: str, place: str) -> Found | None:
    """The first row looked for at ``place`` that matches ``line`` (whole, or its start for ``open``)."""
    if place != "open":
        line = _BULLET.sub("", line, count=1) if line.startswith("•") else line
    for row in ROWS:
        if place in row.places or (place == "close" and "end" in row.places):
            found = row.regex.match(line) if place == "open" else row.regex.fullmatch(line)
            if found:
                return Found(row, found)
    return None


@dataclass(frozen=True)
class Cue:
    """A cue word of page furniture (``data/layout_cues.tsv``): ``role`` is furniture, end or
    control (furniture only as the whole line)."""

    cue: str
    role: str
    marks_sentences: bool  # its example ends as a sentence: lines that do are furniture too


# Furniture lines are short; a line that only begins with a cue word (댓글 조작 의혹은 …) is text.
_MAX_FURNITURE = 60
_LEADING_MARKS = re.compile(r"[\s•·:)(\-–*]+")
# A cue this long is furniture wherever it stands in the line (…확인하세요. 해당 언론사로 이동합니다.),
# and opens a portal's notice of any length up to _MAX_NOTICE ((예시) 가장 빠른 뉴스가 있고 …).
_ANYWHERE = 6
_MAX_NOTICE = 300
# How a sentence ends: a Korean ending or a full stop, then closing quotes (not an ellipsis).
SENTENCE_END = re.compile(r"(?:(?<![.…])[.!?]|[다요까죠][\"'”’」』])[\"'”’」』)\]]*$")


@cache
def cues() -> tuple[Cue, ...]:
    return tuple(
        Cue(row.cue, row.role, bool(SENTENCE_END.search(row.example)))
        for row in table("layout_cues.tsv")
    )


def furniture(line: str) -> str | None:
    """The role (furniture, end, control, summary) of the cue a short line of page furniture
    holds, else None."""
    if len(line) > _MAX_NOTICE:
        return None
    bare = _LEADING_MARKS.sub("", line, count=1) if _LEADING_MARKS.match(line) else line
    sentence = bool(SENTENCE_END.search(line))
    for cue in cues():
        if len(line) > _MAX_FURNITURE and not (
            len(cue.cue) >= _ANYWHERE and line.startswith(cue.cue)
        ):
            continue
        if cue.role == "control":  # a word of the page's controls, alone on its line
            if bare == cue.cue:
                return cue.role
            continue
        placed = bare.startswith(cue.cue) or (len(cue.cue) >= _ANYWHERE and cue.cue in line)
        if placed and (cue.marks_sentences or not sentence):
            return cue.role
    return None


# A date anywhere in a line (a byline's, a date line's): iso_date reads it; after a stamp word in
# any line of metadata (…기자 gildong@example.com 입력 : 2020-07-10 17:52).
DATED = re.compile(DATE)
STAMPED = re.compile(rf"{_STAMP}일?\s*[:：]?\s*{DATE}")


def iso_date(found: re.Match) -> str | None:
    """``2020-07-10`` or ``2020-07-10T14:31`` from a match of :data:`DATE`; None if it is no calendar date."""
    year, month, day = int(found["y"]), int(found["m"]), int(found["d"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    date = f"{year:04d}-{month:02d}-{day:02d}"
    if found["H"] is None:
        return date
    hour, minute = int(found["H"]), int(found["M"])
    if found["ampm"] in ("오후", "PM") and hour < 12:
        hour += 12
    elif found["ampm"] in ("오전", "AM") and hour == 12:
        hour = 0
    return f"{date}T{hour:02d}:{minute:02d}" if hour < 24 and minute < 60 else date


# A date in a file name: 20200710_..., 2020-07-10-..., 2020.07.10 ...; not inside a longer run of digits.
NAME_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<sep>[-_.]?)(?P<m>\d{2})(?P=sep)(?P<d>\d{2})(?!\d)"
)
# A date given by the user: 2020-07-10, 2020-07-10T14:31, 2020.07.10, 20200710.
USER_DATE = re.compile(
    r"(?P<y>\d{4})[-.]?(?P<m>\d{2})[-.]?(?P<d>\d{2})(?:[T ](?P<H>\d{2}):(?P<M>\d{2}))?"
)


def date_in_name(name: str) -> str | None:
    """The first calendar date a file name holds (``20200710_서울시.txt`` -> ``2020-07-10``), else None."""
    for found in NAME_DATE.finditer(name):
        if (date := _calendar(found)) is not None:
            return date
    return None


def user_date(value: str) -> str | None:
    """A date as the user writes it, ISO (``2020-07-10``, ``2020-07-10T14:31``); None if it is none."""
    found = USER_DATE.fullmatch(value.strip())
    date = _calendar(found) if found else None
    if date is None or found["H"] is None:
        return date
    hour, minute = int(found["H"]), int(found["M"])
    return f"{date}T{hour:02d}:{minute:02d}" if hour < 24 and minute < 60 else None


def _calendar(found: re.Match) -> str | None:
    try:
        return datetime.date(int(found["y"]), int(found["m"]), int(found["d"])).isoformat()
    except ValueError:  # 2020-02-30
        return None
