"""Terms of an article: counts, per-section counts, distinctive terms, collocations,
keyword-in-context lines and dispersion, all from the token table of :func:`kornews.tokenize`.

A *term* is a noun as written: morphemes tagged NNG (common noun), NNP (proper noun) or SL
(foreign word), with Hangul nouns written together in one word (and a prefix before them)
joined into one term, 목동+구장 -> 목동구장 (see :func:`term_tokens`); the user dictionary's
words (제로페이, 국민의힘, ...) come out of the tokenizer whole and tagged NNP or NNG. Terms are counted by form, not by (form, tag):
Kiwi tags the same word NNG in one sentence and NNP in the next. The token table holds the
title, headings and body only, so nothing in the dateline or footer is ever counted.

Stopwords: :data:`NEWS_STOPWORDS` (bound nouns and units such as 등, 것, 수, 년, 월, 일,
포인트; function nouns and relative dates such as 경우, 이후, 올해) are always dropped; ``stopwords=`` adds more, e.g. :func:`news_stopwords` for the outlet's and
reporter's names.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from typing import NamedTuple

import numpy as np
import pandas as pd

from .article import Article

TERM_TAGS = ("NNG", "NNP", "SL")
# Bound nouns, units and counters: in news they mostly come from dates, amounts and
# "...하는 등", and Kiwi tags some of them NNG (수 in "신청 수", 포인트 in "%포인트").
# Function nouns and relative dates (경우, 이후, 당초, 올해) rank high in any article and say nothing of it;
# nor do the bounds of a figure (3억원 이하), which the figures table keeps in its bound column, nor
# 말 (말했다: the commonest reporting verb, counted in every quoting article).
NEWS_STOPWORDS = frozenset(
    [
        "것",
        "수",
        "등",
        "년",
        "월",
        "일",
        "시",
        "분",
        "초",
        "때",
        "중",
        "명",
        "개",
        "원",
        "억",
        "만",
        "천",
        "곳",
        "바",
        "데",
        "측",
        "씨",
        "번",
        "차",
        "건",
        "여",
        "기자",
    ]
    + ["포인트", "mm", "cm", "km", "kg"]
    + [
        "경우",
        "이후",
        "이전",
        "당초",
        "당시",
        "올해",
        "지난해",
        "내년",
        "이날",
        "전날",
        "가운데",
        "동안",
    ]
    + ["이상", "이하", "미만", "초과", "이내", "말"]
)
# A prefix (소 in 소상공인, 친 in 친환경) joins the noun it is written onto.
_PREFIX_TAG = "XPN"
_JOINABLE_TAGS = frozenset({"NNG", "NNP", _PREFIX_TAG})
_HANGUL = r"[가-힣]+"
_HANGUL_WORD = re.compile(_HANGUL)
KWIC_WINDOW = 30


def news_stopwords(article: Article, *, extra: Iterable[str] = ()) -> frozenset[str]:
    """:data:`NEWS_STOPWORDS`, the article's outlet and reporter names, and ``extra``."""
    names = {name for name in (article.outlet, article.reporter) if name}
    return NEWS_STOPWORDS | names | frozenset(extra)


