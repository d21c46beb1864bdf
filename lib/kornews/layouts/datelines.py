"""The rows of datelines that open a body (``[가상일보 홍길동 기자]``, ``(서울=연합뉴스) 홍길동 기자 =``),
after a reporter's clip that must be tried before them."""

from __future__ import annotations

from .pieces import _DESK, DATE, MONTH_ISSUE, MORE_NAMES, NAME, PLACE, PRESS, ROLE, SURNAMED, TITLE
from .record import Layout

# Who wrote and shot, before the reporter's name (글·사진 홍길동 기자, 사진홍길동 기자): no name's part.
_BY = (
    r"(?:(?:글\s*[·ㆍ,/]\s*)?사진\s*(?:[·ㆍ,/]\s*글\s*)?|글\s*[·ㆍ,/]?\s*(?=[가-힣]{2,4}\s*기자))?"
)

DATELINES: tuple[Layout, ...] = (
    # [SYNC: 홍길동 기자]: a clip of a reporter's voice, alone on its line (no dateline's [가상일보 홍길동 기자]).
    Layout(
        "speaker-sync-named",
        "speaker",
        ("open",),
        rf"\[\s*(?:SYNC|SYN|INT|인터뷰|녹취)\s*[:：]\s*(?P<speaker>{NAME})\s*(?:{TITLE})?\s*\]\s*",
        "[SYNC: 홍길동 기자]",
    ),
    # --- datelines opening the body ---
    # The outlet and its regional desk glued to the lead by a bar (가상경제 충북취재본부 | 가상군은 …).
    Layout(
        "dateline-desk-bar",
        "dateline",
        ("open",),
        rf"(?P<outlet>{PRESS})\s+[가-힣]{{2,8}}(?:취재본부|본부|지사|총국|지국)\s*[|ㅣ]\s*(?=\S)",
        "가상경제 충북취재본부 | 가상군은 …",
    ),
    # A pool's joint coverage, the outlets after its slash, then the writer (and the photographer):
    # [가상언론 공동취재/가상타임즈, 가상뉴스-글: 홍길동 기자, 사진: 김철수 기자]. The site's own
    # outlet is named first.
    Layout(
        "dateline-pool",
        "dateline",
        ("open",),
        r"[\[【]\s*[^\[\]【】/]{0,20}공동\s?취재단?\s*/\s*(?P<outlet>[^\[\]【】,/\s][^\[\]【】,/]{1,14}?)"
        r"\s*(?:,[^\[\]【】]*?)?\s*[-–:]?\s*(?:글\s*[:：=]?\s*)?"
        rf"(?P<reporter>{NAME}){MORE_NAMES}\s*{TITLE}[^\[\]【】]*[\]】]\s*",
        "[가상언론 공동취재/가상타임즈, 가상뉴스-글: 홍길동 기자, 사진: 김철수 기자] 시는 10일 계획을 냈다.",
    ),
    Layout(
        "dateline-bracket",
        "dateline",
        ("open",),
        # A slogan before the press's name ends as a clause does (온 국민이 기자인 가상협회); a
        # reporter's kind may stand before 기자 (홍길동 시민기자, 홍길동 사진기자: the name is 홍길동).
        r"[\[【<(]\s*(?:[^\[\]【】<>=()]*?[가-힣](?:인|는|은|한|된|의)\s+)?(?P<outlet>[^\[\]【】<>=()]*?)\s*[/|\-–,]?\s+"
        rf"{_BY}(?!사진\s?기자)(?P<reporter>[^\s\[\]【】<>=()]+?)\s*(?:시민|객원|인턴|수습|선임|수석|전문|사진)?\s?기자\s*[\]】>)]\s*",
        "[디지털데일리 홍길동기자] 시는 10일 계획을 냈다.",
    ),  # also [이데일리 홍길동 기자], [세상을 잇는 가상협회 홍길동 시민기자], [가상신문사/ 홍길동 기자],
    # [가상신문, 홍길동기자] (a comma after the press),
    # [가상신문 | 홍길동 선임기자] (a bar or a dash after the press), (가상일보 홍길동 기자) in round brackets
    Layout(
        "dateline-reporter",
        "dateline",
        ("open",),
        rf"\[\s*(?P<reporter>{NAME})\s*(?:사진\s?)?기자\s*\]\s*",
        "[홍길동기자] 시는 10일 계획을 냈다.",
    ),  # also [홍길동 사진기자]: the photographer's own story
    # A byline that names the press twice and no one ([가상뉴스=가상뉴스 기자], (가상뉴스=가상뉴스 기자)):
    # the press's own.
    Layout(
        "dateline-outlet-as-reporter",
        "dateline",
        ("open",),
        r"[\[(【]\s*(?P<outlet>[^\[\]()【】=\s]{2,15})\s*=\s*(?P=outlet)\s*기자\s*[\])】]\s*",
        "[가상뉴스=가상뉴스 기자] 시는 10일 계획을 냈다.",
    ),
    # Before the place rows: in [헤럴드경제=홍길동 기자] what stands before = is the press, not a place.
    Layout(
        "dateline-outlet-reporter",
        "dateline",
        ("open",),
        rf"\[\s*(?P<outlet>{PRESS})(?:\([^()]{{1,8}}\))?\s*=\s*(?:[가-힣]{{1,8}}\s*/\s*)?{_BY}"
        rf"(?P<reporter>{NAME}){MORE_NAMES}\s*{TITLE}\s*\]\s*",
        "[가상경제=홍길동 기자] 시는 10일 계획을 냈다.",
    ),  # also [가상뉴스=글·사진홍길동 기자]: text and photos by the one reporter; [가상신문=세종/홍길동
    # 기자]: the reporter's town before a slash
    # [푸른들녘=홍길동 기자], (푸른들녘 = 홍길동 기자): a reporter right after the equals sign, so what
    # stands before it is the press (any name, the table's or not; a place or desk after a bar or
    # a slash: [푸른들녘|가상시=홍길동 기자], [가상도민신문/가상시=홍길동 기자]), or a place
    # ([세종=홍길동 기자]); a monthly's issue after its name is no part of it ([월간가상 2025년 3월호=홍길동
    # 기자]).
    Layout(
        "dateline-equals-reporter",
        "dateline",
        ("open",),
        rf"[\[(]\s*(?:(?P<place>{PLACE})|(?P<outlet>[^\[\]()=|/\s][^\[\]()=|/]{{0,14}}?)"
        rf"(?:\s+{MONTH_ISSUE})?(?:\s*[|/]\s*[^\[\]()=|/]{{1,8}}?)?)\s*=\s*{_BY}"
        rf"(?P<reporter>{NAME}){MORE_NAMES}\s*{TITLE}\s*[\])]\s*",
        "(푸른들녘 = 홍길동 기자) 시는 10일 계획을 냈다.",
    ),
    Layout(
        "dateline-place-paren",
        "dateline",
        ("open",),
        rf"\((?!사진|그래픽|자료)(?P<place>[^()=]{{1,12}})=(?P<outlet>[^()]{{1,12}})\)\s*(?:(?P<reporter>{NAME})(?:\s+{NAME})*\s*{TITLE}\s*=\s*)?",
        "(서울=연합뉴스) 홍길동 기자 = 시는 10일 계획을 냈다.",
    ),  # also (서울=뉴스1)
    # [가상미디어=홍길동]: the press, then its writer's full name with no title (three syllables from a
    # surname; a place after the press, [가상일보=가상시], ends as a place does).
    Layout(
        "dateline-outlet-name",
        "dateline",
        ("open",),
        rf"\[\s*(?P<outlet>{PRESS})\s*=\s*(?=[가-힣]{{3}}\s*\])(?![가-힣]{{2}}[시군구읍면]\s*\])"
        rf"(?P<reporter>{SURNAMED})\s*\]\s*",
        "[가상미디어=홍길동] 시는 10일 계획을 냈다.",
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
        rf"(?P<outlet>[가-힣A-Za-z0-9]{{2,12}})(?:\([A-Za-z][A-Za-z0-9 .]{{1,20}}\))?"
        rf"(?:\s+[가-힣A-Za-z0-9]{{2,10}}(?=\s+{NAME}{MORE_NAMES}\s*{TITLE}\s*\|))?\s+"
        rf"(?P<reporter>{NAME}){MORE_NAMES}\s*{TITLE}\s*\|\s*",
        "가상투데이 홍길동 기자 | 시는 10일 계획을 냈다.",
    ),  # also 가상뉴스(GASANGNEWS) 홍길동 기자 |: its Latin name in brackets after the Korean;
    # 가상일보 가상포커스 홍길동 기자 |: an edition or desk between the press and the name
    # [가상시/가상저널]홍길동 기자 =: the place, the press after its slash, then the byline.
    Layout(
        "dateline-place-slash-outlet",
        "dateline",
        ("open",),
        rf"\[\s*(?P<place>[가-힣]{{1,8}})\s*/\s*(?![^\[\]]*기자\s*\])(?P<outlet>[^\[\]/=\s]{{2,15}})\s*\]\s*"
        rf"(?:(?P<reporter>{NAME}){MORE_NAMES}\s*{TITLE}\s*=\s*)?",
        "[가상시/가상저널]홍길동 기자 = 시는 10일 계획을 냈다.",
    ),
    # [가상경제신문/홍길동 기자], [푸른들녘/홍길동 기자]; a place before the slash is no press:
    # [가상시/홍길동기자].
    Layout(
        "dateline-outlet-slash",
        "dateline",
        ("open",),
        rf"\[\s*(?:(?P<place>{PLACE})|(?P<outlet>{PRESS}|[가-힣A-Za-z0-9]{{2,15}}))\s*/\s*(?P<reporter>{NAME}){MORE_NAMES}\s*{TITLE}\s*\]\s*",
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
    # [푸른들녘] 홍길동 기자 = (or |): a name in brackets, then the byline, is the press (a rubric
    # such as [단독] stands over no byline so).
    Layout(
        "dateline-bracketed-outlet-byline",
        "dateline",
        ("open",),
        rf"\[\s*(?!(?:단독|속보|종합|포토|영상|인터뷰|기획|칼럼|사설|르포|현장|특집|이슈)\s*\])"
        rf"(?P<outlet>[^\[\]=\s][^\[\]=]{{0,14}}?)\s*\]\s*(?P<reporter>{NAME}){MORE_NAMES}\s*{TITLE}\s*[=|]\s*",
        "[푸른들녘] 홍길동 기자 = 시는 10일 계획을 냈다.",
    ),
    # [푸른들녘] = 시는 …: a name in brackets, then an equals sign (where a reporter's name would
    # follow), is the press, the table's or not.
    Layout(
        "dateline-outlet-equals-sign",
        "dateline",
        ("open",),
        r"\[\s*(?P<outlet>[^\[\]=\s][^\[\]=]{0,14}?)\s*\]\s*=\s*",
        "[푸른들녘] = 시는 10일 계획을 냈다.",
    ),
    Layout(
        "dateline-outlet",
        "dateline",
        ("open",),
        # A job's name is a rubric ([방송기자]), no press.
        rf"\[\s*(?![^\[\]]*기자\s*\])(?P<outlet>{PRESS})\s*\]\s*",
        "[가상뉴스] 시는 10일 계획을 냈다.",
    ),  # also a line of its own over the body: [경향신문]
    # A place alone in brackets glued to the lead ([청송] 청송 주왕산 단풍이 …): a regional paper's
    # dateline, naming no press.
    Layout(
        "dateline-place-alone",
        "dateline",
        ("open",),
        rf"[\[【]\s*(?P<place>{PLACE})\s*[\]】]\s*",
        "[가상군] 가상군이 10일 계획을 냈다.",
    ),
    # A paper's name in round brackets: (가상일보) 시는 …; (서울=가상통신) is read above.
    Layout(
        "dateline-outlet-paren",
        "dateline",
        ("open",),
        r"\(\s*(?P<outlet>[가-힣A-Za-z0-9]{1,10}(?:일보|신문|뉴스|타임스|방송|데일리))(?:\([A-Z]{2,8}\))?\s*\)\s*",
        "(가상일보) 시는 10일 계획을 냈다.",
    ),  # also (가상뉴스(GSN)) …: the initials in brackets after the name
    # (가상군 가상리더) …: the reporter's county, then the press (any name), in round brackets.
    Layout(
        "dateline-place-outlet-paren",
        "dateline",
        ("open",),
        rf"\(\s*{PLACE}\s+(?P<outlet>[가-힣A-Za-z0-9]{{2,12}})\s*\)\s*",
        "(가상군 가상리더) 가상군이 10일 계획을 냈다.",
    ),
    Layout(
        "dateline-outlet-equals",
        "dateline",
        ("open",),
        rf"(?P<outlet>[가-힣A-Za-z0-9]{{2,10}})\s+(?P<reporter>{NAME})\s*{TITLE}\s*=\s*",
        "아주경제 홍길동 기자= 시는 10일 계획을 냈다.",
    ),
    # 가상=가상경제신문 홍길동 기자 …: the town, the press and its reporter with no bracket, glued to
    # the lead.
    Layout(
        "dateline-place-outlet-open",
        "dateline",
        ("open",),
        rf"(?P<place>[가-힣]{{1,8}})=(?P<outlet>{PRESS})\s+(?P<reporter>{NAME}){MORE_NAMES}\s*{TITLE}(?![가-힣])\s*",
        "가상=가상경제신문 홍길동 기자 시는 10일 계획을 냈다.",
    ),
    # A guest's piece with its rubric and its writer in brackets glued to the lead: [창간축사 : 가상협회
    # 홍길동 회장] … (the writer named, his organisation and office around the name; a script's
    # [현장음 : …] names who speaks).
    Layout(
        "dateline-rubric-writer",
        "dateline",
        ("open",),
        rf"\[\s*(?!인터뷰|녹취|현장음|싱크|자막)[가-힣]{{2,8}}\s*[:：]\s*(?:[가-힣A-Za-z0-9]{{1,20}}\s+)?(?P<reporter>{SURNAMED})"
        rf"\s*(?:{ROLE}|{TITLE})?\s*\]\s*",
        "[창간축사 : 가상협회 홍길동 회장] 가상일보의 창간을 축하드린다.",
    ),
    # A press release distributor's dateline: 서울--(가상와이어)--.
    Layout(
        "dateline-wire",
        "dateline",
        ("open",),
        r"(?P<place>[가-힣A-Za-z]{1,12})\s*-{2}\s*\((?P<outlet>[^()]{1,20})\)\s*-{2}\s*",
        "서울--(가상와이어)--가상기업이 10일 새 제품을 냈다.",
    ),
    # A page flattened onto one line (an AMP copy): the quoted headline, the date and the byline
    # run into the text: “가상시의 새 얼굴” 2024-05-17 홍길동 기자 가상시가 ….
    Layout(
        "dateline-flattened-head",
        "dateline",
        ("open",),
        rf"[“\"][^“”\"]{{2,80}}[”\"]\s+{DATE}\s+(?P<reporter>{NAME})\s*{TITLE}(?![가-힣])\s*",
        "“가상시의 새 얼굴” 2024-05-17 홍길동 기자 가상시가 새 청사를 공개했다.",
    ),
)
