"""The choices `workstation gui` takes; free of Qt, so the command line can offer them without loading it."""

from __future__ import annotations

# Tabs of the review panel, in order, by the names the command line takes.
REVIEW_TABS = ("claims", "references", "findings", "comments", "history", "editor")
THEMES = ("system", "light", "dark")
# Languages of the window besides English, the source language (ui/translations; README: Languages).
LANGUAGES = ("en", "de")
