"""The rows of the closing run, in the order they are tried: the sign-offs (signatures, bylines,
contacts, credits) before the notices (copyright, imprints, related links, promotions)."""

from __future__ import annotations

from .notices import NOTICES
from .record import Layout
from .signoffs import SIGNOFFS

CLOSING: tuple[Layout, ...] = SIGNOFFS + NOTICES
