"""Folders of invented articles written for a test, and their articles read and tokenized."""

from pathlib import Path

import kornews


def written(folder: Path, texts: dict[str, str]) -> Path:
    """``folder`` (made if need be) with each text of ``texts`` written under its file name."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def tokenized_folder(folder: Path, texts: dict[str, str]) -> list:
    """The ``(article, tokens)`` pairs of ``texts`` written in ``folder``, read as a corpus."""
    return list(kornews.tokenized(kornews.read_corpus(written(folder, texts))))
