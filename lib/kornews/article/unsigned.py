"""Where no metadata line names the outlet or the reporter, what the text says of them: the outlet
it names as itself (저희 가상일보, its anniversary, the print issue it sends readers to, its edition,
본보, its own photos' holder, the issue its credits print, a script's station, the press its
headline brackets) and the writer a photo's caption or an anchor's hand-over names."""

from __future__ import annotations

import re
from collections import Counter

from .. import layouts, outlets
from .records import Part

# A press's name the table lacks in such a cue: a word before 일보, 신문, 방송, 통신, 뉴스 or 공보 (a
# church paper: 가상공보; not 뉴스 alone: 저희 뉴스 is a newscast), a monthly's or quarterly's
# (월간가상, 계간가상), or Latin capitals (not glued to a Korean word: IT업계서 is none).
_SELF_PRESS = re.compile(
    r"[가-힣A-Za-z0-9]{1,12}(?:일보|신문|방송|통신|뉴스|공보)|(?:월간|계간)[가-힣A-Za-z0-9]{2,10}"
    r"|[A-Z]{2,}[A-Za-z0-9]*(?![가-힣])"
)
# Where a text names its own outlet: 저희 가상일보, 가상신문(의) 창간 3주년을 (진심으로) 축하,
# 창간 3주년을 맞은 가상스포츠, 가상뉴스 창간 21주년을 맞아 (a reader's letter to it), 가상뉴스 창간을 맞이할, the rubric [가상스포츠 창간3주년], a paywall's 가상신문 기사는 정기독자만,
# a greeting to its readers (안녕하세요. 가상일보입니다.), a guest's message to them (‘월간가상’ 애독자 여러분).
_SELF_NAMED = re.compile(
    r"저희\s*\S{2,16}|\S{2,16}\s*애?독자\s*여러분|안녕하(?:십니까|세요)[.,!]?\s*\S{2,16}?(?=입니다)"
    r"|\S{2,16}?(?:의)?\s*창간(?:\s*\d{1,3}\s*주년)?[을를]?\s*(?:진심으로\s*)?축하"
    r"|창간\s*\d{1,3}\s*주년을\s*맞은\s*\S{2,16}|\S{2,16}\s+창간(?:\s*\d{1,3}\s*주년)?을\s*맞(?:아|이)"
    r"|\[\s*\S{2,16}(?:\s\S{2,8})?\s*창간\s*\d{1,3}\s*주년\s*\]"
    r"|\S{2,16}\s*기사는\s*(?:정기\s?독자|유료\s?회원|구독자)만"
)
# A text calling its paper 본보 or 본지 (our paper): 본보 6층 대회의실, 본지에 올린 글 (not 본보기,
# an example, nor 본지점, a head branch).
_OUR_PAPER = re.compile(r"(?<![가-힣])(?:본보(?!기)|본지(?!점))(?:[은는이가의에도를와]|\s|$)")
# A headline in the paper's own voice: its publisher's or editor's letter, its founding address
# or a guest's on it (신년 발행인의 편지, 창간사, 편집국장 칼럼, [창간축사]), a reader's review of
# an issue (제100호를 읽고, 100호 1면 ‘…’을 읽고).
_OWN_VOICE = re.compile(
    r"(?:발행인|편집인|편집국장)의?\s*(?:편지|인사|인사말|칼럼|글)"
    r"|창간\s*(?:\d{1,3}\s*주년\s*)?(?:기념\s*)?축?사(?![가-힣])|\d{1,5}\s*호.{0,60}?읽고"
)
# A photo's holder after the copyright mark, at a caption's end: … ⓒ가상제주 (a bar maybe after).
_PHOTO_HOLDER = re.compile(r"[ⓒ©]\s*([가-힣A-Za-z][가-힣A-Za-z0-9]{1,14})\s*\|?\s*$")
# A press the body names this often, where it calls its paper 본지, is that paper.
_MIN_NAMED = 3
# The anchor's last words handing over to the reporter: … 홍길동 기자가 전합니다.
_HANDED_TO = re.compile(layouts.HANDED_TO + "$")