def term_tokens(tokens: pd.DataFrame, *, stopwords: Iterable[str] = ()) -> pd.DataFrame:
    """The terms among the tokens, in text order: nouns (tag in :data:`TERM_TAGS`), with
    Hangul nouns written together in one word joined into one term (목동+구장 -> 목동구장,
    a prefix too: 소+상공인 -> 소상공인), stopwords left out.

    Columns: those of :func:`kornews.tokenize` (``start`` of the first morpheme, ``end`` of the
    last; ``form`` and ``lemma`` of the whole; ``tag`` NNP when any part is NNP), plus
    ``token`` (the first morpheme's position in the article, 0-based, counting every
    morpheme), ``tokens`` (how many morphemes the term joins), ``parts`` (those morphemes,
    space-separated) and ``term`` (the form).
    """
    stop = NEWS_STOPWORDS | frozenset(stopwords)
    ordered = tokens.sort_values("start", kind="stable").reset_index(drop=True)
    members = [
        group
        for group in _term_groups(ordered)
        if _term_tag(group.tags) in TERM_TAGS and group.form not in stop
    ]
    firsts = [group.positions[0] for group in members]
    text = ordered["form"].dtype  # so an empty table keeps its column types too
    terms = ordered.take(firsts).reset_index(drop=True)
    terms.insert(0, "token", np.array(firsts, dtype=np.int64))
    forms = pd.array([group.form for group in members], dtype=text)
    return terms.assign(
        end=ordered["end"].to_numpy()[[group.positions[-1] for group in members]],
        form=forms,
        lemma=pd.array([group.lemma for group in members], dtype=text),
        tag=pd.array([_term_tag(group.tags) for group in members], dtype=text),
        tokens=np.array([len(group.positions) for group in members], dtype=np.int64),
        parts=pd.array([" ".join(group.forms) for group in members], dtype=text),
        term=forms,
    )


class _TermGroup(NamedTuple):
    """The morphemes one term joins: their positions in the table, forms, lemmas and tags."""

    positions: list[int]
    forms: list[str]
    lemmas: list[str]
    tags: list[str]

    @property
    def form(self) -> str:
        return "".join(self.forms)

    @property
    def lemma(self) -> str:
        return "".join(self.lemmas)


def _term_groups(ordered: pd.DataFrame) -> list[_TermGroup]:
    """The candidate morphemes of ``ordered`` (nouns, and Hangul prefixes) grouped into terms,
    in one pass over the columns (per-row pandas work costs more than Kiwi's own pass)."""
    columns = ("form", "lemma", "tag", "start", "end", "sentence")
    forms, lemmas, tags, starts, ends, sentences = (ordered[c].tolist() for c in columns)
    groups: list[_TermGroup] = []
    before = None  # (end, sentence) of the candidate before, when it is joinable
    for at, (form, tag) in enumerate(zip(forms, tags)):
        joinable = tag in _JOINABLE_TAGS and _HANGUL_WORD.fullmatch(form) is not None
        if not (joinable or tag in TERM_TAGS):
            continue
        # A morpheme continues the term before it when both are Hangul nouns glued together
        # (no space between) in one sentence; a prefix only starts a term.
        if joinable and tag != _PREFIX_TAG and before == (starts[at], sentences[at]):
            group = groups[-1]
        else:
            group = _TermGroup([], [], [], [])
            groups.append(group)
        group.positions.append(at)
        group.forms.append(form)
        group.lemmas.append(lemmas[at])
        group.tags.append(tag)
        before = (ends[at], sentences[at]) if joinable else None
    return groups


def _term_tag(tags: list[str]) -> str:
    """A joined term is a proper noun when any of its parts is; else it takes its last part's tag."""
    return "NNP" if "NNP" in tags else tags[-1]


def section_counts(tokens: pd.DataFrame, *, stopwords: Iterable[str] = ()) -> pd.DataFrame:
    """How often each term occurs in each section (long form; zero counts left out).

    Columns: ``section``, ``term``, ``count``. Sorted by section, count (descending), term.
    """
    terms = term_tokens(tokens, stopwords=stopwords)
    # Counted in one pass over the columns, not a groupby.
    counts = Counter(zip(terms["section"].tolist(), terms["term"].tolist()))
    rows = sorted(counts.items(), key=lambda row: (row[0][0], -row[1], row[0][1]))
    return pd.DataFrame(
        {
            "section": np.array(
                [section for (section, _), _ in rows], dtype=terms["section"].dtype
            ),
            "term": pd.array([term for (_, term), _ in rows], dtype=terms["term"].dtype),
            "count": np.array([n for _, n in rows], dtype=np.int64),
        }
    )


