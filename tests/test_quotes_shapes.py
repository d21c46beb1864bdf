"""Speaker and quotation shapes the open batches missed (issue 22), each on an invented text in the
real shape: the shape, not the batch, names the test."""

import pytest

from kornews import tables
from quote_rows import quotes_of


def _quote_words(role: str) -> list:
    return [row for row in tables.table("quote_words.tsv") if row.role == role]


def test_a_subject_on_a_title_opening_the_sentence_says_the_reported_clause():
    # 김철수 가상시장 겸 가상협의회 회장이 …만나 …겠다고 말했다: he says it, and the clause starts
    # after him.
    table = quotes_of(
        "가상시 예산 간담회\n\n"
        "[가상=가상일보 홍길동 기자] 김철수 가상시장 겸 가상협의회 회장이 가상대 학생들과 만나 "
        "내년 예산을 크게 늘리겠다고 21일 말했다.\n"
    )
    assert table["speaker"].tolist() == ["김철수"]
    assert table["text"].iloc[0].startswith("가상대 학생들과")


def test_a_subject_on_a_group_word_says_the_reported_clause_as_a_source_without_a_name():
    table = quotes_of(
        "가상시 소식\n\n"
        "가상사건으로 재판에 넘겨진 활동가에 대해 시민단체가 무죄를 선고해야 한다고 촉구했다.\n"
    )
    assert table["attribution"].tolist() == ["시민단체"]
    assert table["anonymous"].tolist() == [True]
    assert table["text"].iloc[0] == "무죄를 선고해야 한다"


def test_a_group_word_after_the_topic_is_the_reported_clauses_own_subject():
    # A씨는 …인지? 주민들이 …다고 주장했다: Kiwi cuts the sentence at ?, A씨 still speaks.
    table = quotes_of(
        "가상구 소식\n\n"
        "발언대에서 A씨는 구청장을 사퇴하라는 것은 말이 되는 것인지? "
        "주민들이 지금까지 방관해 왔기 때문에 사태가 나빠졌다고 주장했다.\n"
    )
    assert table["attribution"].iloc[0] == "A씨"


def test_a_surname_glued_to_a_title_is_the_one_with_that_surname_not_the_last_with_the_title():
    # 홍길동 한인회장은 … 김철수 평통회장도 …. 홍회장은 …: 홍길동, not the last 회장 named.
    table = quotes_of(
        "가상 한인회 송년의 밤\n\n"
        "홍길동 한인회장은 환영인사에서 김철수 평통회장도 1.5세 한인이라며 세대교체를 이룬 일은 "
        "큰 의미가 있다고 소개했다. 홍회장은 한인 정치인의 당선이 한인사회에 도움을 줄 것이라고 "
        "강조했다.\n"
    )
    assert table["speaker"].tolist() == ["홍길동"] * 3
    assert table["attribution"].iloc[-1] == "홍회장"
    assert not table["anonymous"].any()


def test_a_surname_glued_to_a_title_is_the_name_glued_to_that_title_before():
    # 가상동 출신 홍길동회장이 …. 홍회장은 “…”: the name printed onto its title.
    table = quotes_of(
        "가상향우회 총회\n\n가상향우회는 가상동 출신 홍길동회장이 신임 회장에 선임됐다고 밝혔다.\n\n"
        '홍회장은 "회원 간 결속을 다지겠다"고 말했다.\n'
    )
    assert table["speaker"].iloc[-1] == "홍길동"


def test_a_profiles_gloss_after_a_quotation_closing_its_sentence_names_the_speaker():
    # “…하겠습니다.” 홍길동 가상면장, 55세, … 출신: the profile's label says who said it.
    table = quotes_of(
        "가상면장 인터뷰\n\n1990-07-26 가상신문\n\n"
        "“정직하고 건강한 행정이 되도록 힘쓰겠습니다.” 홍길동 가상면장, 55세, 가상면 가상리 출신, "
        "가상초등학교 졸업, 7월 1일 가상면장 자리에 앉게 되었다. 시간이 나면 농사일을 돕는다. "
        "“가상면은 평야지대이기 때문에 농업을 발전시키겠습니다.”\n"
    )
    assert table["speaker"].tolist() == ["홍길동", "홍길동"]


