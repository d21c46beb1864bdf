"""A row of the layout table: a form a line can take, and its compiled pattern."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True)
class Layout:
    name: str
    kind: str
    places: tuple[str, ...]
    pattern: str
    example: str

    @cached_property
    def regex(self) -> re.Pattern:
        return re.compile(self.pattern)
