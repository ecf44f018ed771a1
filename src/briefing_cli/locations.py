"""Where the bundled corpus and the compiled-corpus cache live."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path


def bundled_path() -> Path:
    """The corpus shipped with the package (or, in a source checkout, the repository's)."""
    packaged = Path(__file__).with_name("data") / "faq.yaml"
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parents[2] / "data" / "faq.yaml"


def cache_dir(environ: Mapping[str, str]) -> Path:
    """Where compiled corpora live: BRIEFING_CACHE_DIR, else the platform's user cache."""
    if environ.get("BRIEFING_CACHE_DIR"):
        return Path(environ["BRIEFING_CACHE_DIR"])
    if sys.platform == "win32" and environ.get("LOCALAPPDATA"):
        return Path(environ["LOCALAPPDATA"]) / "briefing" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "briefing"
    base = environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "briefing"
