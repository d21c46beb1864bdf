"""The rows of the closing run's notices: copyright, imprints, reprint notices, comment rules,
related links, promotions, a series' label, and a bare e-mail line last."""

from __future__ import annotations

from .pieces import (
    _LOOSE_DATE,
    COMPANY_MARK,
    COPYRIGHT_SIGN,
    DATE,
    EMAIL,
    HOLDER,
    NAME,
    PRESS,
)
from .record import Layout

# A site's address as a slogan prints it after the name: example.com, www.example.co.kr.
_SITE = r"(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[a-z]{2,3}"
# The labels of an imprint's fields (the registration the law asks of every paper and site).
_IMPRINT_LABEL = (
    r"(?:발행인|편집인|발행\s?[·/]\s?편집인|편집\s?[·/]\s?발행인|청소년\s?보호\s?책임자|(?:정기간행물\s?)?등록번호"
    r"|등록\s?일자?|사업자\s?등록\s?번호|대표\s?전화|본사|주소)"
)

# A press's name of Latin words with a small word between or a Korean word last (News in 가상, Voice of
# Gasang), the notice going on right after it.
_MIXED_NAME = (
    r"[A-Z][A-Za-z]*(?:\s+(?:[a-z]{1,3}|&|[A-Z][A-Za-z]*))*\s+(?:[a-z]{1,3}\s+)?(?:[A-Z][A-Za-z]*|[가-힣]{1,8})"
    r"(?=\s*[,.]?\s*무단)"
)

# A holder of several words, each called as a press is (가상방송 가상일보, ABC 가상불교방송 가상일보),
# the notice right after it: one name, written whole.
_PRESS_WORDS = rf"{PRESS}(?:\s+{PRESS}){{1,3}}(?=\s*[,.]?\s*무단)"
# A holder of several words before its site's address (가상 코리안 라디오 www.example.com): the
# words between the mark and the address are the name.
_BEFORE_SITE = r"[가-힣A-Za-z][가-힣A-Za-z0-9]*(?:\s+[가-힣A-Za-z][가-힣A-Za-z0-9]*){1,3}(?=\s+(?:https?://)?www\.)"