def _handed_to(parts: list[Part]) -> list[str]:
    """The reporter a script's anchor hands over to at the end of the lead, when no byline names
    one; in a script printed with no markers, at the end of its first paragraph (… 홍길동 기자의
    보돕니다.)."""
    paragraphs = [part for part in parts if part.kind == "paragraph"]
    leads = [part for part in paragraphs if part.speaker == "앵커"]
    if not any(part.speaker for part in paragraphs):
        leads = paragraphs[:1]
    found = (_HANDED_TO.search(part.text) for part in leads)
    return [match["reporter"] for match in found if match][:1]


def _outlets_named(parts: list[Part]) -> list[str]:
    """The outlet the headline or body names as itself: after 저희 (저희 가상일보는), or as the
    paper whose anniversary it marks (가상신문 창간 3주년을 축하합니다, 창간 3주년을 맞은
    가상스포츠는, a rubric [가상신문 교구판 창간 10주년]), or as the subject of an editor's note
    its board signs; an outlet only named is no more than a story's subject."""
    return list(
        dict.fromkeys(
            name
            for part in parts
            if part.kind in ("title", "subtitle", "paragraph", "footer")
            for cue in _SELF_NAMED.finditer(part.text)
            for name in (outlets.named(cue.group()) or _SELF_PRESS.findall(cue.group()))[:1]
        )
    ) or _outlets_of_editors_note(parts)


# An editor's note over a contributed piece, its subject the outlet itself and its signer the
# editorial board's (가상정론은 … 싣습니다. - 편집위원장).
_EDITORS_NOTE = re.compile(
    r"(?P<outlet>[가-힣A-Za-z0-9]{2,12})(?:은|는)\s.*[.!?]\s*[-–—]\s*"
    r"(?:편집위원장|편집위원회|편집장|편집인|편집국장|편집부|편집실)"
)


def _outlets_of_editors_note(parts: list[Part]) -> list[str]:
    """The outlet an editor's note names as its subject when the editorial board signs it."""
    found = (
        _EDITORS_NOTE.fullmatch(part.text.strip()) for part in parts if part.kind == "paragraph"
    )
    return [match["outlet"] for match in found if match][:1]


# A magazine's web page sending its readers to the print issue: 자세한 내용은 월간가상 2014년 1월호에서
# 만나보실 수 있습니다 (the magazine's voice to its readers; a piece citing another's issue says 실린).
_OWN_ISSUE = re.compile(
    r"(?P<outlet>[가-힣A-Za-z][가-힣A-Za-z0-9]{1,15})\s+(?:\d{4}\s*년\s*)?\d{1,2}\s*월\s*호에서\s*"
    r"(?:만나\s?보|확인하|보)실\s*수\s*있습니다"
)


# The paper named first in its own page's voice, whatever it is called: a congratulation on its
# anniversary (가상포커스 창간 9주년을 진심으로 축하드립니다, 가상신문의 창간 33주년을 회원들과 함께 축하),
# a guest's founding address as its headline (가상포커스 9주년 창간축사), its note on its own edition
# (가상저널 온라인판 PDF를 보시려면 …).
_NAME_FIRST = re.compile(
    r"(?<![가-힣A-Za-z0-9])(?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9]{1,15}?)(?:의)?\s*"
    r"(?:창간\s*\d{1,3}\s*주년[을를]\s*(?:[^.!?]{0,40}?\s)?(?:진심으로\s*)?축하"
    r"|\d{1,3}\s*주년\s*창간\s*(?:기념\s*)?축사|(?:온라인판|전자판)\s*(?:PDF)?[을를]?\s*보시려면)"
)
# A word ending in a particle is no paper's name (모두가 창간 9주년을 축하).
_PARTICLE_END = re.compile(r"(?:가|이|은|는|을|를|도|에|와|과|로|께서)$")


def _outlets_named_first(parts: list[Part]) -> list[str]:
    """The paper its own page names first in a congratulation, a founding address or a note on
    its edition, where the name is neither the table's nor called as a press is."""
    names = (
        found["name"]
        for part in parts
        if part.kind in ("title", "subtitle", "paragraph", "footer")
        for found in _NAME_FIRST.finditer(part.text)
        if not _PARTICLE_END.search(found["name"])
    )
    first = next(names, None)
    return [first] if first else []


# A guest writing in the paper's pages (… 이렇게 가상아이 지면에 소개하게 되어 기쁩니다): the word
# before 지면 is the paper's name, whatever its last syllable; not an adverb or a modifier (이렇게,
# 귀한, 좋은, 새로운 지면).
_IN_ITS_PAGES = re.compile(
    r"(?<![가-힣A-Za-z0-9])(?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9]{1,15})(?<![게한은운던])\s*"
    r"지면(?:에|을\s*통해)\s*(?:[가-힣]+\s+){0,2}?(?:소개|인사)(?:하게|드리게)\s*되"
)


