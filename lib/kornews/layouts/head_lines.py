"""The rows of lines between the title and the body, and among paragraphs: dates (:mod:`.date_lines`),
captions and photo credits (:mod:`.captions`), reporters' lines (:mod:`.bylines`), then mastheads,
issue labels and the head's other furniture, in the order they are tried."""

from __future__ import annotations

from .bylines import BYLINES
from .captions import CAPTIONS
from .date_lines import DATE_LINES
from .pieces import (
    _PRINT_PAGE,
    MONTH_ISSUE,
    NAME,
    PRESS,
    ROLE,
    SURNAMED,
)
from .record import Layout

# The paper's own officers, who sign its letters and addresses (not titles.tsv's: no story names them).
_OFFICER = r"(?:발행인|편집인|발행·편집인|편집국장|주필)"

_AFTER_BYLINES: tuple[Layout, ...] = (
    # A house paper's masthead with its issue and section over the headline: 가상시보 제100호 시정.
    Layout(
        "masthead-issue",
        "footer",
        ("head", "close"),
        r"(?P<outlet>[가-힣A-Za-z0-9]{2,10}(?:\s[가-힣A-Za-z0-9]{1,10})?)\s+제\s?\d{1,5}\s?호(?:\s+[가-힣·]{1,8})?",
        "가상시보 제100호 시정",
    ),
    # A periodical's menu near the headline, its title in the link to its own page and the link to
    # its back issues (가상평론 소개 | 지난호 보기): the title names the outlet.
    Layout(
        "menu-periodical",
        "footer",
        ("head", "close"),
        r"(?P<outlet>[가-힣A-Za-z][가-힣A-Za-z0-9]{1,12})\s*소개\s*[|lㅣI/·]\s*지난\s?호\s*보기(?:\s*[|lㅣI/·].{0,30})?",
        "가상평론 소개 l 지난호 보기",
    ),
    # A monthly's masthead with the month's issue over the headline: 월간가상 2024년 5월호 (the site's
    # current issue, no article's date).
    Layout(
        "masthead-month-issue",
        "footer",
        ("head",),
        rf"(?P<outlet>[가-힣A-Za-z0-9]{{2,10}})\s+{MONTH_ISSUE}",
        "월간가상 2024년 5월호",
    ),
    # A browser's title over the page: the headline, a dash, a bar or colons, the outlet (가상시 새 청사
    # 공개 - 가상뉴스, … :: 가상뉴스), its slogan or its address maybe after it (… - 가상뉴스 - 시민의 눈,
    # … - 가상뉴스(example.com)).
    Layout(
        "browser-title",
        "footer",
        ("head",),
        rf".{{4,120}}?\s(?:[-–|:]|::)\s(?P<outlet>{PRESS})"
        r"(?:\s[-–|]\s[가-힣]{1,10}(?:\s[가-힣]{1,10}){0,4}|\(\s*[A-Za-z0-9.-]+\.[A-Za-z]{2,}\s*\))?",
        "가상시 새 청사 공개 - 가상뉴스",
    ),
    # A board engine's browser title: the headline, an angle mark, the board's name and the site's
    # after a bar (gnuboard: 가상시 새 청사 공개 > 지역소식 | local).
    Layout(
        "browser-title-board",
        "footer",
        ("head",),
        r".{4,120}?\s>\s(?P<board>[^<>|.!?]{1,20}?(?:\s\|\s[^<>|.!?]{1,30})?)",
        "가상시 새 청사 공개 > 지역소식 | local",
    ),
    # A periodical's own account signing under the headline (• 매거진 가상, • 월간 가상): the outlet.
    Layout(
        "periodical-account",
        "reporter",
        ("head",),
        r"(?P<outlet>(?:매거진|월간|주간|계간|격월간)\s[가-힣A-Za-z0-9]{2,12})",
        "• 매거진 가상캠핑",
    ),
    # A site's logo named by its alt text over the headline: 가상방송 채널8번 로고.
    Layout(
        "site-logo",
        "footer",
        ("head",),
        r"(?P<outlet>[가-힣A-Za-z0-9]{2,12})(?:\s[가-힣A-Za-z0-9]{1,10})?\s?로고",
        "가상방송 채널8번 로고",
    ),
    # A site's slogan over the headline, the outlet speaking of itself with no full stop (it goes on
    # in the next line): 가상MBC는 차별화된 컨텐츠로 새로운 세상을 창조하고.
    Layout(
        "site-slogan",
        "footer",
        ("head",),
        rf"(?P<outlet>{PRESS})(?:은|는)\s[^.?!]{{8,80}}",
        "가상MBC는 차별화된 컨텐츠로 새로운 세상을 창조하고",
    ),
    # A broadcaster's stamp under the headline: 방송일 20200710 / 조회수 75 / 취재기자 홍길동.
    Layout(
        "broadcast-stamp",
        "reporter",
        ("head",),
        r"방송일(?:자)?\s*[:：]?\s*(?P<y>(?:19|20)\d{2})[.\-/]?(?P<m>\d{2})[.\-/]?(?P<d>\d{2})"
        r"(?:\s*[/|]\s*조회(?:수)?\s*[:：]?\s*[\d,]+)?"
        rf"(?:\s*[/|]\s*(?:취재\s?)?기자\s*[:：]?\s*(?P<reporter>{NAME}))?",
        "방송일 20200710 / 조회수 75 / 취재기자 홍길동",
    ),
    # A monthly's issue label over the headline: [447호 2015년 6월] 뉴스 본회소식.
    Layout(
        "issue-label",
        "footer",
        ("head",),
        r"\[\s*제?\s?\d{1,5}\s?호\s+\d{4}\s*년\s*\d{1,2}\s*월\s*\](?:\s*[가-힣A-Za-z ]{1,20})?",
        "[447호 2015년 6월] 뉴스 동문소식",
    ),
    # A weekly's issue number under the headline: 호수 1190호, 통권 제12호, • 호수 101.
    Layout(
        "issue-number",
        "footer",
        ("head",),
        r"(?:호수|통권)\s*[:：]?\s*제?\s*\d{1,5}\s*호?|제?\s?\d{1,5}\s?호",
        "호수 1190호",
    ),  # also a number alone, bulleted under the masthead: • 655호
    # A magazine's issue under its text: 발행 : 2015년 46호, 발행 : 2015년 1월호.
    Layout(
        "issue-published",
        "footer",
        ("head", "close"),
        r"발행\s*[:：]\s*\d{4}\s*년\s*(?:\d{1,2}\s*월\s*)?(?:\d{1,5}\s*)?호",
        "발행 : 2015년 46호",
    ),
    # A contributor's byline under the headline: a name and a job that writes (• 홍길동 선임연구원).
    Layout(
        "reporter-contributor",
        "reporter",
        ("head",),
        rf"(?P<reporter>{SURNAMED})\s+(?:선임\s?|책임\s?|수석\s?|객원\s?)?(?:연구원|연구위원|애널리스트|이코노미스트|칼럼니스트|평론가)",
        "• 홍길동 선임연구원",
    ),
    # A photo's caption led by an asterisk, no sentence: * 가상대 채플에서 설교하는 홍길동 목사.
    Layout(
        "caption-asterisk",
        "caption",
        ("line",),
        r"\*\s*(?!.*(?:[.!?]|다|요)$)[^*]{4,80}",
        "* 가상대 채플에서 설교하는 홍길동 목사",
    ),
    # Who wrote a message, under its headline or its text: a name, an organisation and an office (the
    # paper's own officer too, his photo's caption closed by a full stop: 홍길동 가상신문 발행인.).
    Layout(
        "caption-name-role",
        "caption",
        ("head", "line"),
        rf"(?P<reporter>{SURNAMED})\s+(?:[가-힣A-Za-z0-9·()]{{1,20}}\s?)?(?:{ROLE}|{_OFFICER})\.?",
        "홍길동 가상대학출판협회 이사장",
    ),
    # The same with the organisation first: 에이가상 홍길동 사장 (a company's head signing a message).
    Layout(
        "caption-org-name-role",
        "caption",
        ("head", "line"),
        rf"[가-힣A-Za-z0-9]{{2,12}}\s+(?P<reporter>{SURNAMED})\s+{ROLE}",
        "에이가상 홍길동 사장",
    ),
    # The same with the name last, after the organisations and the offices (가상협회, 가상신문 회장 겸
    # 발행인 홍길동): a message's writer signing as a letter does.
    Layout(
        "caption-role-name",
        "caption",
        ("head",),
        rf"[가-힣A-Za-z0-9·,() ]{{2,60}}?\s(?:{ROLE}|{_OFFICER})(?:\s*겸\s*(?:{ROLE}|{_OFFICER}))?"
        rf"\s+(?P<reporter>{SURNAMED})",
        "가상협회, 가상신문 회장 겸 발행인 홍길동",
    ),
    # The print edition's page, above the body: furniture, like a share button (promo).
    Layout(
        "print-page",
        "footer",
        ("head",),
        rf"{_PRINT_PAGE}(?:\s*지면\s*보기)?",
        "종합 08면 지면보기",
    ),
)
HEAD_LINES: tuple[Layout, ...] = (*DATE_LINES, *CAPTIONS, *BYLINES, *_AFTER_BYLINES)
