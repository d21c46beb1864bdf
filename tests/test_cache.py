"""The token cache: a kept table is read back identical without Kiwi; a stale, corrupt or
half-written entry is never trusted; the folder is the user's to find and clear."""

import dataclasses
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import kornews
from kornews import cache, read_article, tokenize

TESTS = Path(__file__).resolve().parent
FIXTURES = sorted((TESTS / "articles").glob("*.txt")) + sorted(
    p for p in (TESTS / "layouts").iterdir() if p.suffix in (".txt", ".html")
)
GOLD = sorted((TESTS / "gold").glob("*/*.txt"))


def entries(folder: Path) -> list[Path]:
    return sorted((folder / "tokens").rglob("*.npz"))


def same(kept: pd.DataFrame, made: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(kept, made, check_exact=True)
    assert kept.dtypes.to_dict() == made.dtypes.to_dict()


@pytest.mark.parametrize("path", FIXTURES + GOLD, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_kept_table_is_read_back_identical_without_kiwi(path, kiwi_calls, token_cache):
    article = read_article(path)
    made = tokenize(article)
    assert len(kiwi_calls) == 1 and len(entries(token_cache)) == 1
    same(tokenize(article), made)
    assert len(kiwi_calls) == 1  # the second read made no Kiwi pass


def test_an_empty_table_keeps_its_columns(kiwi_calls):
    article = dataclasses.replace(read_article("제목만\n"), parts=())
    made = tokenize(article)
    same(tokenize(article), made)
    assert made.empty and list(made.columns) == kornews.tokens.TOKEN_COLUMNS


def test_the_seed_read_twice_goes_through_kiwi_once(seed, seed_tokens, kiwi_calls):
    same(tokenize(seed), seed_tokens)
    same(tokenize(seed), seed_tokens)
    assert kiwi_calls == [kiwi_calls[0]]


def test_another_dictionary_is_another_entry(seed, kiwi_calls, token_cache):
    with_words = tokenize(seed)
    without = tokenize(seed, dictionary=None)
    assert len(kiwi_calls) == 2 and len(entries(token_cache)) == 2
    # 제로페이 is one word only with the dictionary.
    assert "제로페이" in set(with_words["form"]) and "제로페이" not in set(without["form"])


@pytest.mark.parametrize(
    "damage",
    [b"", b"not a zip file", b"PK\x03\x04 cut short"],
    ids=["empty", "garbage", "truncated"],
)
def test_a_corrupt_entry_is_ignored_and_rewritten(
    seed, seed_tokens, kiwi_calls, token_cache, damage
):
    tokenize(seed)
    [entry] = entries(token_cache)
    entry.write_bytes(damage)
    same(tokenize(seed), seed_tokens)
    assert len(kiwi_calls) == 2
    same(tokenize(seed), seed_tokens)  # rewritten whole: read back without Kiwi
    assert len(kiwi_calls) == 2


def test_an_entry_naming_another_key_is_not_trusted(seed, seed_tokens, kiwi_calls, token_cache):
    other = read_article("다른 기사\n전혀 다른 내용이다.\n")
    tokenize(other)
    [other_entry] = entries(token_cache)
    tokenize(seed)
    [seed_entry] = [e for e in entries(token_cache) if e != other_entry]
    # The other article's table under the seed's name: read, its key does not match, redone.
    seed_entry.write_bytes(other_entry.read_bytes())
    same(tokenize(seed), seed_tokens)
    assert len(kiwi_calls) == 3


def test_an_entry_missing_a_column_is_not_trusted(seed, seed_tokens, kiwi_calls, token_cache):
    tokenize(seed)
    [entry] = entries(token_cache)
    with np.load(entry) as stored:
        kept = {name: stored[name] for name in stored.files if name != "lemma"}
    with entry.open("wb") as out:
        np.savez(out, **kept)
    same(tokenize(seed), seed_tokens)
    assert len(kiwi_calls) == 2


def test_the_key_changes_with_the_code_and_versions(monkeypatch):
    key = cache.entry_key(["텍스트"])
    assert key == cache.entry_key(["텍스트"]) and key != cache.entry_key(["텍스트 "])
    monkeypatch.setattr(cache, "_fingerprint", lambda: "another kiwipiepy")
    assert cache.entry_key(["텍스트"]) != key


def test_writers_at_once_leave_one_whole_entry(token_cache):
    columns = {"form": np.array(["가", "나"] * 5000), "start": np.arange(10000)}
    key = cache.entry_key(["at once"])
    writers = [threading.Thread(target=cache.store, args=(key, columns)) for _ in range(8)]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join()
    kept = cache.load(key, ["form", "start"])
    assert (kept["form"] == columns["form"]).all() and (kept["start"] == columns["start"]).all()
    assert [p.suffix for p in (token_cache / "tokens").rglob("*") if p.is_file()] == [".npz"]


def test_a_corpus_sends_only_the_articles_not_kept_to_kiwi(kiwi_calls, monkeypatch):
    kept, fresh = read_article(FIXTURES[0]), read_article(FIXTURES[1])
    with monkeypatch.context() as off:
        off.setenv("KORNEWS_CACHE", "off")
        alone = tokenize(fresh)
    tokenize(kept)
    kiwi_calls.clear()
    done = list(kornews.tokenized([kept, fresh, kept]))
    assert kiwi_calls == [len(kornews.tokens._pieces(fresh))]
    same(done[1][1], alone)
    assert [article.name for article, _ in done] == [kept.name, fresh.name, kept.name]


def test_off_keeps_nothing(seed, kiwi_calls, token_cache, monkeypatch):
    monkeypatch.setenv("KORNEWS_CACHE", "off")
    tokenize(seed)
    tokenize(seed)
    assert len(kiwi_calls) == 2 and not entries(token_cache)


def test_an_unwritable_folder_is_skipped(seed, seed_tokens, tmp_path, monkeypatch):
    (tmp_path / "file").write_text("not a folder")
    monkeypatch.setenv("KORNEWS_CACHE", str(tmp_path / "file"))
    same(tokenize(seed), seed_tokens)


def test_the_folder_is_the_users_cache_unless_named(monkeypatch, tmp_path):
    monkeypatch.delenv("KORNEWS_CACHE")
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert cache.cache_folder() == tmp_path / ".cache" / "kornews"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_folder() == tmp_path / "xdg" / "kornews"
    monkeypatch.setenv("KORNEWS_CACHE", str(tmp_path / "mine"))
    assert cache.cache_folder() == tmp_path / "mine"


def test_the_command_prints_and_clears_the_folder(seed, token_cache):
    tokenize(seed)
    tokenize(read_article("다른 기사\n다른 내용이다.\n"))

    def command(*args):
        done = subprocess.run(
            [sys.executable, "-m", "kornews", "cache", *args],
            capture_output=True,
            text=True,
            check=True,
        )
        assert not done.stderr
        return done.stdout

    assert command() == f"{token_cache}: 2 token tables\n"
    assert command("--clear") == f"{token_cache}: removed 2 token tables\n"
    assert not entries(token_cache) and command() == f"{token_cache}: 0 token tables\n"
