"""An invented corpus with planted themes: four topics across three outlets and six months.

Every article is invented from the templates below (names, outlets and events are made up), in
the shape of a wire story: title, 입력 date line, ``(가람=한빛일보) 김기자 기자 =`` dateline. Each
theme has its own words; each theme's first sentence plants a related pair (반도체 with 수출 in
one sentence, 백신 with 접종, 후보 with 토론회, 태풍 with 피해) among words every theme uses
(올해, 정부); each article names two people together in one sentence (planted edges), and 누리신문's
election stories name a minister of the chips stories in a sentence of his own.
``python tests/themes.py`` writes the corpus to ``tests/corpora/themes``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from folders import written

FOLDER = Path(__file__).parent / "corpora" / "themes"
OUTLETS = ("한빛일보", "가람뉴스", "누리신문")
MONTHS = ("2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06")
# theme: (title, planted sentence, people sentence, the theme's other sentences)
THEMES = {
    "chips": (
        "반도체 수출 다시 늘어",
        "올해 반도체 수출이 크게 늘었다고 정부가 밝혔다.",
        "김민준 장관과 정하늘 사장은 공장을 함께 둘러봤다.",
        (
            "공장 가동률이 높아지면서 기업 실적도 좋아졌다.",
            "업계는 설비 투자와 생산을 늘릴 계획이다.",
            "메모리 가격이 오르자 기업들은 생산 설비를 늘렸다.",
            "공장 증설에 필요한 전력과 용수가 과제로 꼽힌다.",
        ),
    ),
    "vaccines": (
        "백신 접종 병원마다 붐벼",
        "올해 백신 접종이 시작됐다고 정부가 밝혔다.",
        "이서연 교수와 한지호 원장은 병원 현장을 설명했다.",
        (
            "병원마다 환자가 몰려 의사들이 밤늦게까지 진료했다.",
            "의사들은 부작용 사례를 꼼꼼히 살폈다.",
            "환자 상담 창구에는 예약 문의가 이어졌다.",
            "보건소 간호사들도 병원 진료를 도왔다.",
        ),
    ),
    "election": (
        "후보 토론회 열기 후끈",
        "올해 후보 토론회가 처음 열렸다고 정부가 밝혔다.",
        "박지훈 후보와 최유진 후보는 유세 일정을 나란히 발표했다.",
        (
            "선거를 앞두고 정당마다 공약 발표가 이어졌다.",
            "유권자들은 투표 날짜와 투표소 위치를 확인했다.",
            "정당 지지율 조사에서 격차가 좁혀졌다.",
            "선거 관리 당국은 투표 참여를 독려했다.",
        ),
    ),
    "storm": (
        "태풍 지나간 마을 복구 한창",
        "올해 태풍 피해가 컸다고 정부가 밝혔다.",
        "윤재석 시장과 오민서 의원은 마을 복구 현장을 찾았다.",
        (
            "주민들은 무너진 담장과 지붕 복구에 나섰다.",
            "해안 마을 주민 대피소에는 구호 물품이 도착했다.",
            "침수된 농경지 복구에 자원봉사자들이 힘을 보탰다.",
            "주민 대피 명령은 이튿날 해제됐다.",
        ),
    ),
}
# 누리신문's election stories name the minister too, apart: an edge of articles, not sentences.
GUEST = "김민준 장관도 이날 토론회를 지켜봤다."
REPORTERS = {"한빛일보": "김기자", "가람뉴스": "이기자", "누리신문": "박기자"}


def articles() -> dict[str, str]:
    """File name -> text of every article, in name order; the same on every call."""
    chosen = random.Random(28)
    found = {}
    for number, (theme, month, outlet) in enumerate(
        (t, m, o) for t in THEMES for m in MONTHS for o in OUTLETS
    ):
        title, planted, people, others = THEMES[theme]
        day = 1 + number % 27
        body = [planted, *chosen.sample(others, 2), people, chosen.choice(others)]
        if theme == "election" and outlet == "누리신문":
            body.append(GUEST)
        dateline = f"(가람={outlet}) {REPORTERS[outlet]} 기자 = "
        text = f"{title}\n입력 {month.replace('-', '.')}.{day:02d} 09:00\n{dateline}" + "\n".join(
            body
        )
        found[f"{month}-{day:02d}-{outlet}-{theme}.txt"] = text + "\n"
    return dict(sorted(found.items()))


def write(folder: Path = FOLDER) -> None:
    written(folder, articles())


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else FOLDER)
