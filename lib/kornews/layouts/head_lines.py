"""The rows of lines between the title and the body, and among paragraphs: dates, captions and
photo credits, then reporters' lines (:mod:`.bylines`), mastheads and issue labels."""

from __future__ import annotations

from .bylines import BYLINES
from .pieces import (
    _CREDIT,
    _EDIT,
    _LOOSE_DATE,
    _PRINT_PAGE,
    _STAMP,
    COMPANY_MARK,
    DATE,
    EMAIL,
    NAME,
    PRESS,
    ROLE,
    SPACED_DATE,
    SURNAMED,
    TITLE,
)
from .record import Layout

# A post's stamp before its day: Posted on, Published, or a site's icon word (an icon font's name for
# the clock or the calendar: schedule, calendar_today).
_POSTED_ON = (
    r"(?:(?:[Pp]osted|[Pp]ublished)(?:\s+on)?|schedule|access_time|calendar_today|event|today)"
    r"\s*[:：]?\s+"
)

_BEFORE_BYLINES: tuple[Layout, ...] = (
    # --- dates ---
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
    # 14:31 (a daily's round-up page), 가상신문 | 입력 : 2020/07/10 [14:31] (a bar between).
    Layout(
        "date-outlet-stamp",
        "date",
        ("head",),
        rf"(?P<outlet>{PRESS})\s*(?:\s|[|ㅣ])\s*{_STAMP}\s*[:：]?\s*{DATE}",
        "가상경제신문 입력 2020.07.10 14:31",
    ),
    # The input stamp with the site's edit label naming the outlet after it: 기사입력: 2020/07/10
    # [10:03] 최종편집: 가상뉴스.
    Layout(
        "date-stamp-editor",
        "date",
        ("head", "close"),
        rf"{_STAMP}\s*[:：]?\s*{DATE}\s*최종\s?편집\s*[:：]\s*(?P<outlet>[가-힣A-Za-z][가-힣A-Za-z0-9]{{1,14}})",
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
    # --- captions ---
    Layout(
        "reporter-marked",
        "reporter",
        ("head", "line", "close"),
        rf"[▲△■◆]\s*(?P<reporter>{NAME})\s*{TITLE}(?:\s+(?P<email>{EMAIL}))?",
        "▲홍길동 기자 gildong@example.com",
    ),
    # One triangle: a line of several (▲소상공인 지원 ▲청년 일자리) is a list in the text; a
    # regional weekly's CMS doubles its arrow (↑↑ 가상향교 석전대제 봉행).
    Layout(
        "caption-triangle",
        "caption",
        ("head", "line"),
        r"(?:[▲△]|↑↑?)\s*[^▲△↑]+",
        "▲ 가상시청 전경.",
    ),
    Layout(
        "caption-photo-slash",
        "caption",
        ("head", "line"),
        r".+?/\s*(?:사진|그래픽|자료)(?:\s*제공|\s*출처)?\s*=\s*\S.*",
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
    # A caption under the headline that ends its sentence, then a slash and the press whose photo
    # it is (… 새 이름을 쓴다. /가상뉴스); printed again as the body's first line without it.
    Layout(
        "caption-slash-press",
        "caption",
        ("head",),
        rf".+?[.!?]\s*/\s*{PRESS}",
        "가상뉴스가 새 이름을 쓴다. /가상뉴스",
    ),
    # A photo from the paper's archive: … 기념 촬영 모습, 가상뉴스 DB (led by 사진 or not).
    Layout(
        "caption-archive",
        "caption",
        ("head", "line"),
        r".+?[,.]\s*[가-힣A-Za-z0-9]{1,20}\s?DB",
        "사진 지난해 대회 개회식 후 기념 촬영 모습, 가상뉴스 DB",
    ),
    # A house paper's caption written as a paragraph: … 열었다(사진은 광장에 모인 시민들 모습).
    Layout(
        "caption-photo-is",
        "caption",
        ("head", "line"),
        r".+\(\s*(?:위\s?)?사진은\s[^()]{2,80}\)\.?(?:\s*사진\s?제공\s*[·:=]?\s*\S.{0,20})?",
        "가상시가 새 광장을 열었다(사진은 광장에 모인 시민들 모습).",
    ),
    Layout(
        "caption-agency-photo",
        "caption",
        ("line",),
        r"[\[【(][^\[\]【】()=]{1,12}=[^\[\]【】()]{1,12}[\]】)].*(?:사진\s*=|사진\s*제공|photo@).*",
        "[서울=뉴시스] 가상시청 전경. (사진=가상시 제공) 2020.07.10. photo@example.com",
    ),
    # A photo's caption glued before the paragraph it stands over: who, and where in the photo
    # (홍길동 이장 (가운데) 가상마을 …); 홍길동 이장 (가운데) 등이 … is a sentence.
    Layout(
        "caption-glued-position",
        "caption",
        ("open",),
        rf"{NAME}\s(?:[가-힣]{{1,10}}\s)?{ROLE}\s\((?:맨\s?)?(?:가운데|왼쪽|오른쪽)[^()]{{0,12}}\)\s+"
        r"(?!(?:이|가|은|는|을|를|와|과|도|등|등이|의)\s)",
        "홍길동 이장 (가운데) ",
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
    # A photo's credit alone on its line: <가상시 제공>, <연합>, (AP); a handout's giver with no
    # bracket, one word (가상구 제공).
    Layout(
        "caption-credit-alone",
        "caption",
        ("head", "line", "close"),
        r"[<(〈]\s*(?:[가-힣A-Za-z0-9·]{1,15}\s*제공|연합|연합뉴스|뉴시스|뉴스1|AP|AFP|EPA|UPI|로이터)\s*[>)〉]"
        r"|[가-힣A-Za-z0-9·]{2,15}\s?제공",
        "<가상시 제공>",
    ),
    # A photo's credit between a table's bars, the lead split off after it: | | ⓒ (주)가상사랑 | |.
    Layout(
        "caption-credit-barred",
        "caption",
        ("head", "line", "close"),
        r"(?:[|ㅣ]\s*)+[ⓒ©]\s*[^|ㅣ]{1,30}?(?:\s*[|ㅣ])+",
        "| | ⓒ (주)가상사랑 | |",
    ),
    # A scene described as it goes on (…하고 있다.), then whose picture it is: a reporter, a date and
    # its agency (2020.7.10 가상통신, with or without a slash), a credit in brackets, ⓒ a name.
    Layout(
        "caption-scene",
        "caption",
        ("head", "line"),
        rf".+?있다\.\s*(?:\([^()]{{1,25}}\)\s*)?(?:{NAME}\s?(?:선임\s?|사진\s?)?기자(?:\s?[·,/]?\s?사진\s?(?:제공\s?)?=\s?[가-힣A-Za-z0-9]{{1,15}})?|\d{{4}}\.\d{{1,2}}\.\d{{1,2}}\.?\s*/?\s*[가-힣A-Za-z]{{2,12}}|[<(〈](?!\s*(?:끝|저작권))[^<>()〈〉]{{1,25}}[>)〉]|[ⓒ©]\s*\S.{{0,15}})",
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
    # A sentence that says where its people stand in the photo, printed twice in a row (place
    # ``twice``: the body's sentences name (사진 가운데) too, but are not printed again).
    Layout(
        "caption-photo-position",
        "caption",
        ("twice",),
        r".*\(\s*사진\s*(?:가운데|왼쪽|오른쪽|위|아래|앞줄|뒷줄)[^()]{0,20}\).*",
        "가상시장(사진 가운데)이 상을 받았다.",
    ),
    # Who stands where in the photo (왼쪽부터 홍길동, 김철수), printed twice in a row (the image's
    # text and its caption); the body's sentences may name positions too, but are not printed again.
    Layout(
        "caption-photo-order",
        "caption",
        ("twice",),
        r".*(?:(?:왼쪽|오른쪽)\s?부터|\(\s*(?:왼쪽|오른쪽)\s*\)).*",
        "가상시가 교육을 시작했다. 왼쪽부터 홍길동 위원, 김철수 기자.",
    ),
    # Any short line of one sentence at most printed twice in a row among the paragraphs (the
    # photo's alt text, then its caption: 가상시청 앞 광장이 시민에게 열렸다., twice): a caption; one that
    # reports words said in double quotes ("…"고 말했다.) is a quotation a text may print again.
    Layout(
        "caption-printed-twice",
        "caption",
        ("twice",),
        r"(?!.*[.!?]\s+\S)(?![^\"“”]*[\"“”]).{8,100}",
        "가상시청 앞 광장이 시민에게 열렸다.",
    ),
    # The names in a photo closed by where they stand: 홍길동 신부, 김철수 주교.(앞줄 왼쪽부터).
    Layout(
        "caption-names-order",
        "caption",
        ("head", "line"),
        r".{2,300}?\(\s*(?:앞줄|뒷줄|윗줄|아랫줄)?\s*(?:왼쪽|오른쪽)\s?(?:에서\s?)?부터\s*\)\.?",
        "가상시장 홍길동, 가상시의장 김철수.(앞줄 왼쪽부터)",
    ),
    # A photo's credit alone, its giver after an equals sign: 가상잡지사진 제공 = 가상뉴스.
    Layout(
        "caption-credit-equals",
        "caption",
        ("head", "line"),
        r"[가-힣A-Za-z0-9]{0,15}(?:사진|그래픽|자료)\s*(?:제공|출처)\s*[=:]\s*[^\s=:].{0,30}",
        "가상잡지사진 제공 = 가상뉴스",
    ),
    # A caption ending with its photographer after an equals sign: 가상시청 전경. 사진=홍길동.
    Layout(
        "caption-credit-tail",
        "caption",
        ("head", "line"),
        r".{4,200}?[.]\s*(?:사진|그래픽)\s*=\s*[가-힣A-Za-z][가-힣A-Za-z0-9 ]{0,19}",
        "가상시청 전경. 사진=홍길동",
    ),
    # The people in a photo under the headline: 홍길동 씨 / 김철수 씨, or a strip of photos' names set
    # apart by runs of spaces (홍길동씨    김철수씨    이영희씨; a foreign name may be longer).
    Layout(
        "caption-names",
        "caption",
        ("head", "line"),
        rf"{NAME}\s*씨(?:\s*/\s*{NAME}\s*씨)+|[가-힣]{{2,8}}씨(?:\s{{2,}}[가-힣]{{2,8}}씨){{2,}}",
        "홍길동 씨 / 김철수 씨",
    ),
    Layout(
        "caption-image-file",
        "caption",
        ("head", "line"),
        r".{1,80}\.(?:jpe?g|JPE?G|png|PNG|gif|webp)",
        "사진_가상시청 전경.jpg",
    ),
    # ⓒ the press and its reporter over a photo page's text (ⓒ 가상신문 홍길동 기자): the paper's own
    # photographer, its byline (ⓒ홍길동 기자 alone, under other captions, is a photo's credit).
    Layout(
        "reporter-credit-press",
        "reporter",
        ("head",),
        rf"[ⓒ©]\s*(?P<outlet>[가-힣A-Za-z][가-힣A-Za-z0-9]{{1,14}})\s+(?P<reporter>{SURNAMED})\s*{TITLE}",
        "ⓒ 가상신문 홍길동 기자",
    ),
    # ⓒ a name alone: the photo's holder, up to a stock agency's Latin name (ⓒ Getty Images Bank).
    Layout(
        "caption-copyright-name",
        "caption",
        ("head", "line"),
        r"[ⓒ©]\s*[가-힣A-Za-z][가-힣A-Za-z0-9 ]{0,20}",
        "ⓒ 홍길동",
    ),
)
_AFTER_BYLINES: tuple[Layout, ...] = (
    # A house paper's masthead with its issue and section over the headline: 가상시보 제100호 시정.
    Layout(
        "masthead-issue",
        "footer",
        ("head", "close"),
        r"(?P<outlet>[가-힣A-Za-z0-9]{2,10}(?:\s[가-힣A-Za-z0-9]{1,10})?)\s+제\s?\d{1,5}\s?호(?:\s+[가-힣·]{1,8})?",
        "가상시보 제100호 시정",
    ),
    # A monthly's masthead with the month's issue over the headline: 월간가상 2024년 5월호 (the site's
    # current issue, no article's date).
    Layout(
        "masthead-month-issue",
        "footer",
        ("head",),
        r"(?P<outlet>[가-힣A-Za-z0-9]{2,10})\s+\d{4}\s*년\s*\d{1,2}\s*월\s*호",
        "월간가상 2024년 5월호",
    ),
    # A browser's title over the page: the headline, a dash or a bar, the outlet (가상시 새 청사 공개 -
    # 가상뉴스).
    Layout(
        "browser-title",
        "footer",
        ("head",),
        rf".{{4,120}}?\s[-–|]\s(?P<outlet>{PRESS})",
        "가상시 새 청사 공개 - 가상뉴스",
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
    # Who wrote a message, under its headline or its text: a name, an organisation and an office.
    Layout(
        "caption-name-role",
        "caption",
        ("head", "line"),
        rf"(?P<reporter>{SURNAMED})\s+(?:[가-힣A-Za-z0-9·()]{{1,20}}\s?)?{ROLE}",
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
    # The print edition's page, above the body: furniture, like a share button (promo).
    Layout(
        "print-page",
        "footer",
        ("head",),
        rf"{_PRINT_PAGE}(?:\s*지면\s*보기)?",
        "종합 08면 지면보기",
    ),
)
HEAD_LINES: tuple[Layout, ...] = (*_BEFORE_BYLINES, *BYLINES, *_AFTER_BYLINES)
