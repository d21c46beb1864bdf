"""The one place that finds a Hangul font, for matplotlib plots and for the PDF export.

Debian's fonts-nanum (NanumGothic) comes first; Noto Sans CJK KR, Apple SD Gothic Neo and
Malgun Gothic are used where they are installed instead. NanumGothic has no U+2212 minus
sign, so matplotlib is given DejaVu Sans (which ships with matplotlib) as a fallback
family: glyphs missing from the Korean font, the minus among them, come from it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

KOREAN_FAMILIES = (
    "NanumGothic",
    "Noto Sans CJK KR",
    "Noto Sans KR",
    "Apple SD Gothic Neo",
    "Malgun Gothic",
)
FALLBACK_FAMILY = "DejaVu Sans"
INSTALL_HINT = "install a Hangul font: sudo apt-get install fonts-nanum (or run make install)"


class FontError(RuntimeError):
    """No Hangul-capable font is installed; the message says which package to install."""


@dataclass(frozen=True)
class KoreanFont:
    family: str
    path: str


@lru_cache(maxsize=1)
def find_korean_font() -> KoreanFont:
    """The first installed family of :data:`KOREAN_FAMILIES` (its regular face)."""
    from matplotlib import font_manager

    for rebuild in (False, True):
        if rebuild:
            # The font list is cached on disk; a font installed since then needs a rescan.
            font_manager.fontManager = font_manager._load_fontmanager(try_read_cache=False)
        installed = {}
        for entry in font_manager.fontManager.ttflist:
            if entry.style == "normal" and entry.weight in (400, "normal", "regular"):
                installed.setdefault(entry.name, entry.fname)
        for family in KOREAN_FAMILIES:
            if family in installed:
                return KoreanFont(family, installed[family])
    raise FontError(
        f"no Hangul font found (looked for {', '.join(KOREAN_FAMILIES)}); {INSTALL_HINT}"
    )


def use_korean_font() -> KoreanFont:
    """Configure matplotlib to draw Hangul (and the minus sign); returns the font used."""
    import matplotlib

    font = find_korean_font()
    matplotlib.rcParams["font.family"] = [font.family, FALLBACK_FAMILY]
    matplotlib.rcParams["axes.unicode_minus"] = True
    return font