def test_a_quotation_opening_a_section_is_said_by_the_next_subject_with_a_bracket_after_its_name():
    # ◆ … / “…” / 이날 총회에서 홍길동(가상치과) 원장이 신임회장으로 선임됐다.
    table = quotes_of(
        "가상치과협회 정기총회\n\n가상치과협회가 지난 4일 정기총회를 열었다.\n\n◆ 새 회장의 다짐\n\n"
        "“협회가 50주년을 맞는 올해에 기념 책자를 발행할 예정입니다. 다양한 홍보 활동도 "
        "하겠습니다.”\n\n이날 총회에서 홍길동(가상치과) 원장이 신임회장으로 선임됐다.\n"
    )
    assert table["speaker"].tolist() == ["홍길동"]


def test_a_one_syllable_name_written_apart_keeps_its_name_with_a_body_before_the_title():
    # 윤 리 가상문화원 이사는 “…”: 윤 리, as printed (이 심 회장 without the body).
    table = quotes_of(
        "가상한인회 신년하례식\n\n가상한인회가 신년하례식을 열었다. "
        "윤 리 가상문화원 이사는 “각자 다양한 활동을 하자”고 말했다.\n"
    )
    assert table["speaker"].tolist() == ["윤 리"]


def test_a_sentence_in_marks_a_noun_for_words_said_takes_is_a_quotation():
    # “…”는 제목으로 기사를 실었다, “…”라는 식의 질타: no reporting verb, the topic before says it.
    table = quotes_of(
        "가상시 예산 논란\n\n"
        "가상일보는 “시장이 사퇴를 거부했다.”는 제목으로 기사를 실었다.\n\n"
        "가상시의회 홍길동 의원은 “예산 집행이 너무 늦다”라는 식의 질타를 이어갔다.\n"
    )
    assert table[["kind", "speaker"]].values.tolist() == [
        ["direct", "가상일보"],
        ["direct", "홍길동"],
    ]


def test_whose_words_a_noun_after_the_marks_says_they_are_speaks():
    # “…”는 김철수 가상시장의 발언에도: the genitive names the speaker; “…”는 게 그의 설명이다: 그
    # is the one named before.
    table = quotes_of(
        "가상시 예산 논란\n\n"
        "다만 “모든 약속을 지켰다”는 김철수 가상시장의 발언에도 불구하고 주민들은 반대했다.\n\n"
        "박영희 교수는 예산이 부족하다고 말했다. “주민들도 이제 불안해한다”는 게 그의 설명이다.\n\n"
        "홍길동 차장은 “관심을 부탁한다”는 당부의 말을 남겼다.\n"
    )
    assert table[["kind", "speaker"]].values.tolist() == [
        ["direct", "김철수"],
        ["indirect", "박영희"],
        ["direct", "박영희"],
        ["direct", "홍길동"],  # 당부의 말: what the words are, not whose
    ]
    assert table["attribution"].tolist()[::2] == ["김철수 가상시장", "그"]


def test_a_question_marked_with_an_arrow_after_an_announced_q_and_a_is_answered():
    # 다음은 일문일답이다. / ▶본인을 소개한다면 / …: the arrow marks the question, ? or not.
    table = quotes_of(
        "가상농협 조합장 선거 인터뷰\n\n"
        "홍길동 후보 예정자는 출마를 선언했다. 다음은 일문일답이다.\n\n"
        "▶본인을 소개한다면\n\n"
        "30년 동안 가상면에서 농사를 지으며 조합원들의 어려움을 들어왔습니다.\n\n"
        "▶출마의 변\n\n"
        "저는 조합원이 주인인 농협을 만들겠습니다.\n"
    )
    assert table[["kind", "speaker"]].values.tolist() == [["direct", "홍길동"]] * 2
    assert table["text"].iloc[1].startswith("저는 조합원이")


def test_words_glued_to_the_speakers_topic_are_a_quotation_whose_marks_the_page_dropped():
    # 홍길동 회장은그동안 …: no writer glues 은 to the next word; the words run to the paragraph's
    # end, or to the clause a reporting verb takes (…기원한다고 밝혔다).
    table = quotes_of(
        "가상 한인의 날\n\n"
        "가상한인회 홍길동 회장은그동안 미뤄진 행사를 열게 되어 기쁘다. 여러분께 감사의 말씀을 "
        "드린다.\n\n"
        "또한 가상학교의 김철수 교장은고등학교는 내년에 완공됩니다. 여러분의 도움이 필요합니다. "
        "학교의 발전을 기원한다고 밝혔다.\n\n"
        "홍길동 회장은 행사를 열었다.\n"
    )
    assert table[["kind", "speaker", "verb"]].fillna("").values.tolist() == [
        ["direct", "홍길동", ""],
        ["direct", "김철수", "밝히다"],
    ]
    assert table["text"].str.startswith(("그동안", "고등학교는")).all()
    assert table["text"].iloc[1].endswith("발전을 기원한다")