NOTICES: tuple[Layout, ...] = (
    # A site's slogan between the mark and the name (저작권자 © 누구나 안심하는 세상을 만드는 언론
    # 가상타임즈 무단전재 …): the name is the press's word right before the notice goes on.
    Layout(
        "copyright-slogan-holder",
        "footer",
        ("close",),
        rf"[<\[(]?\s*저작권자\s*{COPYRIGHT_SIGN}\s*(?:[가-힣]+\s+){{3,12}}(?P<outlet>{PRESS})\s*[,.]?\s*무단.{{0,60}}",
        "저작권자 © 누구나 안심하는 세상을 만드는 언론 가상타임즈 무단전재 및 재배포 금지",
    ),
    # Copyright lines carry a mark (or a year): a last sentence may begin 저작권자는 or mention copyright.
    Layout(
        "copyright-holder",
        "footer",
        ("close",),
        rf"[<\[(※]?\s*저작권자?\s*(?:{COPYRIGHT_SIGN}|:)\s*[《〈]?(?:{COMPANY_MARK}\s*)?(?P<outlet>{_MIXED_NAME}|{_PRESS_WORDS}|{_BEFORE_SITE}|[A-Z][A-Za-z]*(?:\s+(?!All\b|Rights\b)[A-Z][A-Za-z]*)+(?![A-Za-z가-힣0-9])|{HOLDER})?.{{0,80}}",
        "<저작권자 ⓒ 가상일보, 무단전재 및 재배포 금지>",
    ),  # also 저작권 © 가상신문 (the word without 자); a name of several press words (© ABC 가상방송
    # 가상일보 무단전재), or of several words before its address; a name of Latin words with a small word or a
    # Korean one among them, the notice right after: 저작권자 © News in 가상 무단전재; 저작권자 © 《가상사람들》 - 가상시민의 신문 무단전재 및 재배포 금지; an English name of
    # capitalised words stays whole: 저작권자 © Gasang Times 무단전재
    # The same with no mark, the press's name right after the word (저작권자 가상일보 무단전재 및 재배포
    # 금지): a name called as a press is, the notice after it.
    Layout(
        "copyright-holder-unmarked",
        "footer",
        ("close",),
        rf"[<\[(]?\s*저작권자\s+(?P<outlet>{PRESS})\s*[,.]?\s*무단.{{0,60}}",
        "저작권자 가상일보 무단전재 및 재배포 금지",
    ),
    # A closing slogan in dashes naming the press last (-실시간 치과전문지 가상투데이-), its site in
    # brackets after it or not: the page's signature, no sentence of the text.
    Layout(
        "slogan-dashed",
        "footer",
        ("close",),
        rf"-\s*(?:[가-힣A-Za-z0-9]+\s+){{1,6}}(?P<outlet>{PRESS})\s*(?:\(\s*{_SITE}\s*\)\s*)?-",
        "-실시간 치과전문지 가상투데이-",
    ),  # also -가상시민 곁을 지키는 대안언론 가상뉴스(example.com)-
    # The same in angle brackets, the press by one name or two after a slash: <밝은 지역사회를 열어가는
    # 가상타임즈신문/나라타임즈신문>.
    Layout(
        "slogan-bracketed",
        "footer",
        ("close",),
        rf"<\s*(?:[가-힣A-Za-z0-9]+\s+){{1,6}}(?P<outlet>{PRESS})(?:\s*/\s*{PRESS})?\s*>",
        "<밝은 지역사회를 열어가는 가상타임즈신문/나라타임즈신문>",
    ),
    Layout(
        "copyright-mark",
        "footer",
        ("close",),
        rf"[<\[(【]?\s*(?:(?i:copyrights?)\s*)?(?:{COPYRIGHT_SIGN}|(?i:copyrights?)\s+(?:by\s+)?(?=\d{{4}}|[가-힣])|(?i:copyrights?)\s*@\s*(?=[가-힣A-Za-z]))\s*(?:\d{{4}}(?:\s*-\s*\d{{4}})?\s*)?(?:{COMPANY_MARK}\s*)?(?P<outlet>{_MIXED_NAME}|{_PRESS_WORDS}|{_BEFORE_SITE}|[A-Z][A-Za-z]*(?:\s+(?!(?i:all|rights)\b)[A-Z][A-Za-z]*)*(?![A-Za-z가-힣0-9])|{HOLDER}(?![가-힣A-Za-z0-9])(?!\s*기자))?.{{0,100}}",
        "[ⓒ 가상경제 & example.com, 무단전재 및 재배포 금지]",
    ),  # also Copyright ⓒ 가상일보, COPYRIGHT ⓒ 가상일보 ALL RIGHTS RESERVED, Copyright by 가상일보,
    # [ⓒ GS뉴스. 무단전재-재배포 금지] (Latin letters glued to Hangul: one name),
    # Copyright @가상신문 Corp.; 【Copyrights ⓒ 가상뉴스, 가상웨딩 기사제보 …】 (a box: the first name);
    # a photographer's credit (ⓒ홍길동 기자) names no outlet
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
    # An imprint with no title flattened on one line, led by one of its fields, the others after
    # bars: 주소 : 가상시 가상로 1 등록번호: 가상,아00001 | 등록일 : 2024-02-07 | 대표 : 홍길동.
    Layout(
        "imprint-fields",
        "footer",
        ("close",),
        rf"{_IMPRINT_LABEL}\s*[:：]\s*[^|ㅣ]{{1,80}}(?:[|ㅣ]\s*[^|ㅣ:：]{{1,12}}[:：]\s*[^|ㅣ]{{1,40}}){{2,12}}",
        "주소 : 가상시 가상로 1 등록번호: 가상,아00001 | 등록일 : 2024-02-07 | 대표 : 홍길동",
    ),
    # One field of an imprint on its own line (the law's registration of every paper and site):
    # 발행인 : 홍길동, 청소년보호책임자 : 김철수, 등록번호 : 가상, 다00001.
    Layout(
        "imprint-field",
        "footer",
        ("close",),
        rf"{_IMPRINT_LABEL}\s*[:：]\s*\S.{{0,80}}",
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
    # The press's notice on its own photos and articles, its name in brackets or not: [가상방송]의
    # 사진과 기사를 무단 전재 및 재배포시 저작권료를 청구할 수 있습니다.
    Layout(
        "copyright-own-works",
        "footer",
        ("close",),
        r"[\[<]?\s*(?P<outlet>[가-힣A-Za-z][가-힣A-Za-z0-9]{1,14})\s*[\]>]?\s*의\s*(?:사진|기사|콘텐츠)"
        r"(?:\s*(?:과|와|및)\s*(?:사진|기사))?[을를]\s*무단.{0,100}",
        "[가상방송]의 사진과 기사를 무단 전재 및 재배포시 저작권료를 청구할 수 있습니다.",
    ),
    # The press's notice that nothing be reprinted without its consent: 가상일보의 허락 없이 무단 전재
    # 및 재배포를 금합니다.
    Layout(
        "copyright-consent",
        "footer",
        ("close",),
        r"(?P<outlet>[가-힣A-Za-z][가-힣A-Za-z0-9]{1,14})의\s*(?:사전\s*)?(?:허락|허가|동의|승인)\s*없이"
        r"\s*.{0,20}?(?:무단|전재|복제|배포).{0,80}",
        "가상일보의 허락 없이 무단 전재 및 재배포를 금합니다.",
    ),
    # A headline listed with its paper and issue in brackets at its end (a campus paper's list of
    # its articles): <보도> 가상대 체험행사 열려(가상대신문, 518호).
    Layout(
        "headline-issue",
        "footer",
        ("close",),
        rf".{{2,120}}\(\s*(?P<outlet>{PRESS})\s*,\s*(?:제\s?)?\d{{1,5}}\s*호\s*\)",
        "<보도> 가상대 체험행사 열려(가상대신문, 518호)",
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
    # A tip-off line between dashes, the press first and its address after a dot (-가상뉴스 기사 제보 및
    # 보도자료 발송 ·tip@example.com-): the page's only address, the article's e-mail.
    Layout(
        "tips-dashed",
        "footer",
        ("close",),
        rf"-\s*{PRESS}\s+[^-]{{0,30}}제보[^-@]{{0,30}}[·•:]?\s*(?P<email>{EMAIL})\s*-",
        "-가상뉴스 기사 제보 및 보도자료 발송 ·tip@example.com-",
    ),
    # A journal's list of its tables and charts under the text, its imprint with the day last
    # (표, 그래프 | 가상 수급동향 | <가상저널 2006/9/25> |): the outlet and the article's day.
    Layout(
        "imprint-dated-contents",
        "date",
        ("close",),
        rf"[^|]{{1,40}}(?:\|[^|]{{1,80}}){{0,12}}\|\s*<\s*(?P<outlet>{PRESS})\s+{DATE}\s*>\s*\|?",
        "표, 그래프 | 가상 수급동향 | <가상저널 2006/9/25> |",
    ),
    # The paper's note under the text, marked ※ (※ <가상정보>는 보도자료를 윤문만 합니다.; ※ 가상저널
    # 온라인판 PDF를 보시려면 …): furniture where it stands among the closing lines.
    Layout(
        "note-marked",
        "footer",
        ("close",),
        r"※\s*\S.{4,240}",
        "※ <가상정보>는 보도자료를 윤문만 합니다.",
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
    # A promotion boxed in 【…】, a series blurb signed [편집자말] over or under the text (among
    # its paragraphs the note is the story's own lead: its mark alone, bracketed or not, is furniture
    # there), a note
    # on the paper's code.
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
        ("head", "close"),
        r".{0,400}[\[<(]\s*편집자\s*(?:주|말)\s*[\]>)]|[\[<(]\s*편집자\s*(?:주|말)\s*[\]>)].{0,400}",
        "가상시의 어제와 오늘을 다섯 차례 돌아본다.[편집자말]",
    ),
    Layout(
        "editor-note-mark",
        "footer",
        ("line",),
        r"[\[<(]?\s*편집자\s*(?:주|말)\s*[\]>)]?",
        "<편집자 주>",
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
