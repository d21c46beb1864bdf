"""The pieces the rows' patterns share: names, reporters' titles (data/titles.tsv), surnames
(data/surnames.tsv), e-mails, press names, photo credits, dates, broadcasters."""

from __future__ import annotations

import re

from ..tables import table

# Pieces shared by the rows. A reporter's name is two to four syllables.
# A site's account (관리자 기자) signs as no one, nor a job's name (방송기자, [사진기자]: a rubric), nor
# a press (가상신문 기자: the outlet signing as its reporter), nor a newsroom's desk (사회부 홍길동 기자,
# 홍길동 사회부 기자: the desk is no name, nor an outlet).
# A newsroom's desk: 사회부, 편집국, 사진팀.
NEWSROOM = r"(?:편집|보도|취재|사회|정치|경제|문화|체육|산업|국제|생활|사진|영상)(?:국|부|팀|실)"
NAME = (
    r"(?!관리자|운영자|(?:방송|사진|영상|촬영|취재|편집|교육|경제|정치|사회|연예)\s?기자"
    rf"|[가-힣]{{0,2}}(?:일보|신문|뉴스|방송)(?![가-힣])|{NEWSROOM}(?![가-힣]))[가-힣]{{2,4}}"
)
# A name written in Hanja, as an older paper's byline signs it (宋利憲 기자): two to four characters.
HANJA_NAME = r"[\u4e00-\u9fff]{2,4}"
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


