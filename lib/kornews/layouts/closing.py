"""The rows of the closing run: signatures, bylines, contacts, credits, sign-offs, copyright,
related links, promotions and notes."""

from __future__ import annotations

from .pieces import (
    _BROADCASTER,
    _LOOSE_DATE,
    _STAMP,
    COMPANY_MARK,
    COPYRIGHT_SIGN,
    DESK_WORD,
    EDITOR_OFFICE,
    EMAIL,
    HOLDER,
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

CLOSING: tuple[Layout, ...] = (
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
    # A copy's source named with no address: 출처 : 가상신문, 기사제공 = 가상일보 (a press's name).
    Layout(
        "source-name",
        "footer",
        ("close",),
        rf"[\[<(]?\s*(?:출처|기사\s?제공)\s*[:：=]\s*(?P<outlet>{PRESS})\s*[\]>)]?",
        "출처 : 가상신문",
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
    # Copyright lines carry a mark (or a year): a last sentence may begin 저작권자는 or mention copyright.
    Layout(
        "copyright-holder",
        "footer",
        ("close",),
        rf"[<\[(※]?\s*저작권자\s*(?:{COPYRIGHT_SIGN}|:)\s*[《〈]?(?:{COMPANY_MARK}\s*)?(?P<outlet>[A-Z][A-Za-z]*(?:\s+(?!All\b|Rights\b)[A-Z][A-Za-z]*)+(?![A-Za-z가-힣0-9])|{HOLDER})?.{{0,80}}",
        "<저작권자 ⓒ 가상일보, 무단전재 및 재배포 금지>",
    ),  # also 저작권자 © 《가상사람들》 - 가상시민의 신문 무단전재 및 재배포 금지; an English name of
    # capitalised words stays whole: 저작권자 © Gasang Times 무단전재
    Layout(
        "copyright-mark",
        "footer",
        ("close",),
        rf"[<\[(]?\s*(?:(?i:copyrights?)\s*)?(?:{COPYRIGHT_SIGN}|(?i:copyrights?)\s+(?:by\s+)?(?=\d{{4}}|[가-힣])|(?i:copyrights?)\s*@\s*(?=[가-힣A-Za-z]))\s*(?:\d{{4}}(?:\s*-\s*\d{{4}})?\s*)?(?:{COMPANY_MARK}\s*)?(?P<outlet>[A-Z][A-Za-z]*(?:\s+(?!(?i:all|rights)\b)[A-Z][A-Za-z]*)*(?![A-Za-z가-힣0-9])|{HOLDER}(?![가-힣A-Za-z0-9])(?!\s*기자))?.{{0,100}}",
        "[ⓒ 가상경제 & example.com, 무단전재 및 재배포 금지]",
    ),  # also Copyright ⓒ 가상일보, COPYRIGHT ⓒ 가상일보 ALL RIGHTS RESERVED, Copyright by 가상일보,
    # [ⓒ GS뉴스. 무단전재-재배포 금지] (Latin letters glued to Hangul: one name),
    # Copyright @가상신문 Corp.; a photographer's credit (ⓒ홍길동 기자) names no outlet
    # A paper's imprint flattened on one line: its title (제호; after its company's name or so), then
    # its address, registration and officers between bars (the registration the law asks of every
    # paper and site): 상호 : ㈜가상미디어 | 제호 : 가상신문 | 등록번호 : …
    Layout(
        "imprint-title",
        "footer",
        ("close",),
        r"(?:[^|ㅣ]{1,40}[|ㅣ]\s*){0,3}?제호\s*[:：]\s*(?P<outlet>[가-힣A-Za-z][가-힣A-Za-z0-9]{1,14})\s*[|ㅣ]"
        r"(?=.*?(?:등록번호|발행인)).*",
        "제호 : 가상신문 | 주소 : 가상시 가상로 1 | 등록번호 : 가상,가00001 | 발행인 : 홍길동",
    ),
    # The same title glued to the next field, where the page drops the bars: 제호 : 가상신문본사 : 가상시
    # 가상로 1 정기간행물 등록번호 : … (the title ends where the next field's label begins).
    Layout(
        "imprint-title-glued",
        "footer",
        ("close",),
        r"제호\s*[:：]\s*(?P<outlet>[가-힣A-Za-z][가-힣A-Za-z0-9]{1,14}?)\s*[|ㅣ]?\s*"
        r"(?:본사|주소|등록|발행|사업자|대표|전화).*",
        "제호 : 가상신문본사 : 가상시 가상로 1 정기간행물 등록번호 : 가상, 다00001",
    ),
    # The title of an imprint printed one field a line (제호 : 가상신문, then 등록번호 : …), or first
    # with its fields after bars and no colons (제호 가상신문 | 등록번호 …); 매체명, 신문사명 so too.
    Layout(
        "imprint-title-alone",
        "footer",
        ("close",),
        r"(?:제호|매체명|신문사명|신문명)\s*(?:[:：]\s*|\s)(?P<outlet>[가-힣A-Za-z][가-힣A-Za-z0-9]{1,14}(?:\s[가-힣A-Za-z0-9]{1,10})?)"
        r"(?:\s*[|ㅣ]\s*(?:등록|발행|주소|본사|대표|전화|사업자).*)?",
        "제호 : 가상신문",
    ),
    # One field of an imprint on its own line (the law's registration of every paper and site):
    # 발행인 : 홍길동, 청소년보호책임자 : 김철수, 등록번호 : 가상, 다00001.
    Layout(
        "imprint-field",
        "footer",
        ("close",),
        r"(?:발행인|편집인|발행\s?[·/]\s?편집인|편집\s?[·/]\s?발행인|청소년\s?보호\s?책임자|(?:정기간행물\s?)?등록번호"
        r"|등록\s?일자?|사업자\s?등록\s?번호|대표\s?전화|본사|주소)\s*[:：]\s*\S.{0,80}",
        "발행인 : 홍길동",
    ),
    # A site's last-edit stamp under the text (최종편집: 2020-07-10 13:37:15): the page's, no
    # article's date.
    Layout(
        "site-edit-stamp",
        "footer",
        ("close",),
        rf"최종\s?편집\s*[:：]\s*{_LOOSE_DATE}",
        "최종편집: 2020-07-10 13:37:15",
    ),
    # An outlet's notice of its name and address in angle brackets, cut short or whole:
    # <가상뉴스 지금 http://www.example.com>.
    Layout(
        "notice-address",
        "footer",
        ("close",),
        r"<\s*(?P<outlet>[가-힣A-Za-z][가-힣A-Za-z0-9 ]{1,20}?)\s+https?://\S*\s*>?",
        "<가상뉴스 지금 http://www.example.com>",
    ),
    # A copyright notice in a sentence of its own: 가상신문의 모든 콘텐츠(기사)는 저작권법의 보호를 받은바,
    # 무단 전재, 복사, 배포 등을 금합니다.
    Layout(
        "copyright-contents",
        "footer",
        ("close",),
        r"(?P<outlet>[가-힣A-Za-z][가-힣A-Za-z0-9]{1,14})의\s*모든\s*(?:콘텐츠|컨텐츠|기사|저작물).{0,20}?저작권법.{0,100}",
        "가상신문의 모든 콘텐츠(기사)는 저작권법의 보호를 받은바, 무단 전재, 복사, 배포 등을 금합니다.",
    ),
    # A note under the headline or the text that the copyright is the outlet's: 이 기사의 저작권은
    # 가상신문에 있습니다.
    Layout(
        "copyright-note",
        "footer",
        ("head", "line", "close"),
        r"(?:(?:이|본|모든|해당)\s?)?기사의?\s?저작권은\s*(?P<outlet>[가-힣A-Za-z][가-힣A-Za-z0-9]{1,14}?)(?:에게|에)\s*"
        r"있(?:습니다|음|으며|고)[.,]?(?:\s.{0,80})?",
        "이 기사의 저작권은 가상신문에 있습니다.",
    ),  # also 본 기사의 저작권은 가상신문에 있으며, 무단 전재 및 재배포를 금합니다.
    # 푸른들녘 - 무단전재 및 재배포 금지: the press's name, a dash or bar, then the notice.
    Layout(
        "no-reprint-outlet",
        "footer",
        ("close",),
        r"(?P<outlet>[가-힣A-Za-z][가-힣A-Za-z0-9 ]{1,14}?)\s*[-–|ㅣ·:]\s*무단\s*(?:전재|복제|배포)[^.]{0,30}금지\W{0,3}",
        "푸른들녘 - 무단전재 및 재배포 금지",
    ),
    # The press in brackets, then the notice: [가상신문] 무단전재 및 재배포 금지.
    Layout(
        "no-reprint-bracketed",
        "footer",
        ("close",),
        r"[\[<]\s*(?P<outlet>[가-힣A-Za-z][가-힣A-Za-z0-9 ]{1,14}?)\s*[\]>]\s*무단\s*(?:전재|복제|배포)[^.]{0,30}금지\W{0,3}",
        "[가상신문] 무단전재 및 재배포 금지",
    ),
    # The notice first, then the holder after its mark or a slash: 무단전재 및 재배포금지 ⓒ 가상신문.
    Layout(
        "no-reprint-holder",
        "footer",
        ("close",),
        rf"[<\[(]?\s*무단\s*(?:전재|복제|배포)[^.]{{0,30}}금지\W{{0,3}}?\s*(?:{COPYRIGHT_SIGN}|/)\s*(?P<outlet>{HOLDER})\s*[.>\])]?",
        "무단전재 및 재배포금지 ⓒ 가상신문",
    ),
    # A site's footer naming the press with its address, then the copyright: 가상신문(www.example.com)
    # - copyright ⓒ 가상신문.
    Layout(
        "copyright-site",
        "footer",
        ("close",),
        r"(?P<outlet>[가-힣A-Za-z][가-힣A-Za-z0-9]{1,14})\s*\(\s*(?:https?://)?www\.[^()\s]+\s*\)\s*[-–|]?\s*"
        r"(?i:copyright|무단).{0,80}",
        "가상신문(www.example.com) - copyright ⓒ 가상신문.",
    ),
    Layout(
        "no-reprint",
        "footer",
        ("close",),
        # ... 금지 ends the notice (금지합니다, 금합니다, 금지>): 무단 사용을 금지했다 is a sentence.
        r".{0,60}무단\s*(?:전재|복제|사용|배포)[^.]{0,30}금(?:지|지합니다|합니다)\W{0,3}(?:\s.{0,40})?",
        "이 기사의 무단 전재 및 재배포를 금지합니다.",
    ),
    # A comment box's rules under the text, cut over lines: 기사 내용과 관련이 없는 글, … / 글은 관리자에
    # 의해 예고 없이 삭제될 수 있습니다.
    Layout(
        "comment-rules",
        "footer",
        ("close",),
        r".{0,60}(?:관리자에?\s?의해\s?(?:예고\s?없이\s?)?(?:임의\s?로?\s?)?삭제|기사\s?내용과\s?(?:관련이\s?)?(?:없는|무관한)\s?(?:글|댓글|내용)).{0,80}",
        "기사 내용과 관련이 없는 글은 관리자에 의해 예고 없이 삭제될 수 있습니다. |",
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
    # A copy's source: 원문출처 : http://…, 기사원문: www.… (a community's or portal's copy).
    Layout(
        "source-link",
        "footer",
        ("close",),
        r"(?:원문\s*출처|기사\s*원문|원문|출처)\s*[:：]\s*(?:https?://|www\.)\S+",
        "원문출처 : http://www.example.com/news/1",
    ),
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
