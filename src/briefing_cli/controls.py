"""Terminal escape sequences and control characters: removed from questions before
matching and from every piece of text before it is printed."""

from __future__ import annotations

import re
from functools import lru_cache

# C0 controls but newline and tab, DEL, C1 controls, and the invisible bidirectional
# marks and overrides that can make text read differently from what it is.
_CONTROLS = dict.fromkeys(
    [
        *range(0x00, 0x09),
        *range(0x0B, 0x20),
        *range(0x7F, 0xA0),
        0x061C,
        0x200E,
        0x200F,
        *range(0x202A, 0x202F),
        *range(0x2066, 0x206A),
    ]
)


@lru_cache(maxsize=1)
def _escapes() -> re.Pattern[str]:
    """Whole escape sequences (CSI, OSC, DCS and the like), so no parameters are left
    behind as text; compiled only when a text holds an escape character."""
    return re.compile(
        r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"
        r"|\x1b[@-Z\\-_]?|\x9b[0-?]*[ -/]*[@-~]"
    )


def strip_controls(text: str) -> str:
    """Text with terminal escape sequences and control characters removed."""
    if "\x1b" in text or "\x9b" in text:
        text = _escapes().sub("", text)
    return text.translate(_CONTROLS)
