"""The rows of photo captions and credits between the title and the body, and among paragraphs
(a photographer's byline among them: ▲홍길동 기자, ⓒ 가상신문 홍길동 기자)."""

from __future__ import annotations

from .pieces import (
    _CREDIT,
    EMAIL,
    NAME,
    PRESS,
    ROLE,
    SURNAMED,
    TITLE,
)
from .record import Layout

CAPTIONS: tuple[Layout, ...] = (
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
    # A photo story's place alone under its text, over the notice (가상군 가상면 일원, 가상시 가상동 일대):
    # units of the administration, then the area's word.
    Layout(
        "caption-place",
        "caption",
        ("close",),
        r"(?:[가-힣]{1,8}(?:도|시|군|구)\s+){1,2}[가-힣]{1,8}(?:읍|면|동|리|구)"
        r"(?:\s+[가-힣0-9]{1,8}(?:리|동|항|해역|앞바다))?\s*(?:일원|일대)",
        "가상군 가상면 일원",
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
    # A place's view named alone among the paragraphs, no sentence (가상1리 마을전경, 가상시청 야경): a
    # photo's caption, the words a text's heading does not end with.
    Layout(
        "caption-view",
        "caption",
        ("line",),
        r"[가-힣A-Za-z0-9·]{1,20}(?:\s[가-힣A-Za-z0-9·]{1,20}){0,3}\s?(?:전경|야경|원경|조감도)",
        "가상1리 마을전경",
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
    # A photo's words closed by its source in brackets with 제공 first, or by its holder after the
    # copyright mark, or both (가상신문 창간호 (제공 가상협회)© 가상통신): no sentence, a caption (a
    # copyright notice is none: 저작권자 © 가상일보).
    Layout(
        "caption-source-holder",
        "caption",
        ("head", "line"),
        r"(?![^()]*[.!?]\s*(?:\(|[ⓒ©]|$))(?!.*(?:저작권|[Cc]opyright|COPYRIGHT))[^ⓒ©()]{2,80}?\s*"
        r"(?:\(\s*제공\s*[:=]?\s*[^()]{1,20}\)\s*(?:[ⓒ©]\s*[가-힣A-Za-z][가-힣A-Za-z0-9]{1,14})?"
        r"|[ⓒ©]\s*[가-힣A-Za-z][가-힣A-Za-z0-9]{1,14})",
        "가상신문 창간호 (제공 가상협회)© 가상통신",
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