def _outlets_of_pages(parts: list[Part]) -> list[str]:
    """The paper a guest's text says it writes in the pages of."""
    found = (_IN_ITS_PAGES.search(part.text) for part in parts if part.kind == "paragraph")
    return [match["name"] for match in found if match][:1]


# A paper's reference to a page of its own past issue, its title in angle brackets (<가상학보> 593호,
# 2면, ‘…’ 참고): a paper points its readers to its own pages so; another's it cites by date.
_OWN_REFERENCE = re.compile(
    r"<\s*(?P<outlet>[^<>\s][^<>]{0,19}?)\s*>\s*(?:제\s?)?\d{1,5}\s*호\s*,?\s*\d{1,2}\s*면[^()]{0,80}?참고"
)


def _outlets_of_own_issue(parts: list[Part]) -> list[str]:
    """The magazine a paragraph sends its readers to, in its own print issue, or the paper whose
    past issue's page it refers its readers to."""
    found = (
        _OWN_ISSUE.search(part.text) or _OWN_REFERENCE.search(part.text)
        for part in parts
        if part.kind == "paragraph"
    )
    return [match["outlet"] for match in found if match][:1]


# A copyright notice glued inside a longer line (a flattened page: caption, byline, notice, buttons).
_GLUED_COPYRIGHT = re.compile(
    rf"저작권자\s*{layouts.COPYRIGHT_SIGN}\s*(?:{layouts.COMPANY_MARK}\s*)?([가-힣A-Za-z][가-힣A-Za-z0-9]{{1,14}})\s*무단"
)


def _outlets_in_glued_notice(parts: list[Part]) -> list[str]:
    """The outlet a copyright notice names inside a longer line (… 있다. 홍길동 기자 저작권자 ©
    가상일보 무단전재 및 재배포 금지 …), where no line of its own names one."""
    return list(
        dict.fromkeys(name for part in parts for name in _GLUED_COPYRIGHT.findall(part.text))
    )[:1]


def _outlets_of_our_paper(parts: list[Part]) -> list[str]:
    """The outlet the headline names when the body calls its paper 본보 or 본지, or the head
    speaks in the paper's own voice (신년 발행인의 편지, 제100호를 읽고): a paper reporting on itself (가상일보, 기자
    연수 개최 over 본보 대회의실에서 …); else the press the body names most."""
    title = next((part.text for part in parts if part.kind == "title"), "")
    head = " ".join(part.text for part in parts if part.kind in ("title", "subtitle"))
    if not _OWN_VOICE.search(head) and not any(
        part.kind == "paragraph" and _OUR_PAPER.search(part.text) for part in parts
    ):
        return []
    return (outlets.named(title) or _SELF_PRESS.findall(title))[:1] or _named_most(parts)


def _named_most(parts: list[Part]) -> list[str]:
    """The press the body names most often, at least _MIN_NAMED times: the paper that says 본지 of
    itself and names itself too (본지는 … 가상뉴스에 입사한 계기 … 가상뉴스를 알게 돼 …)."""
    names = Counter(
        name
        for part in parts
        if part.kind == "paragraph"
        for name in outlets.named(part.text) or _SELF_PRESS.findall(part.text)
    )
    ranked = names.most_common(2)
    if (
        not ranked
        or ranked[0][1] < _MIN_NAMED
        or (len(ranked) > 1 and ranked[1][1] == ranked[0][1])
    ):
        return []
    return [ranked[0][0]]


# A writer's photo captioned with the name and an office alone: ▲ 홍길동 박사.
_WRITERS_PHOTO = re.compile(
    rf"[▲△]\s*(?P<reporter>{layouts.SURNAMED})\s*(?:{layouts.TITLE}|{layouts.ROLE}|칼럼니스트)"
)


def _writer_in_photo(parts: list[Part]) -> list[str]:
    """The writer a column names only in the caption of his photo over its text (▲ 홍길동 박사),
    when no byline names one."""
    head = next((i for i, part in enumerate(parts) if part.kind == "paragraph"), len(parts))
    return [
        found["reporter"]
        for part in parts[:head]
        if part.kind in ("title", "caption")
        for found in [_WRITERS_PHOTO.fullmatch(part.text.strip())]
        if found
    ][:1]