def term_counts(tokens: pd.DataFrame, *, stopwords: Iterable[str] = ()) -> pd.DataFrame:
    """One row per term: its tag, its count in the article and in each section.

    Columns:
        term: the term's form (a compound's nouns joined, as written).
        tag: the term's most frequent tag (NNG, NNP or SL); ties go to the first tag by name.
        count: occurrences in the title, headings and body.
        section_0, section_1, ...: occurrences in each section (section_0 is the lead,
            with the title); one column for every section in the token table.
    Sorted by count (descending), then term.
    """
    terms = term_tokens(tokens, stopwords=stopwords)
    sections = int(tokens["section"].max()) + 1 if len(tokens) else 1
    # Counted in one pass over the columns: a groupby and an unstack cost more than Kiwi's pass.
    found, tags = _term_tags(terms)
    per_section: dict[str, list[int]] = {term: [0] * sections for term in tags}
    for term, section in zip(found, terms["section"].tolist()):
        per_section[term][section] += 1
    order = sorted(tags, key=lambda term: (-sum(per_section[term]), term))
    text = terms["term"].dtype
    return pd.DataFrame(
        {
            "term": pd.array(order, dtype=text),
            "tag": pd.array([tags[term] for term in order], dtype=terms["tag"].dtype),
            "count": np.array([sum(per_section[term]) for term in order], dtype=np.int64),
            **{
                f"section_{s}": np.array([per_section[term][s] for term in order], dtype=np.int64)
                for s in range(sections)
            },
        }
    )


def _term_tags(terms: pd.DataFrame) -> tuple[list[str], dict[str, str]]:
    """The terms of a :func:`term_tokens` table, and each term's most frequent tag (ties go to
    the first tag by name)."""
    found = terms["term"].tolist()
    best: dict[str, tuple[int, str]] = {}
    for (term, tag), n in sorted(Counter(zip(found, terms["tag"].tolist())).items()):
        if term not in best or n > best[term][0]:
            best[term] = (n, tag)
    return found, {term: tag for term, (_, tag) in best.items()}


def distinctive_terms(
    tokens: pd.DataFrame, *, top: int = 10, stopwords: Iterable[str] = ()
) -> pd.DataFrame:
    """The terms that set each section apart from the rest of the article.

    Method: weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi &
    Quinn 2008, "Fightin' Words"), each section against all the other sections together.
    The prior is the whole article's term counts (as in the R package tidylo), so a term
    counts as distinctive only when the section uses it more than the article's own rate
    explains, and the z-score discounts terms seen once or twice. TF-IDF was not used: with
    a handful of sections as the documents, IDF takes only a few values, is zero for every
    term found in all sections (however unevenly) and ranks one-off words highest.

    Columns:
        section: section number.
        term: the term.
        count: its occurrences in the section.
        score: the z-score of the log-odds (section vs. the rest of the article).
        rank: 1 for the most distinctive term of the section.
    At most ``top`` rows per section, only terms the section over-uses (score > 0).
    Sorted by section and rank; ties in score go to the higher count, then the term.
    """
    counts = section_counts(tokens, stopwords=stopwords)
    columns = ["section", "term", "count", "score", "rank"]
    if counts.empty:
        return pd.DataFrame(columns=columns)
    total = counts.groupby("term")["count"].transform("sum")
    n_section = counts.groupby("section")["count"].transform("sum")
    n_all = counts["count"].sum()
    prior, prior_all = total, n_all  # alpha_w and alpha_0: the article's own counts
    y_i, y_j, n_j = counts["count"], total - counts["count"], n_all - n_section
    delta = np.log((y_i + prior) / (n_section + prior_all - y_i - prior)) - np.log(
        (y_j + prior) / (n_j + prior_all - y_j - prior)
    )
    score = delta / np.sqrt(1 / (y_i + prior) + 1 / (y_j + prior))
    table = counts.assign(score=score)
    table = table[table["score"] > 0].sort_values(
        ["section", "score", "count", "term"], ascending=[True, False, False, True]
    )
    table["rank"] = table.groupby("section").cumcount() + 1
    return table[table["rank"] <= top][columns].reset_index(drop=True)


