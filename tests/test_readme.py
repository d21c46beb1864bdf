"""The README and the pages under docs/: their Python examples run as written (from the project
root, as a reader would), their links lead somewhere, and the make targets they name exist."""

import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
BLOCKS = [
    (page.relative_to(ROOT).as_posix(), block)
    for page in PAGES
    for block in re.findall(r"```python\n(.*?)```", page.read_text(encoding="utf-8"), re.S)
]
# [text](target) and ![alt](target), outside code.
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")
MAX_README_LINES = 250


def _needs(block: str) -> list[str]:
    """Top-level packages the block imports that this machine lacks (dask for the scale-out sketch)."""
    names = re.findall(r"^(?:import|from) (\w+)", block, re.M)
    return [name for name in dict.fromkeys(names) if importlib.util.find_spec(name) is None]


@pytest.mark.parametrize(
    "page, block", BLOCKS, ids=[f"{page}-block{i}" for i, (page, _) in enumerate(BLOCKS)]
)
def test_python_examples_run(page, block, monkeypatch):
    if missing := _needs(block):
        pytest.skip(f"needs {', '.join(missing)}")
    monkeypatch.chdir(ROOT)
    exec(compile(block, page, "exec"), {"__name__": "readme"})


def test_the_readme_has_python_examples():
    assert any(page == "README.md" for page, _ in BLOCKS)


def _prose(page: Path) -> str:
    """The page without its fenced code blocks, where brackets are code, not links."""
    return re.sub(r"```.*?```", "", page.read_text(encoding="utf-8"), flags=re.S)


def anchors(page: Path) -> set[str]:
    """The anchors GitHub makes of a page's headings: lower case, punctuation dropped, spaces
    to hyphens, a repeated one numbered."""
    found: set[str] = set()
    for heading in re.findall(r"^#+ (.+)$", _prose(page), re.M):
        slug = re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")
        anchor, n = slug, 0
        while anchor in found:
            n += 1
            anchor = f"{slug}-{n}"
        found.add(anchor)
    return found


def test_anchors_follow_githubs_rule():
    page = ROOT / "docs" / "reports-and-pdf.md"
    assert {"the-report-make-workbook", "your-own-article-in-jupyterlab"} <= anchors(page)


@pytest.mark.parametrize("page", PAGES, ids=[p.relative_to(ROOT).as_posix() for p in PAGES])
def test_every_relative_link_resolves(page):
    broken = []
    for target in LINK.findall(_prose(page)):
        if re.match(r"[a-z]+:", target):  # https:, mailto:
            continue
        path, _, anchor = target.partition("#")
        file = (page.parent / path).resolve() if path else page
        if not file.exists() or (anchor and anchor not in anchors(file)):
            broken.append(target)
    assert not broken


def test_every_docs_page_is_linked_from_the_readme():
    linked = {
        (ROOT / target.partition("#")[0]).resolve()
        for target in LINK.findall(_prose(ROOT / "README.md"))
    }
    assert set(PAGES[1:]) <= linked


def test_every_make_target_named_exists():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    targets = set(re.findall(r"^([\w-]+):", makefile, re.M))
    named = {
        target
        for page in PAGES
        for target in re.findall(r"`make ([a-z][\w-]*)", page.read_text(encoding="utf-8"))
        + re.findall(r"^make ([a-z][\w-]*)", page.read_text(encoding="utf-8"), re.M)
    }
    assert {"workbook", "test", "test-all"} <= named
    assert named <= targets, f"not in the Makefile: {sorted(named - targets)}"


def test_the_readme_is_short():
    assert len((ROOT / "README.md").read_text(encoding="utf-8").splitlines()) <= MAX_README_LINES
