"""The rows of dates between the title and the body, and among paragraphs: a stamp, a board's or
a post's day, a print issue's date, the outlet or its editor beside it, a date in English."""

from __future__ import annotations

from .pieces import (
    _EDIT,
    _LOOSE_DATE,
    _PRINT_PAGE,
    _STAMP,
    ALONE_NAME,
    COMPANY_MARK,
    COPYRIGHT_SIGN,
    DATE,
    PRESS,
    SHORT_YEAR_DATE,
    SPACED_DATE,
    SURNAMED,
)
from .record import Layout

# A post's stamp before its day: Posted on, Published, or a site's icon word (an icon font's name for
# the clock or the calendar: schedule, calendar_today).
_POSTED_ON = (
    r"(?:(?:[Pp]osted|[Pp]ublished)(?:\s+on)?|schedule|access_time|calendar_today|event|today)"
    r"\s*[:：]?\s+"
)

DATE_LINES: tuple[Layout, ...] = (
    # The site's address, then the day, under a headline (http://news.example.com   2009-06-30
    # 16:36:06): an old board's stamp.
    Layout(
        "date-address",
        "date",
        ("head",),
        rf"https?://[A-Za-z0-9.-]+/?\s+{DATE}",
        "http://news.example.com   2009-06-30 16:36:06",
    ),
    Layout(
        "date-stamp",
        "date",
        ("head", "line", "close"),
        rf"(?:(?:{_STAMP}|{_EDIT})일?\s*[:：]?\s*{DATE})"
        rf"(?:\s*[|ㅣ·/]?\s*(?:{_STAMP}|{_EDIT})일?\s*[:：]?\s*{_LOOSE_DATE}(?:\s*{_PRINT_PAGE})?){{0,2}}",
        "입력 2020.07.10 14:31 수정 2020.07.10 15:02",
    ),  # also 기사입력 2020-07-10 오후 2:31, 발행일 : 2020.07.10, 업데이트 2020.07.10, three stamps:
    # 입력 DATE | 수정 DATE | 발행일 2020-07-10 제9면
    Layout(
        "date-stamp-spaced",
        "date",
        ("head", "line", "close"),
        rf"(?:{_STAMP}|{_EDIT})일?\s*[:：]?\s*{SPACED_DATE}",
        "입력 2020 07 10 14:31",
    ),
    Layout(
        "date-stamp-short-year",
        "date",
        ("head", "line", "close"),
        rf"(?:{_STAMP}|{_EDIT})일?\s*[:：]?\s*{SHORT_YEAR_DATE}",
        "입력 20.07.10 14:31",
    ),
    # A journal's imprint in angle brackets, the press and the day (<가상저널 2006/9/25>), a bar maybe after.
    Layout(
        "date-imprint-angle",
        "date",
        ("close",),
        rf"<\s*(?P<outlet>[가-힣A-Za-z][가-힣A-Za-z0-9 ]{{1,20}}?)\s+{DATE}\s*>\s*\|?",
        "<가상저널 2006/9/25>",
    ),
    # The stamp with the site's desk signing after it as a reporter, no person's name (기사입력 :
    # 2020-07-10 가상편집 기자): the date, no reporter.
    Layout(
        "date-stamp-desk",
        "date",
        ("head", "line", "close"),
        rf"(?:{_STAMP}|{_EDIT})일?\s*[:：]?\s*{DATE}\s*[|ㅣ]?\s*(?!{ALONE_NAME}\s*기자)[가-힣A-Za-z0-9]{{2,14}}\s*기자",
        "기사입력 : 2020-07-10 가상편집 기자",
    ),
    # The stamp with the press after it, its sister outlets after a slash (발행일: 2020/07/10
    # 가상동포신문/가상방송): the date and the outlet.
    Layout(
        "date-stamp-outlet",
        "date",
        ("head", "line", "close"),
        rf"(?:{_STAMP}|{_EDIT})일?\s*[:：]?\s*{DATE}\s+(?P<outlet>{PRESS})(?:\s*/\s*[가-힣A-Za-z0-9]{{2,20}}){{0,3}}",
        "발행일: 2020/07/10  가상동포신문/가상방송",
    ),
    # A curation page's date with its author after 'by': the outlet posting as itself (2020. 07. 10 by
    # 가상리뷰), or its reporter with his title (2020. 07. 10 by 홍길동 기자).
    Layout(
        "date-by",
        "date",
        ("head", "close"),
        rf"{DATE}\s+by\s+(?:(?P<reporter>{ALONE_NAME})\s*기자|(?P<outlet>[가-힣A-Za-z][가-힣A-Za-z0-9]{{1,14}}))",
        "2020. 07. 10 by 가상리뷰",
    ),
    # A board's date with its section: 2020/07/10 인터뷰 > 동문.
    Layout(
        "date-section",
        "date",
        ("head",),
        rf"{DATE}\s+[^\d>]{{1,20}}>\s*[^>]{{1,20}}",
        "2020/07/10 인터뷰 > 동문",
    ),
    Layout(
        "date-print",
        "date",
        ("head",),
        rf"지면\s*[:：]?\s*{DATE}(?:\s*{_PRINT_PAGE})?",
        "지면 : 2020-07-13 14면",
    ),
    # A print issue's date under the text: [2020년 7월 10일자], [가상신문 2020년 7월 10일자].
    Layout(
        "date-issue",
        "date",
        ("head", "line", "close"),
        rf"[\[(<]\s*(?:(?P<outlet>{PRESS})\s+)?{DATE}\s*자\s*[\])>]",
        "[가상신문 2020년 7월 10일자]",
    ),
    Layout(
        "date-bare",
        "date",
        ("head", "close"),
        rf"\[?\s*{DATE}(?:\s+{_LOOSE_DATE})?\s*\]?(?:\s+제\s?\d{{1,5}}\s?호|\s*(?:송고|입력|등록))?",
        "2020-07-10 11:27:25 2020-07-10 11:29:02",
    ),  # also [2020.07.10 14:31], an issue's 2020년 7월 10일 금요일 제123호, a wire's stamp with its word
    # after the time, closing the page (2020-07-10 09:55 송고)
    # A date with the outlet after it, where a byline names the reporter: 2020-07-10 가상신문 (the
    # outlet posting in the byline's place).
    Layout(
        "date-outlet",
        "date",
        ("head",),
        rf"{DATE}\s+(?P<outlet>{PRESS})",
        "2020-07-10 가상신문",
    ),
    # The stamp with the publishing company in square brackets after it: 2020년 08월 01일(토) 09:50
    # [(주)가상사랑] (a weekly's table layout; the company names the outlet).
    Layout(
        "date-company",
        "date",
        ("head",),
        rf"{DATE}\s*\[\s*{COMPANY_MARK}\s*(?P<outlet>[가-힣A-Za-z0-9]{{2,14}})\s*\]",
        "2020년 08월 01일(토) 09:50 [(주)가상사랑]",
    ),
    # The outlet before its input stamp on one line, no reporter named: 가상경제신문 입력 2020.07.10
    # 14:31 (a daily's round-up page), 가상신문 | 입력 : 2020/07/10 [14:31] (a bar between), the press
    # in brackets or with no stamp word ([가상신문] 2020.07.10, 가상신문 | 2020.07.10), under the text too.
    Layout(
        "date-outlet-stamp",
        "date",
        ("head", "close"),
        rf"[\[<]?(?P<outlet>{PRESS})[\]>]?\s*(?:\s|[|ㅣ])\s*(?:{_STAMP}\s*[:：]?\s*)?{DATE}",
        "가상경제신문 입력 2020.07.10 14:31",
    ),
    # The input stamp with the site's edit label naming the outlet after it: 기사입력: 2020/07/10
    # [10:03] 최종편집: 가상뉴스 (or ⓒ 가상뉴스).
    Layout(
        "date-stamp-editor",
        "date",
        ("head", "close"),
        rf"{_STAMP}\s*[:：]?\s*{DATE}\s*최종\s?편집\s*[:：]\s*(?:{COPYRIGHT_SIGN}\s*)?(?P<outlet>[가-힣A-Za-z][가-힣A-Za-z0-9]{{1,14}})",
        "기사입력: 2020/07/10 [10:03]  최종편집: 가상뉴스",
    ),
    # A poster's or a board's stamp: the account, then the day (by 운영자 2020.07.10, 작성자 : 관리자 |
    # 등록일 : 2020.07.10, Posted by 운영자 2020.07.10; a post's Posted on 2020. 07. 10., after a site's
    # icon word: schedule 2020-07-10), or the stamp with the page's counters after it (등록일 2020.07.10
    # | 조회수 12); a person's name after by signs.
    Layout(
        "date-posted",
        "date",
        ("head",),
        rf"(?:{_POSTED_ON}|(?:(?:[Pp]osted\s+)?[Bb]y\s+(?:(?P<reporter>{SURNAMED})|[^\s\d|]{{1,15}})"
        r"|(?:작성자|글쓴이|등록자)\s*[:：]?\s*(?:운영자|관리자|admin|편집부|편집실)|운영자|관리자)\s*[|ㅣ]?\s*)?"
        rf"(?:{_STAMP}일?\s*[:：]?\s*)?{DATE}(?:\s*[|ㅣ]?\s*(?:조회수?|추천|댓글)\s*[:：]?\s*[\d,]+)*",
        "by 운영자 2020.07.10",
    ),
    # A magazine site's date line in English: On January 07, 2015, Posted on July 10, 2020 (read by
    # kornews.layouts.english_date).
    Layout(
        "date-english",
        "date",
        ("head", "line", "close"),
        rf"(?:{_POSTED_ON})?(?:On\s+)?(?:January|February|March|April|May|June|July|August|September|October|November"
        r"|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)\s+\d{1,2},\s*\d{4}",
        "On January 07, 2015",
    ),
)