def noun_bigrams(tokens: pd.DataFrame, *, stopwords: Iterable[str] = ()) -> pd.DataFrame:
    """Each pair of terms that are adjacent morphemes of one sentence (스마트 서울, 서울 네트워크).

    Nothing may stand between the two: a particle, a number or a stopword breaks the pair.
    Columns: ``term``, ``next_term`` (the one after it), ``section``, ``sentence``, ``start``
    (of ``term``), ``end`` (of ``next_term``). In text order.
    """
    terms = term_tokens(tokens, stopwords=stopwords)
    nxt = terms.shift(-1)
    pairs = (nxt["token"] == terms["token"] + terms["tokens"]) & (
        nxt["sentence"] == terms["sentence"]
    )
    lead, after = terms[pairs], nxt[pairs]
    return pd.DataFrame(
        {
            "term": lead["term"].to_numpy(),
            "next_term": after["term"].to_numpy(),
            "section": lead["section"].to_numpy(),
            "sentence": lead["sentence"].to_numpy(),
            "start": lead["start"].to_numpy(),
            "end": after["end"].to_numpy().astype(int),
        }
    )


def collocations(
    tokens: pd.DataFrame, *, min_count: int = 2, stopwords: Iterable[str] = ()
) -> pd.DataFrame:
    """Adjacent-noun bigrams seen at least ``min_count`` times, scored as collocations.

    Scored by Dunning's log-likelihood ratio (G²), which stays sensible for the small counts
    of one article, where PMI favours pairs of rare words; PMI is given alongside. Both use
    the 2x2 table of the bigram's first and second term over all adjacent-noun bigrams.

    Columns:
        term, next_term: the two terms, in text order.
        bigram: ``term next_term``.
        count: how often the pair occurs; term_leads, next_term_follows: in how many bigrams
            ``term`` stands first and ``next_term`` second.
        pmi: pointwise mutual information, log2.
        llr: log-likelihood ratio G².
    Sorted by llr (descending), count (descending), term, next_term.
    """
    pairs = noun_bigrams(tokens, stopwords=stopwords)
    columns = [
        "term",
        "next_term",
        "bigram",
        "count",
        "term_leads",
        "next_term_follows",
        "pmi",
        "llr",
    ]
    n = len(pairs)
    table = pairs.groupby(["term", "next_term"]).size().rename("count").reset_index()
    table["term_leads"] = table["term"].map(pairs["term"].value_counts()).astype(int)
    table["next_term_follows"] = (
        table["next_term"].map(pairs["next_term"].value_counts()).astype(int)
    )
    table = table[table["count"] >= min_count]
    if table.empty:
        return pd.DataFrame(columns=columns)
    table["bigram"] = table["term"] + " " + table["next_term"]
    cells = list(zip(table["count"], table["term_leads"], table["next_term_follows"]))
    table["pmi"] = [math.log2(c * n / (a * b)) for c, a, b in cells]
    table["llr"] = [_g2(c, a, b, n) for c, a, b in cells]
    table = table.sort_values(
        ["llr", "count", "term", "next_term"], ascending=[False, False, True, True]
    )
    return table[columns].reset_index(drop=True)


def _g2(both: int, first: int, second: int, n: int) -> float:
    """Dunning's G² for a 2x2 table given the joint count, the two marginals and the total."""
    observed = [both, first - both, second - both, n - first - second + both]
    expected = [
        first * second / n,
        first * (n - second) / n,
        (n - first) * second / n,
        (n - first) * (n - second) / n,
    ]
    return 2 * sum(o * math.log(o / e) for o, e in zip(observed, expected) if o > 0)


