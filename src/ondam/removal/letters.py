"""Request letters: Jinja2 text templates in ``web/templates/removal/letters/<kind>.<lang>.txt``.

A letter is filled with the item's URL and host, the case reference, the legal bases for its kind (from
``refdata/removal.json``), the date by which an answer is expected (the deadline of the state the request
moves the item to) and the officer and office who send it. Rendering has no side effects; sending is recorded
by :func:`ondam.removal.service.send_letter`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ondam.kit.clock import KST
from ondam.kit.templates import environment
from ondam.models import RemovalCase, RemovalItem
from ondam.removal import refdata, states
from ondam.removal.schemas import LETTER_TARGET, Lang, LetterKind

TEMPLATE_DIR = "removal/letters"
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


@dataclass(frozen=True)
class Letter:
    kind: LetterKind
    lang: Lang
    text: str
    deadline: datetime | None
    filename: str


def item_reference(case: RemovalCase, item: RemovalItem) -> str:
    return f"{case.reference}-{item.id}"


def format_when(value: datetime | None, lang: Lang) -> str:
    if value is None:
        return "-"
    local = value.astimezone(KST)
    if lang == Lang.KO:
        return f"{local.year}년 {local.month}월 {local.day}일 {local:%H:%M} (한국 시간)"
    return f"{local.day} {MONTHS[local.month - 1]} {local.year}, {local:%H:%M} Korea time (UTC+9)"


def format_day(value: datetime, lang: Lang) -> str:
    local = value.astimezone(KST)
    if lang == Lang.KO:
        return f"{local.year}년 {local.month}월 {local.day}일"
    return f"{local.day} {MONTHS[local.month - 1]} {local.year}"


def suggested_kind(item: RemovalItem) -> LetterKind:
    """Domestic platforms get the platform letter, known overseas ones the overseas letter; a refused request is
    escalated to the commission."""
    if item.state == states.ItemState.REFUSED:
        return LetterKind.KCSC
    known = refdata.platform_by_key(item.platform) or refdata.platform_for_host(item.host)
    if known is not None and not known.domestic:
        return LetterKind.OVERSEAS
    return LetterKind.PLATFORM


def render_letter(
    case: RemovalCase,
    item: RemovalItem,
    kind: LetterKind,
    lang: Lang,
    *,
    officer_name: str,
    now: datetime,
) -> Letter:
    data = refdata.removal()
    deadline = states.due_at(LETTER_TARGET[kind], now)
    platform = refdata.platform_name(item.platform, lang) or (
        p.name.get(lang) if (p := refdata.platform_for_host(item.host)) else ""
    )
    context = {
        "url": item.url,
        "host": item.host,
        "platform_name": platform,
        "recipient": platform or item.host,
        "item_reference": item_reference(case, item),
        "case_reference": case.reference,
        "previous_reference": item.request_reference or "",
        "today": format_day(now, lang),
        "deadline": format_when(deadline, lang),
        "legal_bases": data.bases_for(kind.value, lang.value),
        "officer_name": officer_name,
        "office_name": data.office.name.get(lang),
        "office_email": data.office.email,
        "office_phone": data.office.phone,
    }
    template = environment().get_template(f"{TEMPLATE_DIR}/{kind.value}.{lang.value}.txt")
    text = template.render(context).strip() + "\n"
    filename = f"{item_reference(case, item)}-{kind.value}-{lang.value}.txt"
    return Letter(kind, lang, text, deadline, filename)
