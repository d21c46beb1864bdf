"""What a layouts test compares of an article's body: its paragraphs' texts, section after section."""


def body(article) -> list[str]:
    return [p.text for s in article.sections for p in s.paragraphs]