def test_a_doubled_single_mark_and_a_diaeresis_stand_for_double_marks():
    # ''…''고 말했습니다 and ¨…¨고 말했다: pages that type their marks so.
    table = quotes_of(
        "가상 소식\n\n"
        "홍길동 장관은 ''대화는 정치적 쇼가 아니라 평화를 위한 것이어야 한다''고 말했습니다.\n\n"
        "가상군 관계자는 ¨많은 농업인이 참여해 새해 농사를 설계하는 계기가 됐으면 한다¨고 말했다.\n"
    )
    assert table[["kind", "speaker", "verb"]].values.tolist() == [
        ["direct", "홍길동", "말하다"],
        ["direct", "가상군 관계자", "말하다"],
    ]
    assert table["text"].iloc[0] == "대화는 정치적 쇼가 아니라 평화를 위한 것이어야 한다"


def test_a_gathering_as_the_topic_is_no_speaker():
    # 이어진 대화의 시간은 …가졌으며, 이 자리에서 김철수 이장은 …건의했다: the gathering is what the
    # sentence tells of; the topic after it speaks.
    table = quotes_of(
        "가상군 소식\n\n"
        "이어진 대화의 시간은 마을회관에서 가졌으며, 이 자리에서 김철수 이장은 다리가 낡았다면서 "
        "다리를 고쳐 달라고 건의했다.\n\n"
        "이번 현장간담회는 경찰관들의 의견을 청취하며 신뢰받는 경찰이 되자고 당부했다.\n"
    )
    assert table["speaker"].iloc[:2].tolist() == ["김철수", "김철수"]
    assert "간담회" not in str(table["attribution"].iloc[2])


def test_the_owner_of_a_noun_for_words_said_before_the_marks_speaks():
    # 가상군 관계자의 돌아오는 해답은 “…”: the genitive says whose; 하고 싶은 말은 “…”: no one's.
    table = quotes_of(
        "가상읍 소식\n\n"
        "민원을 수천 번 넣어도 가상군 관계자의 돌아오는 해답은 “저희가 해 드릴 수 있는 게 "
        "없습니다”라고 말했다.\n"
    )
    assert table[["attribution", "anonymous"]].values.tolist() == [["가상군 관계자", True]]


def test_a_transcript_labelled_by_names_gives_each_line_to_the_name():
    # 홍길동 기자 ː …? / 김철수 시민 ː … / 가상상회 박영희 ː …: ː for a colon; the asker's lines none.
    table = quotes_of(
        "가상시장 설맞이 풍경\n\n"
        "홍길동 기자 ː 어떤 물건을 사러 오셨나요?\n\n"
        "김철수 시민 ː 생선을 사러 왔어요. 여기가 싸거든요.\n\n"
        "홍길동 기자 : 손님이 많이 왔나요?\n\n"
        "가상상회 박영희 ː 네 많이 왔어요.\n"
    )
    assert table[["kind", "speaker"]].values.tolist() == [
        ["direct", "김철수"],
        ["direct", "박영희"],
    ]
    assert table["text"].iloc[0] == "생선을 사러 왔어요. 여기가 싸거든요."


def test_a_name_kiwi_tags_a_syllable_of_as_an_adverb_stays_in_the_speakers_phrase():
    # 박+창+욱/MAG 부산시약사회장은 “…”: the entities read 박창욱; the phrase is not the title alone.
    table = quotes_of("가상 소식\n\n박창욱 부산시약사회장은 “위기를 계기로 삼자”고 격려했다.\n")
    assert table[["speaker", "anonymous"]].values.tolist() == [["박창욱", False]]


def test_the_person_the_sentence_before_introduces_as_its_topic_speaks():
    # 재판을 맡은 홍길동 판사는 소회를 밝혔다. / …다고 말했다: the judge, not the court quoted before.
    table = quotes_of(
        "가상 재판 소식\n\n"
        "재판부는 범행 결과가 무겁다고 지적했다.\n\n"
        "재판을 맡은 홍길동 판사는 이례적으로 소회를 밝히기도 했다.\n\n"
        "판결문을 여러 번 고쳐 썼다고 말했다.\n"
    )
    assert table["speaker"].tolist() == ["재판부", "홍길동"]


