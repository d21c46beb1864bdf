"""Near-duplicates and reuse of a source text on a generated corpus with planted relations.

    .venv/bin/python benchmarks/copies.py                    # accuracy, then cost on 10k and 30k
    .venv/bin/python benchmarks/copies.py --cost 100000      # cost on these sizes only
    .venv/bin/python benchmarks/copies.py --no-cost          # accuracy only

Accuracy: invented stories of local-government programmes (a city, a group, sums, dates, an
official's quote, each drawn at random) in the wire desk's wording. Each story is sent as an
original, sometimes an exact copy, light edits (sentences dropped or reordered, a verb
swapped, a new lead) and a rewrite by another desk (the same facts in other sentences, the quote
and one sentence kept). Unrelated stories share the topic and the sentence shapes. Every pair
within a story is a planted pair; its relation is ``exact`` (identical), ``rewrite`` (one side
is the rewrite) or ``edit``. Scored: precision and recall of :func:`kornews.duplicates`' pairs,
the relation of the pairs found, and the separation of character and morpheme shingles (exact
Jaccard of planted pairs against unrelated ones of the same topic). Reuse: articles built of
k of a press release's sentences (some with a verb swapped) and of sentences of their own, at
known shares, aligned by :func:`kornews.reuse`.

Cost: articles of invented words (a thousand topics, each its own vocabulary; one in twenty
an edited copy), made and parsed on the fly; articles per second and peak memory (VmHWM) in a
child process per size.
"""

from __future__ import annotations

import argparse
import itertools
import random
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

import kornews
from kornews.duplicates import body, find_pairs, shingles

SEED = 27
CITIES = [a + b + "시" for a in "가나다라마바사아자차" for b in "온솔빛들별담"]
GROUPS = ["청년", "노인", "소상공인", "신혼부부", "장애인", "한부모 가정", "대학생", "농업인"]
PROGRAMS = ["월세", "교통비", "난방비", "창업 자금", "통신비", "교육비", "의료비", "이자"]
PLACES = ["시 누리집", "주민센터", "구청 민원실", "행정복지센터"]
PARTNERS = ["지역 은행", "상공회의소", "복지재단", "대학", "신용보증재단"]
SURNAMES = "김이박최정강조윤장임"
GIVEN = ["하늘", "가람", "다온", "누리", "바다", "도윤", "서윤", "은별"]
# A quote is one of each: every story's official says something of their own.
QUOTE_PARTS = [
    ["이번 지원으로", "어려운 시기에", "올해부터", "현장의 목소리를 듣고", "예산이 허락하는 한"],
    ["시민 한 분 한 분의", "청년과 어르신의", "골목 상권의", "가계의", "아이 키우는 집의"],
    [
        "짐을 덜어 드리겠다",
        "숨통을 틔우겠다",
        "빈틈을 메우겠다",
        "내일을 챙기겠다",
        "버팀목이 되겠다",
    ],
]
# [a|b|c]: wording drawn once per story, so that unrelated stories of the topic say it differently.
WIRE = [
    "{city}[가|는] {group}의 [생활비|살림살이|주거비|가계] 부담을 [덜기|줄이기|낮추기] 위해 {program}를 "
    "[월|한 달에] {amount}만원씩 [최대 |]{months}개월[간| 동안] [지원한다고|주기로 했다고|나눠 준다고] "
    "{day}일 [밝혔다|발표했다|전했다].",
    "[지원 대상은|대상자는|혜택을 받는 사람은] {city}에 [사는|주소를 둔|거주하는] {group} {count}명[이다|으로 잡혔다|가량이다].",
    "[신청은|접수는] 다음달 {start}일[부터|에서] {end}일까지 {place}[에서 받는다|를 통해 한다|에서 할 수 있다].",
    "[소득 기준은|소득 요건은] [기준 |]중위소득 {income}% 이하[이다|여야 한다|로 정했다].",
    "[시는|{city}는] 이번 [사업에|정책에] [예산 |]{budget}억원을 [투입한다|들인다|편성했다].",
    '{official} {city}장은 "{quote}"[고 말했다|고 했다|며 의지를 보였다].',
    "[지원금은|돈은] [이르면 |]{pay}월부터 매달 {payday}일 [지급된다고|들어온다고|입금된다고] "
    "[시는|시 관계자는] [설명했다|전했다].",
    "{city}는 지난해 {last}명이 [비슷한|같은] 사업에 [신청해|몰려] {rate}%가 [혜택을 받았다고|지원을 받았다고] "
    "[덧붙였다|밝혔다].",
    "[시는|{city}는] {partner}[와 협약을 맺고|와 함께] 상담 [창구를|센터를] {windows}곳에 "
    "[설치할 예정이다|열기로 했다|둘 계획이다].",
]
DESK = [
    "{city}에 사는 {group}이라면 다음달부터 매달 {amount}만원의 {program} 지원을 {months}개월 동안 "
    "받게 됐다.",
    "{day}일 발표된 계획에 따르면 혜택을 보는 사람은 모두 {count}명으로 추산된다.",
    "{place} 접수 기간은 다음달 {start}일부터 {end}일까지로 정해졌다.",
    "들어가는 돈은 {budget}억원 규모이고, 중위소득 {income}% 이하라는 문턱이 있다.",
    "첫 돈은 {pay}월 {payday}일에 통장으로 들어온다.",
    "작년 비슷한 사업에는 {last}명이 몰렸으며 이 가운데 {rate}%가 돈을 받았다.",
    "{partner}와 손잡고 상담 창구 {windows}곳도 문을 연다.",
]
LEADS = [
    "{group} {count}명이 다음달부터 {program} 지원을 받는다.",
    "{city}의 {program} 지원이 다음달 시작된다.",
]
SWAPS = [
    ("밝혔다", "발표했다"),
    ("말했다", "강조했다"),
    ("받는다", "접수한다"),
    ("투입한다", "쓴다"),
]
# Sentences of an article's own (reuse benchmark): the reporter's additions, in no release.
OWN = [
    "현장에서는 신청 절차가 복잡하다는 지적이 나온다.",
    "한 시민단체는 지원 기간이 끝난 뒤의 대책도 필요하다고 주장했다.",
    "인근 지역에서도 비슷한 제도를 검토하고 있는 것으로 알려졌다.",
    "전문가들은 현금 지원보다 공급 확대가 먼저라고 입을 모은다.",
    "시의회 일부 의원은 예산 배분의 형평성을 문제 삼았다.",
    "지난달 조사에서 응답자 절반 이상이 생활비 부담을 호소했다.",
    "온라인 커뮤니티에는 신청 자격을 묻는 글이 이어졌다.",
    "정부도 하반기에 관련 제도를 손볼 계획이다.",
]


