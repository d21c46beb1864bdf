"""Notebook 04 on a folder whose terms rise: it names a rising term with the articles using it
in each half, not a word one story repeats."""

from folders import written
from test_notebooks import NOTEBOOKS, _column, run_here
from test_trends import ONE_STORY

CORPUS = next(p for p in NOTEBOOKS if p.name.startswith("04-"))


def _said(found: list[dict]) -> str:
    return "\n".join(o.get("data", {}).get("text/markdown", "") for o in found)


def test_the_rising_terms_are_taken_up_by_articles(tmp_path):
    written(tmp_path, ONE_STORY)
    article = tmp_path / "20200810_전력.txt"
    found = run_here(CORPUS, article, corpus=tmp_path)
    assert not [o for o in found if o["output_type"] == "error"]
    # July's three stories never write 폭염, August's three all do; 전력 (six times) is one story's.
    rising = next(line for line in _said(found).splitlines() if "늘어난 단어(" in line)
    assert "폭염(0 → 3)" in rising and "전력" not in rising
    assert "앞 절반에 기사 3건, 뒤 절반에 3건이 있습니다" in rising
    # The table: the articles using each rising term, then its occurrences.
    assert _column(found, "단어")[-1:] == ["폭염"]
    assert _column(found, "뒤 기간 쓴 기사 수") == ["3"] and _column(found, "뒤 기간 횟수") == ["4"]
    said = _said(run_here(CORPUS, article, corpus=tmp_path, lang="en"))
    assert "Rising most (articles using it, earlier → later): 폭염(0 → 3);" in said