def test_whom_a_clause_is_said_to_is_no_part_of_it():
    # 김철수 의원은 홍길동 군수에게 …다고 따졌다: the clause starts after 군수에게.
    table = quotes_of(
        "가상군의회 소식\n\n김철수 의원은 홍길동 군수에게 지난 7년간 현상유지만 했다고 따졌다.\n"
    )
    assert table["text"].tolist() == ["지난 7년간 현상유지만 했다"]


def test_a_name_alone_in_brackets_says_the_line_under_it_not_a_roles():
    # [김철수] / …: a transcript's answer; [기자] / … is the reporter's narration, and the anchor's
    # question the page prints under the answer is no answer.
    table = quotes_of(
        "가상방송 대담\n\n"
        "[앵커]\n가상대가 새 총장을 뽑았습니다. 김철수 가상대 총장과 연결되어 있습니다.\n"
        "[기자]\n가상시는 오늘 예산을 발표했습니다.\n"
        "[김철수]\n안녕하십니까.\n"
        "총장님, 소감이 어떻습니까?\n"
        "[김철수]\n학생들과 함께 대학을 바꾸겠습니다.\n"
    )
    assert table[["text", "speaker"]].values.tolist() == [
        ["안녕하십니까.", "김철수"],
        ["학생들과 함께 대학을 바꾸겠습니다.", "김철수"],
    ]


def test_an_answer_marked_with_a_dash_under_a_ruled_question_leaves_the_dash_out():
    # △당선 소감은? / -기쁩니다.: the dash marks the answer, as = does.
    table = quotes_of(
        "가상대 홍길동 총장 인터뷰\n\n"
        "가상대 홍길동 총장을 만났다.\n\n"
        "△당선 소감은?\n\n"
        "-구성원들의 뜻을 잘 헤아려 기쁩니다.\n\n"
        "△임기 동안 하고 싶은 일은?\n\n"
        "-대학을 하나로 모으겠습니다.\n"
    )
    assert table["text"].tolist() == [
        "구성원들의 뜻을 잘 헤아려 기쁩니다.",
        "대학을 하나로 모으겠습니다.",
    ]
    assert table["speaker"].tolist() == ["홍길동", "홍길동"]


def test_a_bite_in_marks_under_its_caption_is_said_whole_a_sentence_or_not():
    # [홍길동/가상시 대변인 (지난 6월 20일)] / “네, 영상 잠깐 정리하고‥”: cut off, still said.
    table = quotes_of(
        "가상시 브리핑\n\n"
        "브리핑 뒤 질문을 할 때엔 카메라가 꺼졌습니다.\n"
        "[홍길동/가상시 대변인 (지난 6월 20일)]\n"
        "“네, 영상 잠깐 정리하고‥”\n"
        "오늘 브리핑은 달랐습니다.\n"
    )
    assert table[["text", "speaker"]].values.tolist() == [["네, 영상 잠깐 정리하고‥", "홍길동"]]


def test_the_topic_after_a_closed_report_speaks_the_next_reported_clause():
    # 김철수 의원은 …다고 목소리를 높였고, 이 의원은 …할 것을 촉구했다: 이 의원 is 이영희.
    table = quotes_of(
        "가상군의회 소식\n\n"
        "김철수 의원과 이영희 의원이 질문에 나섰다. 김 의원은 군민을 위해 적극 뛰어야 한다고 "
        "목소리를 높였고, 이 의원은 악취 문제를 군이 나서서 해결할 것을 촉구했다.\n"
    )
    assert table["speaker"].tolist() == ["김철수", "이영희"]


@pytest.mark.parametrize("row", _quote_words("speech"), ids=lambda r: r.word)
def test_words_whose_opening_mark_the_page_dropped_start_after_the_speech(row):
    # 홍길동 회장은 인사말을 통해 …하겠다.”고 말했다: the words from after 통해 to the closing mark.
    table = quotes_of("가상 소식\n\n" + row.example + "\n")
    assert table[["kind", "speaker", "verb"]].values.tolist() == [["direct", "홍길동", "말하다"]]
    assert table["text"].tolist() == ["회원들과 함께 하겠다."]


def test_a_hyphen_inside_a_name_keeps_the_speakers_phrase_whole():
    # 홍길동 가상도 4-H본부 회장은 “…”: Kiwi cuts 4 - H; the phrase is not `H본부 회장`.
    table = quotes_of(
        "가상 소식\n\n김철수 4-H본부 회장은 “청년 농업인이 농촌의 미래다”라고 말했다.\n"
    )
    assert table[["speaker", "attribution"]].values.tolist() == [["김철수", "김철수 4-H본부 회장"]]