CHOICE = re.compile(r"\[([^\]]*)\]")


def vary(template: str, rng: random.Random) -> str:
    """``template`` with each ``[a|b|c]`` replaced by one of its choices."""
    return CHOICE.sub(lambda m: rng.choice(m.group(1).split("|")), template)


@dataclass(frozen=True)
class Planted:
    name: str
    story: int
    role: str  # original, exact, edit, rewrite, unrelated
    text: str


def facts(rng: random.Random) -> dict:
    return {
        "city": rng.choice(CITIES),
        "group": rng.choice(GROUPS),
        "program": rng.choice(PROGRAMS),
        "amount": rng.randrange(5, 50),
        "months": rng.choice([3, 6, 10, 12, 24]),
        "day": rng.randrange(1, 29),
        "count": f"{rng.randrange(1, 9)}만{rng.randrange(1, 10)}000",
        "start": rng.randrange(1, 10),
        "end": rng.randrange(15, 31),
        "place": rng.choice(PLACES),
        "income": rng.choice([50, 100, 120, 150, 180]),
        "budget": rng.randrange(20, 900),
        "official": rng.choice(SURNAMES) + rng.choice(GIVEN),
        "quote": " ".join(rng.choice(part) for part in QUOTE_PARTS),
        "pay": rng.randrange(1, 13),
        "payday": rng.randrange(1, 29),
        "last": rng.randrange(100, 9000),
        "rate": rng.randrange(20, 95),
        "partner": rng.choice(PARTNERS),
        "windows": rng.randrange(2, 40),
    }


def article(title: str, outlet: str, sentences: list[str], day: int) -> str:
    """An article in the wire layout: title, date line, ``(서울=OUTLET)`` dateline, one sentence a paragraph."""
    lead = f"(서울={outlet}) 기자 = " + sentences[0]
    return "\n\n".join([f"{title}\n2021-03-{day:02d} 10:00", lead, *sentences[1:]]) + "\n"


def edit(sentences: list[str], fact: dict, rng: random.Random) -> list[str]:
    """Light edits: a sentence or two dropped, two swapped, a verb swapped, sometimes a new lead."""
    kept = list(sentences)
    for _ in range(rng.choice([0, 1, 2])):
        kept.pop(rng.randrange(1, len(kept)))
    i = rng.randrange(1, len(kept) - 1)
    kept[i], kept[i + 1] = kept[i + 1], kept[i]
    old, new = rng.choice(SWAPS)
    kept = [s.replace(old, new, 1) for s in kept]
    if rng.random() < 0.5:
        kept.insert(0, rng.choice(LEADS).format(**fact))
    return kept


