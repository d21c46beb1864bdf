"""The house rules a reader can check: ruff's format and lint, and no function too complex to read."""

import re
import subprocess
import sys
from pathlib import Path

import pytest
from radon.complexity import cc_visit

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ["lib", "tests", "benchmarks", "scripts"]
# radon counts each `and`/`or` as a branch (ruff's C901 does not): the limit a reader feels.
MOST_COMPLEX = 25


def _ruff(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ruff", *args, *SOURCES],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def test_ruff_format():
    result = _ruff("format", "--check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_lint():
    result = _ruff("check", "--output-format", "concise")
    assert result.returncode == 0, result.stdout + result.stderr


def _complexities():
    for path in sorted((ROOT / "lib" / "kornews").rglob("*.py")):
        for block in cc_visit(path.read_text(encoding="utf-8")):
            yield f"{path.relative_to(ROOT / 'lib' / 'kornews')}:{block.name}", block.complexity


def test_no_function_over_the_complexity_limit():
    over = sorted(name for name, complexity in _complexities() if complexity > MOST_COMPLEX)
    assert not over, f"over {MOST_COMPLEX}, to split along their seams: {over}"


def _top_level_named() -> set[str]:
    """The top-level files and folders docs/layout.md names: on its tree's unindented lines,
    the leading names (two spaces apart) before the first description."""
    tree = (ROOT / "docs" / "layout.md").read_text(encoding="utf-8").split("```")[1]
    named = set()
    for line in tree.splitlines():
        if not line or line[0].isspace():
            continue
        first, *rest = re.split(r"\s{2,}", line.strip())
        for word in [first.split()[0], *rest]:
            if not re.fullmatch(r"[\w.-]+(/[\w.-]*)*", word):
                break
            named.add(word.split("/")[0])
    return named


def test_the_top_level_holds_only_what_the_layout_names():
    tracked = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    if tracked.returncode != 0:
        pytest.skip("not a git checkout")
    top = {path.split("/")[0] for path in tracked.stdout.split("\0") if path}
    stray = sorted(top - _top_level_named())
    assert not stray, (
        f"not named in docs/layout.md (a stray file, or a folder to describe): {stray}"
    )