# A headline naming a message's kind: a founding, new year's or inaugural address, a guest's
# congratulation in brackets ([축사]; bare, 축사 is also a barn).
_MESSAGE_HEAD = re.compile(
    r"(?:신년|송년|취임|기념|격려|창간)\s?사(?![가-힣])|[\[<(【]\s*축사\s*[\]>)】]"
)
# The rows of a message's writer on his own line: 홍길동 가상협회 이사장, 가상조합 홍길동 이사장,
# 가상협회 회장 겸 발행인 홍길동.
_WRITER_ROWS = ("caption-name-role", "caption-org-name-role", "caption-role-name")


def _writer_of_message(parts: list[Part]) -> list[str]:
    """The writer of a message the paper prints (a congratulation on its anniversary, a founding
    or new year's address), named with his organisation and office on a line of his own between
    the headline and the text, when no byline names one: the contributor is the reporter."""
    head = next((i for i, part in enumerate(parts) if part.kind == "paragraph"), len(parts))
    title = " ".join(
        part.text for part in parts[:head] if part.kind in ("title", "subtitle", "category")
    )
    lead = parts[head].text if head < len(parts) else ""
    if not (
        _OWN_VOICE.search(title)
        or _MESSAGE_HEAD.search(title)
        or _SELF_NAMED.search(lead)
        or _NAME_FIRST.search(lead)
    ):
        return []
    rows = (
        layouts.match(part.text.strip(), "head") for part in parts[:head] if part.kind == "caption"
    )
    return [row.match["reporter"] for row in rows if row and row.layout.name in _WRITER_ROWS][:1]


# A magazine's issue as its credits print it (발행 : 2015년 46호, 총권 46호): its number.
_ISSUE = re.compile(r"(?:발행\s*[:：]\s*\d{4}\s*년|총권)\s*(\d{1,5})\s*호")
# A title in angle brackets with an issue's number: <가상매거진> 46호.
_BRACKETED_ISSUE = re.compile(r"<\s*([^<>\s][^<>]{0,19}?)\s*>\s*(?:제\s?)?(\d{1,5})\s*호")


def _outlets_of_issue(parts: list[Part]) -> list[str]:
    """The magazine the text names in angle brackets with the issue its credits print (… 발행되는
    <가상매거진> 46호를 통해 … over 발행 : 2015년 46호): the page's own title."""
    numbers = {
        number for part in parts if part.kind == "footer" for number in _ISSUE.findall(part.text)
    }
    return list(
        dict.fromkeys(
            found[1]
            for part in parts
            if part.kind == "paragraph"
            for found in _BRACKETED_ISSUE.finditer(part.text)
            if found[2] in numbers
        )
    )[:1]


# A photo page's caption credited right after its full stop: … 있다. 홍길동기자·사진=가상군 (not a
# photographer's ⓒ홍길동 기자).
_CAPTION_CREDIT = re.compile(
    rf"\.\s?(?P<reporter>{layouts.NAME})\s?(?:사진\s?)?기자(?:\s?[·,/]?\s?사진\s?(?:제공\s?)?=\s?\S{{1,15}})?$"
)


def _credited_in_caption(parts: list[Part]) -> list[str]:
    """The reporter a photo's caption credits at its end, when no byline names one (a photo page:
    the caption is its text, the credit its byline)."""
    return [
        found["reporter"]
        for part in parts
        if part.kind == "caption"
        for found in [_CAPTION_CREDIT.search(part.text)]
        if found
    ][:1]


def _outlets_of_photos(parts: list[Part]) -> list[str]:
    """The holder a photo's caption credits after ⓒ when the body names it too, or when it is
    called as a press is and is no wire service: the paper's own photo (▲ 기자들의 수다 ⓒ가상제주 over
    a body that says 가상제주를 포함한 …; … 열렸다.ⓒ가상굿뉴스), also where the caption was read as the
    head's subtitle or furniture (a page that prints it twice), or as its title (a page cut above
    its headline: ▲ … 음악회’. © 가상신문), or the holder credited under two captions or more, no
    wire service (the paper's own photographer: ▲ … ⓒ가상일보 | under two photos)."""
    body = " ".join(part.text for part in parts if part.kind == "paragraph")
    captions = dict.fromkeys(
        part.text for part in parts if part.kind in ("caption", "subtitle", "footer", "title")
    )  # a caption printed twice is one photo
    holders = Counter(holder for text in captions for holder in _PHOTO_HOLDER.findall(text))
    return [
        holder
        for holder, times in holders.items()
        if holder in body or _own_press(holder) or times > 1 and not _wire_service(holder)
    ][:1]


