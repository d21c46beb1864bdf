"""The rows of reporters' lines between the title and the body, and of bylines in the closing run:
a press and its reporter, a writer credited by the work, an officer, a magazine's credits."""

from __future__ import annotations

from .pieces import (
    _LOOSE_DATE,
    _STAMP,
    ALONE_NAME,
    DATE,
    DESK_WORD,
    EMAIL,
    ENGLISH_BYLINE,
    HANJA_NAME,
    LABELLED_BYLINE,
    MORE_NAMES,
    NAME,
    NEWSROOM,
    PLACE,
    PRESS,
    ROLE,
    STAMPS_AFTER,
    SURNAMED,
    TITLE,
)
from .record import Layout

# A byline's address after the title, in brackets or not: 홍길동 기자 (gildong@example.com).
_ADDRESS = rf"(?:\s*[(<\[]?\s*(?P<email>{EMAIL})\s*[)>\]]?)?"
# Offices of the paper's own who sign what they write (a publisher's letter, an editor's).
_OFFICER = r"(?:발행인|편집인|편집장|편집국장|주필|대표)"

BYLINES: tuple[Layout, ...] = (
    # --- reporter lines before the body ---
    Layout(
        "reporter-labelled",
        "reporter",
        ("head", "close"),
        LABELLED_BYLINE,
        "기자명 홍길동 기자 다른기사 보기 gildong@example.com",
    ),
    # The desk beside the name, before or after it, the press maybe first (가상일보 사회부 홍길동 기자,
    # 사회부 = 홍길동 기자, 홍길동 사회부 기자): the desk is neither the outlet nor the reporter.
    Layout(
        "reporter-after-desk",
        "reporter",
        ("head", "close"),
        rf"(?:(?P<outlet>{PRESS})\s+)?{NEWSROOM}\s*[=/]?\s*(?P<reporter>{NAME}){MORE_NAMES}\s*{TITLE}{_ADDRESS}",
        "가상일보 사회부 홍길동 기자",
    ),
    Layout(
        "reporter-before-desk",
        "reporter",
        ("head", "close"),
        rf"(?P<reporter>{NAME}){MORE_NAMES}\s+{NEWSROOM}\s*(?:{TITLE}|장){_ADDRESS}",
        "홍길동 사회부 기자",
    ),  # also the desk's head signing (홍길동 문화부장)
    # A board's or CMS's label before the writer's name alone (작성자 : 홍길동, 기사작성 : 홍길동, 기자 |
    # 홍길동): the label says what the name is; a colon or bar required (작성자 관리자 signs as no one).
    Layout(
        "reporter-label-name",
        "reporter",
        ("head", "close"),
        rf"(?:작성자|기사\s?작성|글쓴이|기자|취재기자)\s*[:：|]\s*(?P<reporter>{ALONE_NAME})",
        "작성자 : 홍길동",
    ),
    # A magazine crew's role in Korean alone on its line over the name (- 피처 에디터, then - 홍길동;
    # - 포토그래퍼, then - 김철수), no name with a title: the first name under the editor's is the
    # writer's.
    Layout(
        "credits-role",
        "footer",
        ("close",),
        r"[-–•·]?\s*(?:(?:피처|피쳐|패션|뷰티|리빙|웹|디지털|컨트리뷰팅)\s?)?(?:에디터|포토그래퍼|스타일리스트"
        r"|어시스턴트|헤어|메이크업|헤어\s?[&·]\s?메이크업|디자인|일러스트|영상)",
        "- 피처 에디터",
    ),
    # A board engine's (GNUBoard's) writer and stamp on one line, its counters maybe between and its
    # 본문 heading glued after (작성자 홍길동 작성일20-07-31 14:49본문): the writer, if a name, and the date.
    Layout(
        "reporter-board-writer",
        "reporter",
        ("head", "close"),
        rf"작성자\s*[:：]?\s*(?:(?P<reporter>{ALONE_NAME})(?:\s*{TITLE})?|[^\s:：]{{1,12}})"
        r"(?:\s*(?:댓글|조회)\s*[:：]?\s*[\d,]+\s*[건회]?)*\s*작성일\s*[:：]?\s*"
        r"(?P<y>(?:19|20)?\d{2})[.-](?P<m>\d{1,2})[.-](?P<d>\d{1,2})"
        r"(?:\s*(?P<ampm>오전|오후)?\s?(?P<H>\d{1,2}):(?P<M>\d{2})(?::\d{2})?)?\s*(?:본문)?",
        "작성자 홍길동 작성일20-07-31 14:49본문",
    ),
    Layout(
        "reporter-name",
        "reporter",
        ("head", "close"),
        rf"(?!{TITLE}$|{DESK_WORD}$)(?P<reporter>{ALONE_NAME}|{HANJA_NAME}(?=\s*{TITLE}))(?:\s*{TITLE})?(?:\s*[(<\[]\s*(?P<email>{EMAIL})\s*[)>\]])?",
        "홍길동",
    ),  # also a name with its address in brackets: 홍길동 (gildong@example.com); a name in Hanja with
    # its title (洪吉童 記者)
    # A writer credited by the work (정리 홍길동 기자, 취재·정리 홍길동 기자, 글 | 홍길동, [글 홍길동 / 사진
    # 김철수], <글=홍길동 가상대 교수>, 글/홍길동, after a slash: /글·사진 홍길동 기자), with the photographer after a
    # slash (홍길동 기자 / 사진 김철수 기자), or a columnist by office (홍길동 논설위원): the work's word is no
    # name.
    Layout(
        "reporter-credited",
        "reporter",
        ("head", "close"),
        rf"(?:[\[<(]|/(?=\s*(?:글|취재|정리)))?\s*(?:(?P<work>글|취재|정리)(?:\s?[·ㆍ/]\s?(?:사진|정리))?\s*[=:：|/]?\s*)?"
        rf"(?P<reporter>{SURNAMED}){MORE_NAMES}\s*(?:{TITLE}|편집위원|논설위원|논설실장"
        rf"|(?(work)(?<=[^가-힣][가-힣]{{3}})|(?!)))"  # a full name alone only after the work's word
        rf"(?:\s*[/,·]\s*사진\s*[=:]?\s*{NAME}(?:\s*{TITLE})?)?(?:\s+[가-힣]{{2,12}}\s+{ROLE})?"
        rf"(?:\s*[(<\[]?\s*(?P<email>{EMAIL})\s*[)>\]]?)?\s*[\]>)]?",
        "취재·정리 홍길동 기자",
    ),
    Layout(
        "reporter-outlet",
        "reporter",
        ("head", "close"),
        rf"(?:/\s*)?(?P<outlet>{PRESS})(?:\s+|\s*[|ㅣ]\s*)(?P<reporter>{NAME})\s*{TITLE}"
        rf"(?:\s*[(<\[]?\s*(?P<email>{EMAIL})\s*[)>\]]?)?(?:\s*[|ㅣ]\s*{_LOOSE_DATE})?{STAMPS_AFTER}",
        "가상뉴스 홍길동 기자",
    ),  # also 가상뉴스 홍길동 기자 (gildong@example.com), 가상뉴스 | 홍길동 기자 | 입력 DATE, a signature
    # after a slash: /가상뉴스 홍길동 기자, a bare date after a bar: 가상뉴스 홍길동 기자 | 2020.07.10
    # The press after the name and title, in brackets or after a slash or bar: 홍길동 기자 (가상일보),
    # 홍길동 기자 / 가상일보 gildong@example.com.
    Layout(
        "reporter-then-outlet",
        "reporter",
        ("head", "close"),
        rf"(?P<reporter>{NAME}){MORE_NAMES}\s*{TITLE}\s*[(/|ㅣ]\s*(?P<outlet>{PRESS})\s*\)?"
        rf"(?:\s*[(<\[]?\s*(?P<email>{EMAIL})\s*[)>\]]?)?",
        "홍길동 기자 (가상일보)",
    ),
    # A broadcaster's regional newsroom before the name (가상방송 청주 홍길동 기자): the writer's
    # employer, which a piece printed elsewhere names too; the outlet is the page's own.
    Layout(
        "reporter-newsroom",
        "reporter",
        ("head", "close"),
        rf"(?P<employer>{PRESS})\s+{PLACE}\s+(?P<reporter>{NAME})\s*{TITLE}"
        rf"(?:\s*[(<\[]?\s*(?P<email>{EMAIL})\s*[)>\]]?)?",
        "가상방송 청주 홍길동 기자",
    ),
    # 푸른들녘 홍길동 기자: a press the table lacks, then a name from a surname (a press's name is no
    # person's: 홍길동 가상스쿠프 기자 is read below); a place there is no press (가상시 홍길동 기자).
    Layout(
        "reporter-unknown-outlet",
        "reporter",
        ("head", "close"),
        rf"(?:(?P<place>{PLACE})|(?!{SURNAMED}\s)(?P<outlet>[가-힣A-Za-z][가-힣A-Za-z0-9]{{1,11}}))(?:\s+|\s*[|ㅣ]\s*)"
        rf"(?!{PRESS}\s*{TITLE})(?P<reporter>{SURNAMED}){MORE_NAMES}\s*{TITLE}"
        rf"(?:\s*[(<\[]?\s*(?P<email>{EMAIL})\s*[)>\]]?)?{STAMPS_AFTER}",
        "푸른들녘 홍길동 기자 gildong@example.com",
    ),  # also 푸른들녘 | 홍길동 기자 | 입력 DATE (a bar between)
    # 홍길동ㆍ김철수 가상스쿠프 기자(gildong@example.com) 2020. 7. 10. 11:24: names, the press, the title.
    Layout(
        "reporter-name-outlet",
        "reporter",
        ("head", "close"),
        rf"(?P<reporter>{NAME}){MORE_NAMES}\s+(?!(?:인턴|수습|선임|전문|객원|사진|영상)\s?기자)(?P<outlet>[가-힣A-Za-z0-9]{{2,12}})\s*{TITLE}"
        rf"(?:\s*[(<\[]?\s*(?P<email>{EMAIL})\s*[)>\]]?)?(?:\s*{_LOOSE_DATE})?{STAMPS_AFTER}",
        "홍길동ㆍ김철수 가상스쿠프 기자",
    ),
    Layout(
        "reporter-byline",
        "reporter",
        ("head",),
        rf"(?:[가-힣]{{1,8}}\s*=\s*)?(?P<reporter>{NAME}|{HANJA_NAME}){MORE_NAMES}\s*{TITLE}(?:\s*[(<\[]?\s*(?P<email>{EMAIL})\s*[)>\]]?)?(?:\s*[|ㅣ·]?\s*{_LOOSE_DATE})?{STAMPS_AFTER}",
        "세종=홍길동·김철수 기자 gildong@example.com",
    ),  # also a name in Hanja (洪吉童 記者)
    # A regional weekly's byline, its day after a slash, the address glued before the stamp:
    # 홍길동 기자 / 2020년 07월 10일, 홍길동 기자 / gildong@example.com입력 : 2020년 07월 10일; the
    # paper signing so, no person named: 가상신문 기자 / 입력 : 2020년 07월 10일.
    Layout(
        "reporter-slash-date",
        "reporter",
        ("head",),
        rf"(?:(?P<reporter>{NAME}){MORE_NAMES}|(?P<outlet>{PRESS}))\s*{TITLE}\s*/\s*(?:(?P<email>{EMAIL})\s*)?"
        rf"(?:{_STAMP}\s*[:：]?\s*)?{DATE}",
        "홍길동 기자 / gildong@example.com입력 : 2020년 07월 10일",
    ),
    # A columnist's byline with the stamp after a bar, the beat glued before the job: 홍길동
    # 낚시칼럼니스트 | 2020.07.10 11:33 (a contributor in the byline's place).
    Layout(
        "reporter-columnist-stamp",
        "reporter",
        ("head",),
        rf"(?P<reporter>{SURNAMED})\s+[가-힣]{{0,6}}칼럼니스트\s*[|ㅣ]\s*{DATE}",
        "홍길동 낚시칼럼니스트 | 2020.07.10 11:33",
    ),
    # The paper's own account signing with its address, its stamps glued after and the page's
    # buttons: 가상신문(desk@example.com)2020-07-10 12:20:19 2020.07.10 12:20:19 링크 인쇄 공유.
    Layout(
        "outlet-account-stamp",
        "reporter",
        ("head", "line"),
        rf"(?P<outlet>{PRESS})\s*[(<\[]?\s*(?P<email>{EMAIL})\s*[)>\]]?\s*{DATE}(?:\s*{_LOOSE_DATE})*"
        r"(?:\s*(?:링크|인쇄|공유|스크랩|프린트))*",
        "가상신문(desk@example.com)2020-07-10 12:20:19 2020.07.10 12:20:19 링크 인쇄 공유",
    ),
    # A byline of the paper's own officer, its stamp after a bar: 홍길동 발행인 | 기사입력 2020/07/10 [10:00].
    Layout(
        "reporter-officer-stamp",
        "reporter",
        ("head",),
        rf"(?P<reporter>{NAME})\s*(?:발행인|편집인|편집국장|주필|논설위원|대표)\s*[|ㅣ]\s*{_STAMP}\s*[:：]?\s*{_LOOSE_DATE}",
        "홍길동 발행인 | 기사입력 2020/07/10 [10:00]",
    ),
    # The paper's own officer signing under the headline, the office before or after the name:
    # • 편집장 홍길동 hong@example.com, • 홍길동 대표 (no office between: 홍길동 가상전자 대표 is a caption).
    Layout(
        "reporter-officer",
        "reporter",
        ("head",),
        rf"(?:(?P<before>{_OFFICER})\s+)?(?P<reporter>{SURNAMED})(?(before)|\s+{_OFFICER})"
        rf"(?:\s*[(<\[]?\s*(?P<email>{EMAIL})\s*[)>\]]?)?",
        "편집장 홍길동 hong@example.com",
    ),
    # A desk's byline naming its press: • 가상주간 편집국 (a desk alone names no one: 편집국).
    Layout(
        "reporter-desk",
        "reporter",
        ("head", "close"),
        rf"(?P<outlet>[가-힣A-Za-z][가-힣A-Za-z0-9]{{1,11}})\s+{DESK_WORD}(?:\s+{DATE})?",
        "가상주간 편집국",
    ),
    # A body signing as the writer under the headline (가상신학대학원 교수회, 가상대 교수 일동): the byline,
    # no deck, and it names no one.
    Layout(
        "reporter-body",
        "reporter",
        ("head",),
        r"(?:[가-힣A-Za-z0-9]{2,20}\s){0,2}[가-힣A-Za-z0-9]{2,20}\s(?:교수회|교수단|교수\s?일동|교수협의회)",
        "가상신학대학원 교수회",
    ),
    # A columnist's offices, then the name after a wide gap (가상대학 교수  가상학회 회장      홍길동):
    # the writer over the text.
    Layout(
        "reporter-affiliations",
        "reporter",
        ("head",),
        rf"(?:[가-힣A-Za-z0-9·]{{2,20}}\s{ROLE}\s{{2,}}){{1,3}}\s*(?P<reporter>{SURNAMED})",
        "가상대학 교수  가상학회 회장      홍길동",
    ),
    # A student newsroom's writer with the cohort (기수) before the name: - 17기 홍길동.
    Layout(
        "reporter-cohort",
        "reporter",
        ("head",),
        rf"\d{{1,3}}\s?기\s+(?P<reporter>{SURNAMED})(?:\s*{TITLE})?",
        "17기 홍길동",
    ),
    # A byline after its date and time: 2020년 7월 10일 (금) 14:50:41 홍길동 기자 gildong@example.com;
    # a review's issue in brackets first, the author's address after his name with no title ([53호]
    # 2020년 07월 10일 (금) 홍길동 gildong@example.com).
    Layout(
        "reporter-dated",
        "reporter",
        ("head", "close"),
        rf"(?:[\[<(]\s*(?:제\s?)?\d{{1,5}}\s*호\s*[\]>)]\s*)?{DATE}\s+(?P<reporter>{NAME}){MORE_NAMES}"
        rf"(?=\s*(?:{TITLE}|[(<\[]?\s*{EMAIL}))\s*(?:{TITLE})?(?:\s*[(<\[]?\s*(?P<email>{EMAIL})\s*[)>\]]?)?",
        "2020년 7월 10일 (금) 14:50:41 홍길동 기자 gildong@example.com",
    ),
    # A magazine's issue month with its byline: 2020년 7월 <홍길동 기자>, 2020년 7월호 홍길동 기자.
    Layout(
        "reporter-issue-month",
        "reporter",
        ("head",),
        rf"(?P<y>\d{{4}})\s*년\s*(?P<m>\d{{1,2}})\s*월호?\s*[<(\[]?\s*(?P<reporter>{NAME})\s*{TITLE}\s*[>)\]]?",
        "2020년 7월 <홍길동 기자>",
    ),
    # A magazine's credits: EDITOR: 홍길동 (and again in title case: Editor 홍길동).
    Layout(
        "reporter-editor",
        "reporter",
        ("head", "line", "close"),
        rf"(?:EDITOR|Editor|에디터)\s*[:：/]?\s*(?P<reporter>{NAME}){MORE_NAMES}(?:\s*[|ㅣ·]\s*사진\s*{NAME})?",
        "EDITOR: 홍길동",
    ),  # also 에디터 홍길동|사진 김철수 (the photographer after a bar), EDITOR : 홍길동, 김철수
    # The photographers' credit under a magazine's text: PHOTO : 홍길동, 김철수 (no byline; the longer
    # words, PHOTOGRAPHER …, are the credits-english row's).
    Layout(
        "credit-photo",
        "footer",
        ("close",),
        rf"(?:PHOTO|Photo)\s*[:：/]?\s*{NAME}{MORE_NAMES}",
        "PHOTO : 홍길동, 김철수",
    ),
    # A board's byline (XpressEngine's viewer): by (a company) 홍길동 posted Nov 13, 2009. The
    # company is the poster's own, the writer's employer, not the board's press (a journalists'
    # magazine's board where a station's member introduces his newsroom).
    Layout(
        "reporter-board-posted",
        "reporter",
        ("head",),
        rf"by\s+(?:(?P<employer>[가-힣A-Za-z0-9]{{1,12}})\s+)?(?P<reporter>{SURNAMED})\s+posted\s+[A-Za-z]{{3,9}}\.?\s+\d{{1,2}},?\s+\d{{4}}",
        "by 가상방송 홍길동 posted Nov 13, 2009",
    ),
    Layout(
        "reporter-english",
        "reporter",
        ("head", "close"),
        ENGLISH_BYLINE,
        "By JANE DOE, GASANG US",
    ),
    # A translated piece's byline: the writer's English name, then the source after a bar (Jane Doe |
    # GASANG).
    Layout(
        "reporter-english-bar",
        "reporter",
        ("head",),
        r"(?P<reporter>[A-Z][a-z]+(?:[ -][A-Z][a-z'-]+){1,2})\s*[|ㅣ]\s*[A-Z][A-Za-z0-9&.]*(?:\s[A-Za-z0-9&.]+){0,3}",
        "Jane Doe | GASANG",
    ),
    # A magazine's account as the byline: by 가상 매거진 (the press, no person).
    Layout(
        "reporter-by-outlet",
        "reporter",
        ("head",),
        r"[Bb]y\s+(?P<outlet>[가-힣][가-힣A-Za-z0-9]{1,14}(?:\s[가-힣A-Za-z0-9]{1,10})?)",
        "by 가상 매거진",
    ),
    # A stamp, then the byline after a bar: 등록 2020.07.10 14:31 | 가상저널 홍길동 기자.
    Layout(
        "reporter-after-stamp",
        "reporter",
        ("head",),
        rf"{_STAMP}\s*[:：]?\s*{_LOOSE_DATE}\s*[|ㅣ]?\s*(?:(?P<outlet>{PRESS})\s+)?(?P<reporter>{NAME})"
        rf"{MORE_NAMES}\s*{TITLE}(?:\s*[(<\[]?\s*(?P<email>{EMAIL})\s*[)>\]]?)?",
        "등록 2020.07.10 14:31 | 가상저널 홍길동 기자",
    ),
    # A writer's byline led by 글 (and the photographer's after 사진): 글 홍길동·사진 김철수 기자,
    # 글·사진 홍길동 기자, 글 : 홍길동 가상월간 편집장 hong@example.com, 글 홍길동 기획위원, 김철수 기자
    # 사진 이영희 기자 (more writers after a comma).
    Layout(
        "reporter-written",
        "reporter",
        ("head", "close"),
        rf"글(?:\s*[·ㆍ/]\s*사진)?(?:\s*[:：=]\s*|\s+)(?P<reporter>{SURNAMED})(?![가-힣])"
        rf"(?:\s*[·ㆍ,/]\s*사진\s*[:：=]?\s*{NAME}\s*{TITLE}"
        rf"|(?:\s+(?P<outlet>[가-힣A-Za-z0-9]{{2,12}}))??\s*(?:{TITLE}|편집장|편집위원|기획위원|주간)"
        rf"(?:\s*[,·]\s*{NAME}\s*{TITLE})*(?:\s+사진\s*[:：=]?\s*{NAME}\s*{TITLE})?"
        rf"(?:\s*[(<\[]?\s*(?P<email>{EMAIL})\s*[)>\]]?)?|\s*{EMAIL}"
        r"|(?<=[^가-힣][가-힣]{3}))",  # or the name alone, a full one: 글 홍길동
        "글 : 홍길동 가상월간 편집장 hong@example.com",
    ),
    # A writer alone under the headline with his school and field in brackets, a comma between:
    # 홍길동(가상대학교 신학대학원, 실천신학), a paper's author (an interviewee's office stands so with no
    # field, 홍길동(가상전자 대표); a figure there is a subject's age: 홍길동(75ㆍ가상리)).
    Layout(
        "reporter-affiliated",
        "reporter",
        ("head",),
        rf"(?P<reporter>{SURNAMED})\s?\([^()\d,]{{2,30}},\s*[^()\d,]{{2,20}}\)",
        "홍길동(가상대학교 신학대학원, 실천신학)",
    ),
    # A poster's field after its icon's word (a site's icon font: person 홍길동): the person named,
    # or an office posting (person 가상군청: no one).
    Layout(
        "reporter-icon",
        "reporter",
        ("head",),
        rf"(?:person|account_circle)\s+(?:(?P<reporter>{ALONE_NAME})(?:\s*{TITLE})?|[가-힣A-Za-z0-9]{{2,15}})",
        "person 홍길동",
    ),
    # A reader's review signed in the byline's place by its day and its writer, set apart by a run
    # of spaces: 2020-07-10     홍길동 (one space and a weekday, 2020.07.10 금요일, is a date).
    Layout(
        "reporter-date-spaced",
        "reporter",
        ("head", "close"),
        rf"{DATE}\s{{2,}}(?P<reporter>{SURNAMED})(?<!요일)",
        "2020-07-10     홍길동",
    ),
    # A student's signature under a reader's piece, department and year in brackets: 홍길동(가상학과
    # 11), 홍길동(가상학과·11학번), 홍길동(가상학과 3학년) (an interviewee's age stands first there:
    # 홍길동(75ㆍ가상리)).
    Layout(
        "reporter-student",
        "reporter",
        ("close",),
        rf"(?P<reporter>{SURNAMED})\s?\(\s*[가-힣]{{1,12}}\s?[·ㆍ,]?\s?\d{{1,2}}(?:\s?학번|\s?학년)?\s*\)",
        "홍길동(가상학과 11)",
    ),
    # A cable station's byline with the day glued to it, in the body (under the head, the
    # reporter-byline row reads it): 홍길동 기자2022.04.05.
    Layout(
        "reporter-date-glued",
        "reporter",
        ("line",),
        rf"(?P<reporter>{NAME})\s*{TITLE}\s*{DATE}",
        "홍길동 기자2022.04.05",
    ),
)