def stories(count: int, rng: random.Random) -> list[Planted]:
    """``count`` stories, each an original with its copies, edits and rewrite, or alone."""
    planted = []
    for story in range(count):
        fact = facts(rng)
        chosen = rng.sample(WIRE, k=rng.randrange(6, len(WIRE) + 1))
        wire = [vary(t, rng).format(**fact) for t in chosen]
        title = f"{fact['city']}, {fact['group']} {fact['program']} 월 {fact['amount']}만원 지원"
        versions = [("original", wire)]
        if story % 3 != 2:  # a third of the stories stand alone: the unrelated ones
            if rng.random() < 0.5:
                versions.append(("exact", wire))
            versions += [("edit", edit(wire, fact, rng)) for _ in range(rng.choice([1, 2]))]
            # The desk keeps the quote (or, without one, the lead) and two sentences.
            kept = ([s for s in wire if "장은" in s] or wire[:1])[:1] + wire[1:3]
            desk = [t.format(**fact) for t in rng.sample(DESK, k=5)]
            versions.append(("rewrite", desk[:1] + kept + desk[1:]))
        else:
            versions = [("unrelated", wire)]
        outlets = itertools.cycle(["연합뉴스", "뉴스1", "뉴시스", "아주경제"])
        for n, (role, sentences) in enumerate(versions):
            text = article(title, next(outlets), sentences, 1 + story % 28)
            planted.append(Planted(f"s{story:03d}-{n}-{role}", story, role, text))
    return planted


def truth(planted: list[Planted]) -> dict[tuple[str, str], str]:
    """Every planted pair (in corpus order) and its relation."""
    pairs = {}
    for _, group in itertools.groupby(planted, key=lambda p: p.story):
        for a, b in itertools.combinations(list(group), 2):
            if a.text == b.text or {a.role, b.role} == {"original", "exact"}:
                relation = "exact"
            else:
                relation = "rewrite" if "rewrite" in (a.role, b.role) else "edit"
            pairs[(a.name, b.name)] = relation
    return pairs


def parsed(planted: list[Planted]) -> list[kornews.Article]:
    return [kornews.parse_article(p.text, name=p.name) for p in planted]


def score_pairs(planted: list[Planted]) -> dict:
    planted_pairs = truth(planted)
    found = kornews.duplicates(parsed(planted))
    got = dict(zip(zip(found["article"], found["other_article"]), found["relation"]))
    right = set(got) & set(planted_pairs)
    same_relation = sum(got[p] == planted_pairs[p] for p in right)
    confusion = pd.crosstab(
        pd.Series([planted_pairs[p] for p in right], name="planted"),
        pd.Series([got[p] for p in right], name="found"),
    )
    return {
        "articles": len(planted),
        "planted pairs": len(planted_pairs),
        "found pairs": len(got),
        "precision": round(len(right) / len(got), 3) if got else 0.0,
        "recall": round(len(right) / len(planted_pairs), 3),
        "relation right": round(same_relation / len(right), 3) if right else 0.0,
        "confusion": confusion,
    }


def separation(planted: list[Planted]) -> pd.DataFrame:
    """Exact Jaccard of planted pairs by relation and of unrelated pairs of the same topic,
    for character 5-grams and for Kiwi morpheme 3-grams (form/tag)."""
    articles = parsed(planted)
    planted_pairs = truth(planted)
    chars = {a.name: shingles(body(a)) for a in articles}
    morphemes = {}
    for a, tokens in kornews.tokenized(articles):
        words = [
            f"{f}/{t}"
            for f, t, part in zip(tokens["form"], tokens["tag"], tokens["part"])
            if part == "paragraph"
        ]
        morphemes[a.name] = {"|".join(words[i : i + 3]) for i in range(len(words) - 2)}
    rows = []
    names = [a.name for a in articles]
    for unit, sets in (("characters (5)", chars), ("morphemes (3)", morphemes)):
        scores: dict[str, list[float]] = {}
        for a, b in itertools.combinations(names, 2):
            kind = planted_pairs.get((a, b), "unrelated")
            union = len(sets[a] | sets[b])
            scores.setdefault(kind, []).append(len(sets[a] & sets[b]) / union if union else 0.0)
        lowest_rewrite = min(scores["rewrite"])
        highest_unrelated = max(scores["unrelated"])
        # The chance that a rewrite pair scores above an unrelated pair of the topic (ROC AUC).
        ranks = pd.Series(scores["rewrite"] + scores["unrelated"]).rank()
        n, m = len(scores["rewrite"]), len(scores["unrelated"])
        auc = (ranks[:n].sum() - n * (n + 1) / 2) / (n * m)
        rows.append(
            {
                "shingles": unit,
                "edit min": round(min(scores["edit"]), 3),
                "rewrite min": round(lowest_rewrite, 3),
                "rewrite median": round(pd.Series(scores["rewrite"]).median(), 3),
                "unrelated max": round(highest_unrelated, 3),
                "unrelated median": round(pd.Series(scores["unrelated"]).median(), 3),
                "gap": round(lowest_rewrite - highest_unrelated, 3),
                "rewrite/unrelated AUC": round(auc, 4),
            }
        )
    return pd.DataFrame(rows)