def term_matches(tokens: pd.DataFrame, *, term: str) -> pd.DataFrame:
    """Where ``term`` stands in the token table: each run of consecutive morphemes of one
    sentence whose forms, joined, spell the term (its spaces ignored). A one-word term is
    usually one morpheme (제로페이); a phrase (박원순 시장) or a word Kiwi splits (ICT혁신:
    ICT + 혁신) is a run of several. Runs do not overlap. Forms are Kiwi's, so nouns match as
    written; an inflected verb (했다: 하 + 었 + 다) does not.

    Columns: ``section``, ``sentence``, ``start`` (of the first morpheme), ``end`` (of the last),
    ``token`` (the first morpheme's position, as in :func:`term_tokens`), ``morphemes`` (how
    many), ``tag`` (the first morpheme's tag). In text order.
    """
    columns = ["section", "sentence", "start", "end", "token", "morphemes", "tag"]
    target = "".join(term.split())
    ordered = tokens.sort_values("start", kind="stable").reset_index(drop=True)
    forms, sentence = ordered["form"].tolist(), ordered["sentence"].tolist()
    rows, i = [], 0
    while target and i < len(forms):
        spelled, j = forms[i], i
        while (
            spelled
            and spelled != target
            and target.startswith(spelled)
            and j + 1 < len(forms)
            and sentence[j + 1] == sentence[i]
            and forms[j + 1]
        ):
            j += 1
            spelled += forms[j]
        if spelled == target:
            first, last = ordered.iloc[i], ordered.iloc[j]
            rows.append(
                (
                    first["section"],
                    first["sentence"],
                    first["start"],
                    last["end"],
                    i,
                    j - i + 1,
                    first["tag"],
                )
            )
            i = j + 1
        else:
            i += 1
    # Typed even when empty, so tables built from several terms keep integer columns.
    return pd.DataFrame(rows, columns=columns).astype({c: "int64" for c in columns[:-1]})


def keyword_in_context(
    tokens: pd.DataFrame, article: Article, *, term: str, window: int = KWIC_WINDOW
) -> pd.DataFrame:
    """Keyword-in-context lines for every place ``term`` stands in ``tokens`` (``article``'s
    :func:`kornews.tokenize` table): a word, or a phrase of several (박원순 시장, as in the
    collocation table), matched on consecutive morphemes by :func:`term_matches`. An empty
    table means the term never stands on its own; :func:`term_status` says why.

    The context is the keyword's own sentence, cut to ``window`` characters on each side
    (so ``left + keyword + right`` is always a slice of ``article.text``).

    Columns: ``section``, ``sentence``, ``start``, ``end`` (the keyword's span in
    ``article.text``), ``left``, ``keyword`` (the text at that span: a phrase keeps the
    article's own spacing), ``right``. In text order.
    """
    hits = term_matches(tokens, term=term)
    spans = tokens.groupby("sentence").agg(s_start=("start", "min"), s_end=("end", "max"))
    hits = hits.join(spans, on="sentence")
    text = article.text
    rows = [
        (
            h.section,
            h.sentence,
            h.start,
            h.end,
            text[max(h.s_start, h.start - window) : h.start],
            text[h.start : h.end],
            text[h.end : min(h.s_end, h.end + window)],
        )
        for h in hits.itertuples()
    ]
    return pd.DataFrame(
        rows, columns=["section", "sentence", "start", "end", "left", "keyword", "right"]
    )


def _counted(tokens: pd.DataFrame, term: str, whole: pd.DataFrame) -> pd.DataFrame:
    """The matches of ``term`` the term analyses see: a phrase of several words always; a word
    only where it is a whole term of ``whole`` (:func:`term_tokens`) or a run of them (ICT혁신),
    so never a stopword, a verb stem, or 주민 inside the compound 주민센터 the counts count."""
    matches = term_matches(tokens, term=term)
    aligned = matches["start"].isin(whole["start"]) & matches["end"].isin(whole["end"])
    return matches if len(term.split()) > 1 else matches[aligned]


