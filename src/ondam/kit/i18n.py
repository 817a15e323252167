"""Gettext catalogues (Babel .po files, read at start-up) and per-request locale selection.

Source strings are English; ``ko`` is the default locale. The .po files are compiled in memory when first
used, so there is no generated .mo file to forget. ``make i18n`` extracts and updates the catalogues.
"""

from __future__ import annotations

import gettext
import io
from contextvars import ContextVar
from functools import cache
from pathlib import Path

from babel import Locale, negotiate_locale
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

LOCALES = ("ko", "en")
DEFAULT_LOCALE = "ko"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "web" / "locale"
COOKIE = "ondam_lang"

current_locale: ContextVar[str] = ContextVar("current_locale", default=DEFAULT_LOCALE)


@cache
def translations(locale: str) -> gettext.NullTranslations:
    po = LOCALE_DIR / locale / "LC_MESSAGES" / "messages.po"
    if not po.exists():
        return gettext.NullTranslations()
    with po.open("rb") as fh:
        catalog = read_po(fh, locale=locale)
    buf = io.BytesIO()
    write_mo(buf, catalog)
    buf.seek(0)
    return Translations(fp=buf)


def N_(message: str) -> str:  # noqa: N802 - the conventional gettext marker name
    """Mark a string for extraction without translating it now (translated where it is shown)."""
    return message


def gettext_(message: str) -> str:
    return translations(current_locale.get()).gettext(message)


def ngettext_(singular: str, plural: str, n: int) -> str:
    return translations(current_locale.get()).ngettext(singular, plural, n)


def choose_locale(cookie: str | None, accept_language: str | None, default: str = DEFAULT_LOCALE) -> str:
    if cookie in LOCALES:
        return cookie
    if accept_language:
        preferred = []
        for part in accept_language.split(","):
            tag, _, q = part.strip().partition(";q=")
            try:
                weight = float(q) if q else 1.0
            except ValueError:
                continue
            if tag:
                preferred.append((weight, tag.strip().replace("-", "_")))
        preferred.sort(key=lambda item: -item[0])
        found = negotiate_locale([tag for _, tag in preferred], list(LOCALES), sep="_")
        if found:
            return found.split("_")[0]
    return default


def locale_name(code: str) -> str:
    return str(Locale.parse(code).get_display_name(code))