def _own_press(name: str) -> bool:
    """Called as a press is (가상굿뉴스, 가상일보), and no wire service whose photos papers buy."""
    return bool(re.fullmatch(layouts.PRESS, name)) and not _wire_service(name)


def _wire_service(name: str) -> bool:
    known = outlets.find(name)
    return any(
        outlet.name == known and outlet.kind == "wire service" for outlet in outlets.outlets()
    )


# A name in brackets opening the headline: [가상의소리] 위원장에 …, <가상뉴스>와 시민기자.
_BRACKET_OPENING = re.compile(r"[\[<【《]\s*([^\[\]<>【】《》\s]{2,15})\s*[\]>】》]")


def _outlets_of_headline(parts: list[Part]) -> list[str]:
    """The press's name in brackets opening the headline (called as a press is, or the table's),
    named in the body _MIN_NAMED times at least as a word of its own (or with a particle), no wire
    service: a paper reporting on itself (<가상뉴스>와 시민기자 over a body that names 가상뉴스 again
    and again; a rubric, [축제], is no press's name). A press named bare in a headline may be
    another's subject (가상TV, 시청자와 만난다). Under a stamp of the site's own address
    (http://… 2009-06-30 16:36:06) the page is the press's own: once in the body is enough."""
    title = next((part.text for part in parts if part.kind == "title"), "")
    body = " ".join(part.text for part in parts if part.kind == "paragraph")
    opening = _BRACKET_OPENING.match(title)
    if not opening or not _own_press(opening[1]) and outlets.find(opening[1]) != opening[1]:
        return []
    said = re.findall(rf"(?<![가-힣A-Za-z0-9]){re.escape(opening[1])}(?![A-Za-z0-9])", body)
    return [opening[1]] if len(said) >= (1 if _site_stamped(parts) else _MIN_NAMED) else []


def _site_stamped(parts: list[Part]) -> bool:
    """A date line of the head is the site's address and the day (an old board's own page)."""
    return any(
        (row := layouts.match(part.text, "head")) and row.layout.name == "date-address"
        for part in parts
        if part.kind == "date"
    )


# A station as the subject of a sentence: GOODTV는 이번 연휴 …, 가상방송이 ….
_STATION = re.compile(r"(?<![가-힣A-Za-z0-9])([가-힣A-Za-z0-9]{0,10}(?:TV|방송))(?:은|는|이|가)\s")
# A broadcaster of the table as a subject, its newscast's word maybe between: TV가상 뉴스가 ….
_NEWSCAST_SUBJECT = r"(?:\s?뉴스)?(?:은|는|이|가)\s"
_BROADCASTING = ("broadcaster", "channel")


def _station_of_script(parts: list[Part]) -> list[str]:
    """The station a script's anchor names as a subject in the lead, named at least _MIN_NAMED
    times in all (가상TV는 이번 연휴 … 마련했는데요, then 가상TV가 …, 가상TV 채널에서): the station
    speaking of itself, where no line signs the script."""
    lead = " ".join(p.text for p in parts if p.kind == "paragraph" and p.speaker == "앵커")
    body = " ".join(p.text for p in parts if p.kind == "paragraph")
    return [
        name
        for name in dict.fromkeys([*_STATION.findall(lead), *_stations_of_table(lead)])
        if len(re.findall(rf"(?<![가-힣A-Za-z0-9]){re.escape(name)}(?![A-Za-z0-9])", body))
        >= _MIN_NAMED
    ][:1]


def _stations_of_table(lead: str) -> list[str]:
    """The broadcasters of the table the lead names as a subject (TV가상 뉴스가 시청자 여러분을 …):
    a name that _STATION's ending (…TV, …방송) misses."""
    kinds = {outlet.name: outlet.kind for outlet in outlets.outlets()}
    return [
        name
        for name in outlets.named(lead)
        if any(word in kinds.get(name, "") for word in _BROADCASTING)
        and re.search(re.escape(name) + _NEWSCAST_SUBJECT, lead)
    ]
