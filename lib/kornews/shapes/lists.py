"""A list in the text: a run of different lines each led by one triangle (▲가상부, …), told apart
from photos' captions that close a scene with a full stop."""

from __future__ import annotations

import re

# A list in the text: at least MIN_LISTED lines in a row, each led by one triangle and all different
# (▲가상부, 새 정책 발표…, ▲가상시, …); a photo's caption stands alone or printed twice.
_TRIANGLE_LED = re.compile(r"[▲△][^▲△]+")
MIN_LISTED = 3
# A noun phrase closed by a full stop, as a photo's caption ends (… 학생들., … 입장하기 전.), or a scene
# going on (… 열기를 높이고 있다.).
_SCENE_END = re.compile(r"[가-힣](?<![다요함음임죠까])\.$|[가-힣]고\s?있다\.$")
# … or one closed by its photo's credit after the copyright mark (… 하고 있다 ⓒ가상일보 |).
_CREDITED = re.compile(r"[ⓒ©Ⓒ]\s*[가-힣A-Za-z][가-힣A-Za-z0-9]{0,14}\s*\|?\s*$")


def listed(lines: list[str], at: int) -> bool:
    """Whether the line at ``at`` is one of a run of at least MIN_LISTED different lines, each led
    by one triangle: a list of points or briefs in the text, not photos' captions."""

    def led(i: int) -> bool:
        return 0 <= i < len(lines) and bool(_TRIANGLE_LED.fullmatch(lines[i]))

    if not led(at):
        return False
    first, last = at, at
    while led(first - 1):
        first -= 1
    while led(last + 1):
        last += 1
    return _a_list(lines[first : last + 1])


def listed_lines(lines: list[str]) -> set[int]:
    """The indices of the lines :func:`listed` holds for, each line read once (asked line by line,
    a list of thousands of points was walked once per point)."""
    found: set[int] = set()
    at = 0
    while at < len(lines):
        end = at
        while end < len(lines) and _TRIANGLE_LED.fullmatch(lines[end]):
            end += 1
        if end > at and _a_list(lines[at:end]):
            found.update(range(at, end))
        at = max(end, at + 1)
    return found


def _a_list(run: list[str]) -> bool:
    """Whether a run of lines led by triangles is a list."""
    # Photos' captions name a scene and close it with a full stop (… 넣고 있는 학생.) or the photo's
    # credit (… 하고 있다 ⓒ가상일보 |); a list's points
    # and briefs end without one or as sentences do (… 공개했다.).
    scenes = sum(bool(_SCENE_END.search(line) or _CREDITED.search(line)) for line in run)
    return len(run) >= MIN_LISTED and len(set(run)) == len(run) and scenes * 2 <= len(run)
