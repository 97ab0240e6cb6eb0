"""The window's translations (ui/translations): current with the source, complete, compiled.

``make translations`` (packaging/translations.py) extracts with pyside6-lupdate and compiles with
pyside6-lrelease; these tests run the same tools into a temporary folder and compare.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "packaging"))
import translations  # noqa: E402 - packaging/translations.py

LANGUAGES = translations.LANGUAGES
PLACEHOLDER = re.compile(r"\{([^}:!]*)[^}]*\}")


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(context.findtext("name") or "", message.findtext("source") or ""): message
            for context in root.iter("context") for message in context.iter("message")}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What pyside6-lupdate finds in ui/ today, in a fresh .ts."""
    ts = tmp_path_factory.mktemp("ts") / "fresh.ts"
    subprocess.run([translations.tool("pyside6-lupdate"), "-locations", "none", "-silent", *translations.sources(),
                    "-ts", str(ts)], check=True, cwd=ROOT, timeout=300)
    return ts


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_ts_holds_every_string_of_the_window(extracted: Path, language: str) -> None:
    fresh, committed = messages(extracted), messages(translations.ts_file(language))
    missing = sorted(set(fresh) - set(committed))
    assert not missing, f"run make translations: {missing[:10]}"
    stale = sorted(key for key, m in committed.items() if key not in fresh)
    assert not stale, f"strings no longer in the source (make translations drops them): {stale[:10]}"
    assert len(fresh) > 600


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_has_a_finished_translation_with_the_same_placeholders(language: str) -> None:
    unfinished, broken = [], []
    for (context, source), message in messages(translations.ts_file(language)).items():
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not (translation.text or "").strip():
            unfinished.append((context, source))
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation.text or "")):
            broken.append((context, source, translation.text))
        if ("&" in re.sub(r"&(nbsp|lt|gt|amp|quot);", "", source)) != (
                "&" in re.sub(r"&(nbsp|lt|gt|amp|quot);", "", translation.text or "")):
            broken.append((context, source, translation.text))  # a menu's mnemonic lost or added
    assert not unfinished, unfinished[:10]
    assert not broken, broken[:10]


def test_the_qm_files_are_compiled_from_the_current_ts(tmp_path: Path) -> None:
    for built in translations.release(tmp_path):
        committed = translations.TRANSLATIONS / built.name
        assert committed.exists(), f"{committed.name} missing: run make translations"
        assert committed.read_bytes() == built.read_bytes(), f"{committed.name} is older than its .ts: run make translations"


def test_no_formatted_string_is_handed_to_the_translator() -> None:
    """An f-string inside tr() is never found by lupdate, nor by the translator at run time."""
    pattern = re.compile(r"""(\btr\(|translate\("\w+",\s*|QT_TRANSLATE_NOOP\("\w+",\s*)f["']""")
    offenders = [f"{path.relative_to(ROOT)}:{n}" for path in (ROOT / "ui").rglob("*.py") if "cli" not in path.parts
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if pattern.search(line)]
    assert not offenders


def test_the_tools_are_there() -> None:
    assert shutil.which(translations.tool("pyside6-lrelease"))
