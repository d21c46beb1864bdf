"""The house rules a reader can check: ruff's format and lint, and no function too complex to read."""

import subprocess
import sys
from pathlib import Path

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
