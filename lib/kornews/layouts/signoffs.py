"""The rows of the closing run's sign-offs: signatures, bylines, contacts, credits, a broadcast's
sign-off, notes on the text, and a print issue's month and a section's tab under it."""

from __future__ import annotations

from .pieces import (
    _BROADCASTER,
    _LOOSE_DATE,
    _STAMP,
    ALONE_NAME,
    DESK_WORD,
    EDITOR_OFFICE,
    EMAIL,
    MORE_NAMES,
    NAME,
    PRESS,
    TITLE,
)
from .record import Layout

# A magazine's crew credited after its editor (photographer, stylist, hair and make-up, model).
_CREW = (
    r"(?i:photographer|photographed\s+by|photo|포토그래퍼|사진|stylist|styling|스타일리스트|스타일링"
    r"|hair|헤어|make-?up|메이크업|model|모델|assistant|어시스턴트|design|디자인|video|영상)"
)

SIGNOFFS: tuple[Layout, ...] = (
    # --- the closing run ---
    # The press before its reporter in angle brackets: <가상신문 홍길동 기자> (the work's word is no
    # press: <사진 홍길동 기자>).
    Layout(
        "signature-angle-outlet",
        "footer",
        ("end",),
        rf"<\s*(?!(?:사진|글|취재|정리|영상)\s)(?P<outlet>[가-힣A-Za-z][가-힣A-Za-z0-9]{{1,14}})\s+(?P<reporter>{NAME})"
        rf"{MORE_NAMES}\s*{TITLE}\s*>\s*(?P<email>{EMAIL})?",
        "<가상신문 홍길동 기자>",
    ),
    # A newsroom's team credited in angle brackets, no reporter named: <취재:가상방송 보도팀>.
    Layout(
        "signature-angle-team",
        "footer",
        ("end",),
        rf"<\s*(?:취재|글|정리)\s*[:：]?\s*(?P<outlet>{PRESS})\s*(?:보도|취재|편집)(?:팀|국|부)\s*>",
        "<취재:가상방송 보도팀>",
    ),
    Layout(
        "signature-angle",
        "footer",
        ("end",),
        r"<\s*(?:[가-힣]{1,12}\s*=\s*)?(?P<reporter>[^<>=]+?)\s*기자\s*>\s*(?P<email>\S+@\S+)?",
        "<홍길동 기자>gildong@example.com",
    ),  # also <가상시=홍길동 기자>, the desk's town before the name
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
    # A site's account signing as its reporter, whatever follows (홈페이지관리자 기자 . “…” -, the
    # paper's slogan): a byline naming no one.
    Layout(
        "byline-site-account",
        "footer",
        ("close",),
        r"(?:홈페이지\s?)?(?:관리자|운영자)\s?기자(?:\s*\.\s*\S.{0,80})?",
        "홈페이지관리자 기자 . “가상주간을 읽으면 가상시가 보인다.” -",
    ),
    # An address the site's mail protection masked ([email protected]): the signature's, naming no
    # address; what follows is furniture.
    Layout(
        "email-masked",
        "footer",
        ("end",),
        r"\[\s*email\s+protected\s*\]",
        "[email protected]",
    ),
    # The press signing with its address and no person's name: 가상방송 gildong@example.com.
    Layout(
        "signoff-outlet-email",
        "footer",
        ("end",),
        rf"(?P<outlet>{PRESS})\s*[(<\[]?\s*(?P<email>{EMAIL})\s*[)>\]]?",
        "가상방송 gildong@example.com",
    ),
    # A byline and its address in square brackets, a slash between: [ 홍길동 기자 / gildong@example.com ].
    Layout(
        "byline-bracketed-email",
        "footer",
        ("end",),
        rf"\[\s*(?P<reporter>{NAME}){MORE_NAMES}\s*{TITLE}\s*[/|,]?\s*(?P<email>{EMAIL})\s*\]",
        "[ 홍길동 기자 / gildong@example.com ]",
    ),
    # A byline glued to its link and its stamp: 홍길동 기자, 다른기사보기기사등록일시 : 2012.09.13 11:35.
    Layout(
        "byline-stamped",
        "reporter",
        ("close",),
        rf"(?P<reporter>{NAME})\s*{TITLE}\s*[,|]?\s*(?:다른\s?기사\s?보기)?\s*{_STAMP}\s*[:：]?\s*{_LOOSE_DATE}",
        "홍길동 기자, 다른기사보기기사등록일시 : 2012.09.13 11:35",
    ),
    # A name and its address with what the page glues after them (tip-off address, slogan, copyright);
    # a word too long for a name (가상클릭: four syllables after a one-syllable surname) signing so is
    # the outlet posting as itself, no reporter.
    Layout(
        "signature-name-email",
        "footer",
        ("end",),
        rf"(?:(?P<outlet>(?!{ALONE_NAME}\s)[가-힣]{{4}})|(?P<reporter>{NAME}))\s+(?P<email>{EMAIL}).{{0,200}}",
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
        "byline-editor",
        "footer",
        ("head", "close"),
        rf"/\s*(?:[가-힣A-Za-z]{{1,12}}\s*=\s*)?(?P<reporter>{NAME})\s*{EDITOR_OFFICE}",
        "/ 홍길동 부장",
    ),  # also /서울=홍길동 주간, a photo story's credit
    # A copy's source line with the press's address: 출처 : 가상신문(http://www.example.com).
    Layout(
        "source-line",
        "footer",
        ("close",),
        r"출처\s*[:：]\s*(?P<outlet>[^()\s][^()]{0,19}?)\s*\(\s*https?://[^()\s]+\s*\)",
        "출처 : 가상신문(http://www.example.com)",
    ),
    # A copy's source named with no address: 출처 : 가상신문, 기사제공 = 가상일보, 언론사 : 가상일보 (a
    # press's name).
    Layout(
        "source-name",
        "footer",
        ("close",),
        rf"[\[<(]?\s*(?:출처|기사\s?제공|기사\s?출처|언론사|매체|발행처)\s*[:：=]\s*(?P<outlet>{PRESS})\s*[\]>)]?",
        "출처 : 가상신문",
    ),
    # A press release's source under a story printed from it: [보도자료출처: 가상도 가상군], (자료제공 =
    # 가상시): a government's or a company's, no outlet.
    Layout(
        "source-press-release",
        "footer",
        ("close",),
        r"[\[<(]?\s*(?:보도\s?자료\s?(?:출처|제공)|자료\s?제공)\s*[:：=]\s*[^\[\]<>()]{2,30}?\s*[\]>)]?",
        "[보도자료출처: 가상도 가상군]",
    ),
    # A link to the reporter's other articles, under the copyright too: 홍길동 기자 다른기사 보기.
    Layout(
        "byline-more-articles",
        "reporter",
        ("close",),
        rf"(?P<reporter>{NAME})\s*{TITLE}\s*(?:의\s*)?다른\s?기사\s?(?:보기|더보기)?",
        "홍길동 기자 다른기사 보기",
    ),
    # The press in brackets before its reporter, after the text: [가상신문] 홍길동 기자.
    Layout(
        "byline-bracketed-press",
        "footer",
        ("close",),
        rf"\[\s*(?P<outlet>[가-힣A-Za-z][^\[\]]{{0,14}}?)\s*\]\s*(?P<reporter>{NAME})\s*{TITLE}"
        rf"(?:\s*[(<\[]?\s*(?P<email>{EMAIL})\s*[)>\]]?)?",
        "[가상신문] 홍길동 기자",
    ),
    # A column's writer signing after a slash, with the job that writes it: /홍길동 칼럼니스트.
    Layout(
        "byline-columnist",
        "footer",
        ("close",),
        rf"/\s*(?P<reporter>{NAME})\s*(?:객원\s?)?(?:칼럼니스트|논설위원|교수|박사|작가|평론가)",
        "/홍길동 칼럼니스트",
    ),
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
        r"[#(\[]?\s*(?:촬영\s*기자|영상\s*(?:취재|편집|디자인)|촬영|편집|그래픽|디자인|(?:내용\s?중\s?일부\s?)?요약)"
        r"(?:\s*[,·/]\s*(?:촬영\s*기자|영상\s*(?:취재|편집|디자인)|촬영|편집|그래픽|디자인))*\s*[:：_].{1,100}",
        "촬영기자:김철수/영상편집:이영희",
    ),  # also (영상취재 : 김철수, 영상편집 : 이영희), # 디자인, 영상편집_김철수 인턴기자, (내용중 일부 요약 : 홍길동)
    # A magazine's credits in English: PHOTOGRAPHY: 홍길동, Web Editor 홍길동, CREDIT INFO.
    # An opinion page's disclaimer ends the body (the writer's view, not the paper's): 이 칼럼은 필자의
    # 의견으로 본지의 편집방향과 다를 수 있습니다; the outlet's notices follow.
    Layout(
        "opinion-disclaimer",
        "footer",
        ("end",),
        r"[※*]?\s*.{0,50}(?:편집\s?방향|편집\s?방침|논조)(?:과|와)\s?(?:(?:다를|일치하지\s?않을|같지\s?않을|무관할)"
        r"\s?수\s?(?:도\s?)?있(?:습니다|음|다)|무관합니다|(?:일치하지|같지)\s?않습니다)\.?",
        "※ 외부 기고는 가상뉴스의 편집방향과 다를 수 있습니다.",
    ),
    # A magazine's credits, the editor who wrote, then the crew: editor 홍길동 + photographer 김철수,
    # 에디터 홍길동 | 사진 김철수 | 스타일리스트 이영희 (the crew are no reporters).
    Layout(
        "credits-editor",
        "reporter",
        ("close",),
        rf"(?:(?i:editor|에디터)\s*[:：|]?|글\s*[:：|]?(?=\s))\s*(?P<reporter>{NAME})"
        rf"(?:\s*[+&/,|·]?\s*{_CREW}\s*[:：]?\s*[가-힣A-Za-z]{{2,12}}(?:\s?\([^()]{{1,20}}\))?)*",
        "editor 홍길동 + photographer 김철수",
    ),
    Layout(
        "credits-english",
        "footer",
        ("close",),
        r"(?i:(?:web\s|digital\s|fashion\s|feature\s)?editor|photography|photographer|stylist|hair|make-?up|credit\s?info)"
        r"(?:\s*[:：]?\s*[가-힣A-Za-z ]{1,20})?",
        "PHOTOGRAPHY: 홍길동",
    ),
    Layout(
        "tv-signoff",
        "footer",
        ("close",),
        # 홍길동입니다, contracted after a vowel: 홍길동니다; in the past: 지금까지 가상TV 홍길동이었습니다.
        rf"(?:지금까지\s*)?(?:[가-힣]+에서\s*)?(?P<outlet>{_BROADCASTER})(?:\s?(?:뉴스|NEWS))?\s+(?P<reporter>{NAME}?)(?:\s?{TITLE})?(?:입니다|(?<!입)니다|이었습니다|였습니다)\.?",
        "가상TV 홍길동입니다.",
    ),
    Layout("end-mark", "footer", ("close",), r"[(<\[]\s*끝\s*[)>\]]", "(끝)"),
    # A note on where a video or photo comes from, under the text: ※이 영상은 가상시에서 촬영했고 …,
    # ※ 위 사진은 ….
    Layout(
        "media-note",
        "footer",
        ("close",),
        r"※\s*(?:(?:이|위|본|해당)\s*)?(?:영상|동영상|사진|그래픽)(?:은|는|의|과)\s.{1,120}",
        "※이 영상은 가상시에서 촬영하였고 가상뉴스가 독자를 위해 편집했습니다.",
    ),
    # A comment box flattened on one line: its count, then its form's labels (댓글 0 댓글입력 로그인
    # 이름 비밀번호 …).
    Layout(
        "comment-form",
        "footer",
        ("close",),
        r"댓글\s?\d*\s*(?:댓글\s?입력|댓글\s?쓰기)\s.{0,150}",
        "댓글 0 댓글입력 로그인 이름 비밀번호 내용 댓글쓰기",
    ),
    # The outlet's credit after an at sign, alone on its line (a bar after it): @가상코리아 |.
    Layout(
        "outlet-at",
        "footer",
        ("close",),
        r"@\s?(?P<outlet>[가-힣][가-힣A-Za-z0-9]{1,14})\s*[|ㅣ]?",
        "@가상코리아 |",
    ),
    # A print issue's month under the text, in brackets: <가상매거진 1월호>, [월간 가상 2020년 7월호].
    Layout(
        "issue-month",
        "footer",
        ("close",),
        r"[<\[(〈]\s*(?:[가-힣A-Za-z0-9 ]{1,20}?\s*)?(?:\d{4}\s*년\s*)?\d{1,2}\s*월\s*호\s*[>\])〉]",
        "<가상매거진 1월호>",
    ),
    # A section's tab alone under the text (포토, 영상); over the headline the same word is its section.
    Layout("section-tab", "footer", ("close",), r"(?:포토|영상|동영상)", "포토"),
    # A desk signing alone under the text (편집국, 사회부): no reporter, but the closing run's.
    Layout("desk-alone", "footer", ("close",), DESK_WORD, "편집국"),
)
