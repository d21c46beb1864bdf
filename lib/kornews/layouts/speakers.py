"""The rows of broadcast scripts: speaker markers (``[앵커]``, ``◀INT▶``), captions naming who
speaks and with what role, and a TV reporter's hand-over."""

from __future__ import annotations

from .pieces import HANDOVER, NAME, TITLE
from .record import Layout

SPEAKERS: tuple[Layout, ...] = (
    # --- broadcast scripts: who speaks next ---
    Layout(
        "speaker-bracket",
        "speaker",
        ("open",),
        r"\[\s*(?P<speaker>앵커(?:\s?멘트)?|기자(?:\s?멘트)?|리포트|인터뷰|녹취|현장음|클로징|스탠드업)\s*\]\s*",
        "[앵커]",
    ),
    # A transcript's role before a colon, in front of the words: 앵커: …, 기자: ….
    Layout(
        "speaker-colon",
        "speaker",
        ("open",),
        r"(?P<speaker>앵커|기자)\s?[:：]\s*(?=\S)",
        "앵커: 가상시가 새 청사를 공개했습니다.",
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
    # 인터뷰: 홍길동 3학년 / 가상고 alone on its line (a school report's caption): who speaks below.
    Layout(
        "speaker-interview-colon",
        "speaker",
        ("open",),
        rf"인터뷰\s*:\s*(?P<speaker>{NAME})\s*(?:\d학년\s*)?/\s*(?P<role>[^/]{{1,40}}?)$",
        "인터뷰: 홍길동 3학년 / 가상고",
    ),
    # [현장음: 홍길동 / 가상시 주민 ] alone on its line (a cable channel's page): who speaks below.
    Layout(
        "speaker-bracket-labelled",
        "speaker",
        ("open",),
        rf"\[\s*(?:인터뷰|현장음|녹취|싱크|SYNC|INT)\s*[:：]\s*(?P<speaker>{NAME})\s*/\s*(?P<role>[^\[\]/]{{1,40}}?)\s*\]$",
        "[현장음: 홍길동 / 가상시 주민 ]",
    ),
    # 인터뷰> 홍길동 / 가상시 주민 (or no slash) alone on its line: a script's caption with the closing
    # bracket only.
    Layout(
        "speaker-interview-half-angle",
        "speaker",
        ("open",),
        rf"(?:인터뷰|녹취|INT|SYNC?)\s*>\s*(?P<speaker>{NAME})(?:\s*/\s*|\s)(?P<role>[^/<>]{{1,40}}?)$",
        "인터뷰> 홍길동 / 가상시 주민",
    ),
    # INT-홍길동/가상시 주민 alone on its line (a regional script's cue sheet): who speaks below.
    Layout(
        "speaker-int-named",
        "speaker",
        ("open",),
        rf"(?:INT|SYNC?)\s*[-:]\s*(?P<speaker>{NAME})\s*/\s*(?P<role>[^/]{{1,40}}?)$",
        "INT-홍길동/가상시 주민",
    ),
    # A script's cue for an inserted interview, the speakers first and the cue last (#. 홍길동 회장 +
    # 김철수 회장 INT): who speaks below.
    Layout(
        "speaker-cue-hash",
        "speaker",
        ("open",),
        r"#\.?\s*(?P<speaker>[가-힣A-Za-z0-9 +/·,()]{2,60}?)\s+(?:INT|SYNC?)$",
        "#. 홍길동 회장 + 김철수 회장 INT",
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
    # A sound bite's label opening its bracket alone on the line, the words under it closing it
    # ([ 홍길동 담임목사 / 가상교회 :, then 좋아요… ]): who speaks below.
    Layout(
        "speaker-bracket-open",
        "speaker",
        ("open",),
        rf"\[\s*(?P<speaker>{NAME})(?:\s+[가-힣]{{1,8}})?\s*/\s*(?P<role>[^\[\]/:：]{{1,40}}?)\s*[:：]\s*$",
        "[ 홍길동 담임목사 / 가상교회 :",
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
    # A regional page's markers in round brackets: (앵커), (리포트), (인터뷰)-(자막) before a bite.
    Layout(
        "speaker-paren",
        "speaker",
        ("open",),
        r"\(\s*(?P<speaker>앵커|기자|리포트|인터뷰|녹취|현장음|스탠드업)\s*\)(?:\s*-?\s*\(\s*자막\s*\))?\s*",
        "(인터뷰)-(자막)",
    ),
    # A cable channel's markers with the closing bracket only, the anchor's name before: 홍길동 앵커),
    # 리포트).
    Layout(
        "speaker-half-paren",
        "speaker",
        ("open",),
        rf"(?:{NAME}\s?)?(?P<speaker>앵커|기자|리포트|인터뷰|녹취|현장음|스탠드업)\)\s*",
        "홍길동 앵커)",
    ),
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
    # After a marker (on its line or the next), the caption of who speaks the paragraph below:
    # [인터뷰] 홍길동 / 가상시 주민; two speakers: 홍길동 김철수/가상 FM 진행자.
    Layout(
        "speaker-caption",
        "speaker",
        ("after",),
        rf"(?P<speaker>{NAME})(?:\s{NAME})*\s*/\s*(?P<role>[^/:：\[\]◀▶]{{1,40}})",
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
        # The station may come first, its call letters in any case: mbc 가상 홍길동 기자입니다.
        # or the anchor's last words: … 어떻게 달라지는지 홍길동 기자가 알려드립니다.
        rf"(?:(?P<outlet>[A-Za-z]{{2,5}}(?:\s?[가-힣]{{2,4}})?)\s|[^.?!]{{1,60}}\s(?={NAME}\s?기자가))?"
        rf"(?P<reporter>{NAME})\s?(?:{TITLE}(?:가|이)?\s?(?:{HANDOVER}|입니다)|기잡니다|{TITLE}의\s?(?:보도|리포트)입니다)\.?",
        "홍길동 기자가 보도합니다.",
    ),  # also the spoken contraction 홍길동 기잡니다, 홍길동 기자의 보도입니다.
)
