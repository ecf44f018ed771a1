"""Terminal escape sequences and control characters: removed from questions before
matching and from every piece of text before it is printed."""

from __future__ import annotations

import re

# Terminal escape sequences (CSI, OSC, other ESC forms), then any remaining control
# character except newline and tab, and the invisible bidirectional overrides.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"
    r"|\x1b[@-Z\\-_]?|\x9b[0-?]*[ -/]*[@-~]"
)
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def strip_controls(text: str) -> str:
    """Text with terminal escape sequences and control characters removed."""
    return _CONTROLS.sub("", _ESCAPES.sub("", text))