def reuse_shares(rng: random.Random) -> pd.DataFrame:
    """Articles made of k sentences of one release and m of their own: planted against measured share."""
    fact = facts(rng)
    release = [vary(t, rng).format(**fact) for t in WIRE]
    texts = [kornews.parse_article(article("보도자료", "가상시", release, 1), name="release")]
    planted = {}
    for n, (k, m) in enumerate([(9, 0), (8, 2), (6, 2), (5, 5), (3, 5), (2, 6), (1, 7), (0, 6)]):
        reused = sorted(rng.sample(range(len(release)), k))
        sentences = [release[i] for i in reused]
        if sentences:
            old, new = rng.choice(SWAPS)
            sentences[0] = sentences[0].replace(old, new, 1)
        sentences += rng.sample(OWN, m)
        name = f"reuse-{n}"
        texts.append(kornews.parse_article(article("기사", "뉴스1", sentences, 2), name=name))
        planted[name] = k / (k + m)
    documents = kornews.tokenized(texts)
    measured = kornews.shares(pd.concat(kornews.reuse(next(documents), documents)))
    measured["planted"] = measured["article"].map(planted).round(3)
    measured["error (points)"] = ((measured["share"] - measured["planted"]) * 100).round(1)
    return measured[["article", "sentences", "planted", "share", "error (points)"]]


def invented_articles(count: int, rng: random.Random):
    """``count`` parsed articles of invented words: a thousand topics, one in twenty an edited copy."""
    syllables = [chr(0xAC00 + i * 28) for i in range(0, 399, 3)]
    topics = [
        ["".join(rng.choices(syllables, k=rng.randrange(2, 4))) for _ in range(60)]
        for _ in range(1000)
    ]
    endings = ["했다", "이다", "밝혔다", "예정이다", "전했다"]
    previous = None
    for n in range(count):
        if previous and n % 20 == 0:
            lines = previous.split("\n\n")
            text = "\n\n".join(lines[:-1])  # the last paragraph dropped
        else:
            words = topics[rng.randrange(len(topics))]
            paragraphs = [
                " ".join(rng.choices(words, k=12)) + " " + rng.choice(endings) + "."
                for _ in range(8)
            ]
            text = "제목\n\n" + "\n\n".join(paragraphs)
        previous = text
        yield kornews.parse_article(text, name=f"a{n}")


def cost_child(count: int) -> None:
    rng = random.Random(SEED)
    started = time.perf_counter()
    pairs = find_pairs(invented_articles(count, rng))
    seconds = time.perf_counter() - started
    status = Path("/proc/self/status").read_text(encoding="ascii").splitlines()
    peak = next(int(line.split()[1]) // 1024 for line in status if line.startswith("VmHWM"))
    print(f"{count}\t{seconds:.1f}\t{count / seconds:.0f}\t{peak}\t{len(pairs)}")


def cost(sizes: list[int]) -> None:
    print("\nCost (articles of invented words, made, parsed and searched in one child process)")
    print("articles\tseconds\tarticles/s\tpeak MB\tpairs found")
    for size in sizes:
        command = [sys.executable, __file__, "--child", str(size)]
        print(subprocess.run(command, capture_output=True, text=True, check=True).stdout, end="")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--stories", type=int, default=90, help="stories (default 90: ~250 articles)"
    )
    parser.add_argument("--cost", type=int, nargs="*", default=[10_000, 30_000])
    parser.add_argument("--no-cost", action="store_true")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        cost_child(args.child)
        return
    rng = random.Random(SEED)
    planted = stories(args.stories, rng)
    scores = score_pairs(planted)
    confusion = scores.pop("confusion")
    print("Near-duplicate pairs")
    for key, value in scores.items():
        print(f"  {key}: {value}")
    print(confusion.to_string())
    print("\nSeparation (exact Jaccard)")
    print(separation(planted).to_string(index=False))
    print("\nReuse of a press release")
    print(reuse_shares(rng).to_string(index=False))
    if not args.no_cost:
        cost(args.cost)


if __name__ == "__main__":
    main()
