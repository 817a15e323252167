"""Every user-facing string has a Korean translation, and the catalogue matches the source."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from babel.messages.pofile import read_po

from ondam.kit.i18n import LOCALE_DIR, choose_locale

ROOT = Path(__file__).resolve().parents[1]


def _ids(path: Path, locale: str | None = None) -> dict[str, object]:
    with path.open("rb") as fh:
        catalog = read_po(fh, locale=locale)
    return {(m.id[0] if isinstance(m.id, tuple) else m.id): m.string for m in catalog if m.id}


def test_catalogue_is_extracted_from_the_current_source(tmp_path: Path) -> None:
    pot = tmp_path / "messages.pot"
    pybabel = Path(sys.executable).parent / "pybabel"
    subprocess.run(
        [
            str(pybabel),
            "-q",
            "extract",
            "-F",
            "babel.cfg",
            "-k",
            "_",
            "-k",
            "gettext_",
            "-k",
            "N_",
            "--no-location",
            "-o",
            str(pot),
            "src/ondam",
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    in_source = set(_ids(pot))
    in_catalogue = set(_ids(LOCALE_DIR / "messages.pot"))
    assert in_source == in_catalogue, "run `make i18n` and translate the new strings"


def test_every_message_has_a_korean_translation() -> None:
    ko = _ids(LOCALE_DIR / "ko" / "LC_MESSAGES" / "messages.po", "ko")
    expected = set(_ids(LOCALE_DIR / "messages.pot"))
    assert set(ko) == expected
    untranslated = [k for k, v in ko.items() if not (v[0] if isinstance(v, tuple) else v)]
    assert untranslated == []


def test_locale_negotiation() -> None:
    assert choose_locale(None, None) == "ko"
    assert choose_locale(None, "en-GB,en;q=0.8") == "en"
    assert choose_locale(None, "ko-KR,ko;q=0.9,en;q=0.8") == "ko"
    assert choose_locale(None, "de;q=0.9,en;q=0.5") == "en"
    assert choose_locale("en", "ko") == "en"
    assert choose_locale("xx", "garbage;;q=x") == "ko"