def dispersion(
    tokens: pd.DataFrame, *, terms: Iterable[str], stopwords: Iterable[str] = ()
) -> pd.DataFrame:
    """Where in the article each of ``terms`` occurs: a term as in :func:`term_tokens` (not a
    stopword, tagged as a noun or foreign word), a phrase (박원순 시장) wherever its words stand
    together (:func:`term_matches`). A term that never does has no rows: :func:`term_status`
    says why.

    Columns: ``term``, ``section``, ``sentence``, ``start``, ``end`` (character span in
    ``article.text``), ``token`` (position in the article in morphemes, 0-based, of its first
    morpheme). Sorted by the order of ``terms``, then by position.
    """
    whole = term_tokens(tokens, stopwords=stopwords)
    columns = ["term", "section", "sentence", "start", "end", "token"]
    tables = [
        _counted(tokens, term, whole).assign(term=term)[columns] for term in dict.fromkeys(terms)
    ]
    return pd.concat(tables, ignore_index=True) if tables else pd.DataFrame(columns=columns)


def term_status(
    tokens: pd.DataFrame, article: Article, *, terms: Iterable[str], stopwords: Iterable[str] = ()
) -> pd.DataFrame:
    """Whether each of ``terms`` (words or phrases) is found, and if not, why: for the notebook's
    keyword-in-context lines and dispersion plot, which would otherwise just show nothing.

    Columns:
        term: as given.
        occurrences: where it stands on its own (its morphemes, :func:`term_matches`): the
            keyword-in-context lines.
        counted: of those, the ones the term analyses count (the :func:`dispersion` rows).
        in_text: how often the text of the title, headings and body holds it at all, also
            inside longer words (spaces between its words may vary).
        status: ``found`` (counted), ``stopword`` (left out of the counts), ``not a noun here``
            (present, but Kiwi tags it otherwise, e.g. as a verb stem), ``inside longer words``
            (only as part of other morphemes, 시장 in a 서울시장 Kiwi keeps whole, or of a
            compound the counts count whole, 주민 in 주민센터), or
            ``not in the text``.
        note: the status as a sentence, with counts and examples.
    One row per distinct term, in the order given.
    """
    stop = NEWS_STOPWORDS | frozenset(stopwords)
    whole = term_tokens(tokens, stopwords=stopwords)
    spans = tokens.groupby("sentence").agg(start=("start", "min"), end=("end", "max"))
    body = [article.text[s:e] for s, e in zip(spans["start"], spans["end"])]
    rows = []
    for term in dict.fromkeys(terms):
        target = "".join(term.split())
        matches = term_matches(tokens, term=term)
        counted = len(_counted(tokens, term, whole))
        # Spaces anywhere, as term_matches ignores them: ICT혁신 is also ICT 혁신.
        pattern = re.compile(r"\s*".join(map(re.escape, target))) if target else None
        found = [m for text in body for m in pattern.finditer(text)] if pattern else []
        if counted:
            status, note = "found", _times(counted)
        elif len(matches) and target in stop:
            status, note = (
                "stopword",
                f"a stopword, left out of the counts ({_times(len(matches))} in the text)",
            )
        elif len(matches) and matches["tag"].isin(TERM_TAGS).all():
            inside = whole[
                whole["start"].le(matches["start"].iloc[0])
                & whole["end"].ge(matches["end"].iloc[0])
            ]
            example = inside["term"].iloc[0] if len(inside) else target
            status, note = (
                "inside longer words",
                f"in the text {_times(len(matches))}, only inside compounds such as «{example}»",
            )
        elif len(matches):
            tags = ", ".join(sorted(set(matches["tag"])))
            status, note = (
                "not a noun here",
                f"in the text {_times(len(matches))}, but tagged {tags}, not as a noun (NNG, NNP, SL)",
            )
        elif found:
            example = re.search(r"\S*" + pattern.pattern + r"\S*", found[0].string).group()
            status, note = (
                "inside longer words",
                f"in the text {_times(len(found))}, only inside longer words such as «{example}»",
            )
        else:
            status, note = "not in the text", "not in the title, headings or body"
        rows.append((term, len(matches), counted, len(found), status, note))
    return pd.DataFrame(
        rows, columns=["term", "occurrences", "counted", "in_text", "status", "note"]
    )


def _times(n: int) -> str:
    return "once" if n == 1 else f"{n} times"