# A reporter's title in Hanja, as an older paper's byline signs (홍길동 記者, a senior's 大記者): no
# title of titles.tsv, whose rows the entities read in sentences.
_HANJA_TITLE = "(?:大)?記者"
TITLE = f"(?:{_reporter_titles()}|{_HANJA_TITLE})"
# A person's office after the name (이사장, 총장, 의원): the titles.tsv rows no reporter signs with.
ROLE = (
    "(?:"
    + "|".join(
        re.escape(row.title)
        for row in sorted(table("titles.tsv"), key=lambda row: (-len(row.title), row.title))
        if row.reporter != "yes"
    )
    + ")"
)
# The copyright sign in any of the forms pages type it: ⓒ, ©, Ⓒ, a letter in brackets ((c), (C)),
# a sign in brackets ((ⓒ)).
COPYRIGHT_SIGN = r"(?:[ⓒ©Ⓒ]|\(\s*[cCⓒ©Ⓒ]\s*\))"
# A company's mark before the holder's name: (주)가상미디어, ㈜가상미디어, 주식회사 가상미디어.
COMPANY_MARK = r"(?:\(주\)|㈜|주식회사)"
# ASCII only: an address glued to the next words (gildong@example.com기사제보) ends at the Hangul;
# its last label holds no hyphen (a slogan's closing dash: -… ·tip@example.com-).
EMAIL = r"[A-Za-z0-9_.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z0-9]+"
# A name standing alone, with no title to say so, begins with a Korean surname (data/surnames.tsv):
# 검색, 닫기 are no names.
SURNAMED = (
    "(?=(?:"
    + "|".join(sorted((row.surname for row in table("surnames.tsv")), key=len, reverse=True))
    + rf")[가-힣]){NAME}"
)
# A place the press writes before an equals sign ([세종=홍길동 기자], (서울=가상통신), a desk abroad:
# [하노이=홍길동 기자]): a name or short form of data/places.tsv or places_abroad.tsv, or a word
# ending as a city, county, district, town or province does.
PLACE = (
    "(?:"
    + "|".join(
        sorted(
            {
                form.strip()
                for row in (*table("places.tsv"), *table("places_abroad.tsv"))
                for form in (row.name, *row.short.split(","))
                if form.strip()
            },
            key=lambda form: (-len(form), form),
        )
    )
    + r"|[가-힣]{1,5}[시군구읍면동도])(?![가-힣])"
)
# A newsroom's desk signing alone (편집국, 사회부, 편집실, 온라인뉴스팀): no person's name, though it may
# begin as one does.
DESK_WORD = r"(?:편집|보도|취재|사회|정치|경제|문화|체육|(?:온라인|디지털)\s?(?:뉴스)?|뉴스)(?:국|부|팀|실|센터)"
# A name alone on a line: four syllables only after a two-syllable surname (남궁민수; 가상여행, a
# menu's link, is none).
ALONE_NAME = (
    "(?!(?!"
    + "|".join(sorted(row.surname for row in table("surnames.tsv") if len(row.surname) == 2))
    + rf")[가-힣]{{4}}(?![가-힣])){SURNAMED}"
)
# A holder's name in a copyright line, of one word or two (투데이 가상: the second word ends the
# name where the notice goes on, 무단전재 …, or the line ends; a person's three-syllable name after
# it is a photographer's credit, ⓒ 가상뉴스 홍길동).
HOLDER = (
    r"[가-힣A-Za-z][가-힣A-Za-z0-9]*(?:\s(?!무단|제공|기자|사진|All\b)(?!(?=[가-힣]{3}(?![가-힣]))"
    + SURNAMED
    + r")"
    r"[가-힣][가-힣A-Za-z0-9]{0,10}(?=\s*(?:[,.>\]]|무단|$)))?"
)
# A translated piece's English byline: By JANE DOE, GASANG US (the outlet after a comma or a bar).
ENGLISH_BYLINE = (
    r"[Bb]y\s+(?P<reporter>[A-Z][A-Za-z.'-]+(?:\s+[A-Z][A-Za-z.'-]+){1,3})"
    r"(?:\s*[,|/]\s*(?P<outlet>[A-Z][A-Za-z0-9&.]*(?:\s+[A-Z][A-Za-z0-9&.]*){0,3}))?"
)
# More names that share one title: 홍길동·김철수 기자.
MORE_NAMES = rf"(?:\s*[·ㆍ,]\s*{NAME})*"
# An editor's office signing after a slash (/ 홍길동 부장, …모습. /서울=홍길동 주간): the slash marks
# the signature, so the office is no subject's.
EDITOR_OFFICE = r"(?:편집국장|편집위원|논설위원|주간|부장|차장|국장)"
# How an anchor hands over to the reporter (홍길동 기자가 보도합니다, … 알려드립니다), the last words
# of the anchor's lead (the spoken 홍길동 기자의 보돕니다 too).
HANDOVER = r"(?:보도합니다|전합니다|전해드립니다|알려드립니다|취재했습니다|소개합니다)"
HANDED_TO = (
    rf"(?P<reporter>{NAME})\s?기자(?:가\s?{HANDOVER}|의\s?(?:(?:보도|리포트)입니다|보돕니다))\.?"
)
# A monthly's issue: 2024년 5월호.
MONTH_ISSUE = r"\d{4}\s*년\s*\d{1,2}\s*월\s*호"
# A press name, told from a place or a person by what it is called: CBS노컷뉴스, 부산일보, 파이낸셜뉴스,
# 가상월드, 가상코리아, 가상트리뷴.
PRESS = r"[가-힣A-Za-z0-9]*(?:[A-Z]{2,}|일보|신문|뉴스|경제|타임스|타임즈|데일리|방송|투데이|미디어|월드|코리아|저널|포스트|통신|매거진|프레스|헤럴드|트리뷴)[가-힣A-Za-z0-9]*"
# A photo's credit after its caption: ... 있다. 연합뉴스 / 가상시 문화재단 제공 / [사진 가상시] / [사진=가상시 제공]
# / (사진 = 가상연맹 제공).
_CREDIT = (
    r"(?:\[\s*(?:사진|그래픽|자료)\s*[=:]?\s*[^\[\]]{1,30}\]|\(\s*(?:사진|그래픽|자료)\s*[=:]\s*[^()]{1,30}\)|(?:(?:AFP|AP|EPA|UPI|로이터)\s*)?(?:연합뉴스|뉴시스|뉴스1)"
    r"|[가-힣A-Za-z0-9·]{1,20}(?:\s[가-힣A-Za-z0-9·]{1,12})?\s*제공"
    rf"|\[\s*{NAME}\s*{TITLE}\s*\])"  # [홍길동 기자]: the photographer's byline in brackets
)
# 2020.07.10, 2020-07-10, 2020/7/10, 2020년 7월 10일, with a weekday ((금), 금요일) and a time (14:31,
# 오후 2:31, 14시 31분, (14:31), [14:31], a page's metadata in ISO: 2020-07-10T14:31:00+09:00).
DATE = (
    r"(?P<y>\d{4})\s*[.\-/년]\s*(?P<m>\d{1,2})\s*[.\-/월]\s*(?P<d>\d{1,2})\s*[.일]?"
    r"(?:\s*\(?[월화수목금토일](?:요일)?\)?)?"
    r"(?:(?:\s*|T)[(\[]?\s*(?P<ampm>오전|오후|AM|PM)?\s*(?P<H>\d{1,2})\s*[:시]\s*(?P<M>\d{2})(?:\s*[:분]\s*\d{2}\s*초?|\s*분)?"
    r"(?:Z|[+-]\d{2}:?\d{2})?[)\]]?)?"
)
# A CMS's stamp with spaces for the dots (입력 2022 11 20 20:28): only after a stamp word.
SPACED_DATE = (
    r"(?P<y>(?:19|20)\d{2}) (?P<m>\d{1,2}) (?P<d>\d{1,2})"
    r"(?: (?P<ampm>오전|오후)?\s?(?P<H>\d{1,2}):(?P<M>\d{2}))?"
)
# A CMS's stamp with the year in two digits (입력 20.07.10 14:31): only after a stamp word.
SHORT_YEAR_DATE = (
    r"(?P<y>\d{2})\.(?P<m>\d{1,2})\.(?P<d>\d{1,2})\.?"
    r"(?: (?P<ampm>오전|오후)?\s?(?P<H>\d{1,2}):(?P<M>\d{2})(?::\d{2})?)?"
)
_LOOSE_DATE = re.sub(
    r"\?P<\w+>", "", DATE
)  # the same shape without names, for a second date on the line
_STAMP = r"(?:입력|기사입력|기사등록일시|등록일시|등록|최초\s?입력|승인|(?:지면\s?)?게재|게시|발행|작성|송고|(?:뉴스|기사)(?=\s?일자))(?:\s?일자)?"
_EDIT = r"(?:수정|최종\s?수정|기사수정|업데이트|갱신)"
# A byline's stamps after a bar (홍길동 기자(address) | 입력 : DATE 수정 : DATE): a broadcaster's page;
# the page's counters may follow (| 댓글 0).
STAMPS_AFTER = (
    rf"(?:\s*[|ㅣ]\s*{_STAMP}일?\s*[:：]?\s*{_LOOSE_DATE}(?:\s*[|ㅣ/]?\s*{_EDIT}일?\s*[:：]?\s*{_LOOSE_DATE})?)?"
    r"(?:\s*[|ㅣ]\s*(?:댓글|조회수?)\s*[:：]?\s*[\d,]+)*"  # and the page's counters: | 댓글 0
)
# A CMS's labelled byline: 기자명 홍길동 기자 (다른기사 보기) e-mail, or a desk's: 기자명 가상신문 (e-mail);
# 작성자 홍길동 기자 | 작성일 2020-07-10 (a board's labels, the stamp after a bar).
LABELLED_BYLINE = (
    rf"(?:기자명|작성자|글쓴이)\s*[:：]?\s+(?:(?P<reporter>{NAME})\s*{TITLE}|(?P<outlet>{PRESS}))"
    rf"(?:\s*다른\s?기사\s?보기)?(?:\s*\(?\s*(?P<email>{EMAIL})\s*\)?)?{STAMPS_AFTER}"
)
# Where the paper printed it: 종합 08면, A8면.
_PRINT_PAGE = r"[가-힣A-Z]{0,6}\s*\d{1,2}\s*면"
# Who may sign off a broadcast: KBS, YTN, JTBC, MBN, 연합뉴스TV, 채널A, TV조선, OBS 뉴스, ...
BROADCASTER = _BROADCASTER = (
    r"(?:[가-힣A-Za-z0-9]+\s?TV|[A-Z][A-Za-z0-9]{1,5}|[가-힣]*뉴스[가-힣A-Z0-9]*|[가-힣]{1,6}방송|채널A|TV조선)"
)
