"""kornews: parse, tokenize and analyse Korean news articles into tidy pandas tables."""

from .article import Article, ArticleError, Part, Section, decode, normalise, parse_article, parts_table, read_article
from .tokens import UserDictionary, get_kiwi, sentences, tokenize

__all__ = [
    "Article",
    "ArticleError",
    "Part",
    "Section",
    "UserDictionary",
    "decode",
    "get_kiwi",
    "normalise",
    "parse_article",
    "parts_table",
    "read_article",
    "sentences",
    "tokenize",
]
