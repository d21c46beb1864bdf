"""The press an article cites by its report (가람 헤럴드에서 보도했다): a proper noun, or two written
a space apart, with 에서 written onto it before the word for a report, names an outlet no table
holds (a foreign daily the press abroad cites), as written."""

from __future__ import annotations

from .forms import person_shaped
from .records import Mention, Run, Sentence

# 에서 after an organisation is its subject; 보도 (a report) is what an outlet makes.
_FROM = "에서"
_REPORT = "보도"
_NOUN = (("NNP",), ("NNG",))


def reporting_press(sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """The outlets named as the source of a report (가람 헤럴드에서 보도했다), no mention holding them."""
    taken = {at for m in found for at in range(m.start, m.end)}
    mentions = []
    for sentence in sentences:
        if _REPORT not in sentence.words:
            continue  # most sentences: no report's word, no run read
        runs = sentence.runs
        for i in range(len(runs) - 2):
            # The report's word first: most runs are not followed by one.
            if not _reported(runs, i) or runs[i].start in taken:
                continue
            first = i - 1 if i and _first_word(runs[i - 1], runs[i], taken) else i
            name = " ".join(run.text for run in runs[first : i + 1])
            mentions.append(
                Mention(
                    name, "organisation", runs[first].start, runs[i].end, sentence.where, "kind"
                )
            )
    return mentions


def _reported(runs: list[Run], at: int) -> bool:
    """Run ``at`` is a proper noun with 에서 written onto it, then the word for a report."""
    name, source, report = runs[at], runs[at + 1], runs[at + 2]
    return (
        report.text == _REPORT
        and source.text == _FROM
        and source.start == name.end
        and name.tags == ("NNP",)
        and not person_shaped(name)
    )


def _first_word(before: Run, run: Run, taken: set[int]) -> bool:
    """``before`` is a noun a space before ``run``, the first word of the outlet's name (Kiwi may
    tag a transliterated word a common noun: 엔젯/NNG 해럴드/NNP)."""
    return before.tags in _NOUN and before.end + 1 == run.start and before.start not in taken
