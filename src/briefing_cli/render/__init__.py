"""Output formats: one module per format, all fed the same result objects."""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import TextIO


class Format(str, Enum):
    """How output is written."""

    rich = "rich"
    plain = "plain"
    markdown = "markdown"
    json = "json"


def default_format(stream: TextIO, environ: Mapping[str, str]) -> Format:
    """Rich on a capable terminal (or when FORCE_COLOR asks for it), plain text otherwise."""
    if environ.get("FORCE_COLOR"):
        return Format.rich
    isatty = getattr(stream, "isatty", None)
    if not (isatty and isatty()):
        return Format.plain
    if environ.get("TERM") == "dumb":
        return Format.plain
    return Format.rich
