"""The hand-off package for the Digital Sexual Crime Victim Support Center: a JSON record and a Korean PDF
summary, zipped together.

What goes in: the case, its items, the evidence records (URL, time, HTTP status, content type, size; never the
captured bytes and never a hash value), the history, the number of active and withdrawn bank hashes (counts
only) and the consent record (what was consented, the wording version and its text, when). The PDF uses
reportlab's built-in CID fonts (``HYGothic-Medium``, ``HYSMyeongJo-Medium``): the PDF viewer supplies the Korean
glyphs, so no font file is shipped or embedded.

Building is pure: the caller (``service.handoff``) collects the data, checks consent and records the event.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from ondam.kit.clock import KST
from ondam.kit.i18n import translations
from ondam.models import RemovalCase, RemovalEvent, RemovalEvidence, RemovalItem
from ondam.removal import refdata
from ondam.removal.schemas import CASE_STATUS_LABELS, EVENT_LABELS, CaseStatus, ConsentRecord
from ondam.removal.states import STATE_LABELS, ItemState

FORMAT = "ondam.removal.handoff/1"
SANS = "HYGothic-Medium"
SERIF = "HYSMyeongJo-Medium"


@dataclass(frozen=True)
class HandoffData:
    case: RemovalCase
    items: list[RemovalItem]
    evidence: list[RemovalEvidence]
    events: list[RemovalEvent]
    names: dict[int, str]  # staff id -> display name
    hashes: dict[str, int]  # status -> count
    consent: ConsentRecord
    prepared_by_id: int
    prepared_by: str
    now: datetime


@dataclass(frozen=True)
class Package:
    filename: str
    data: bytes
    sha256: str
    json_name: str
    pdf_name: str


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _kst(value: datetime | None) -> str:
    return "-" if value is None else value.astimezone(KST).strftime("%Y-%m-%d %H:%M KST")


def _ko(message: str) -> str:
    """Labels in the PDF are Korean whatever language the officer's screen is in."""
    return translations("ko").gettext(message)


def _state_label(state: str) -> str:
    try:
        return _ko(STATE_LABELS[ItemState(state)])
    except ValueError:
        return state


def _case_status(status: str) -> str:
    try:
        return _ko(CASE_STATUS_LABELS[CaseStatus(status)])
    except ValueError:
        return status


def build_json(data: HandoffData) -> dict[str, Any]:
    case = data.case
    evidence_by_item: dict[int, list[RemovalEvidence]] = {}
    for record in data.evidence:
        evidence_by_item.setdefault(record.item_id, []).append(record)
    recipient = refdata.removal().handoff_recipient
    wording = data.consent.wording
    return {
        "format": FORMAT,
        "generated_at": _iso(data.now),
        "prepared_by": {"staff_id": data.prepared_by_id, "name": data.prepared_by},
        "recipient": {"name": recipient.name.ko, "name_en": recipient.name.en, "phone": recipient.phone},
        "case": {
            "reference": case.reference,
            "status": case.status,
            "source": case.source,
            "description": case.description,
            "created_at": _iso(case.created_at),
            "updated_at": _iso(case.updated_at),
            "assigned_officer": data.names.get(case.assigned_officer_id or 0),
            "handed_off_before": _iso(case.handed_off_at),
        },
        "consent": {
            "share_hashes": data.consent.share_hashes,
            "forward_center": data.consent.forward_center,
            "text_version": data.consent.text_version,
            "given_at": _iso(data.consent.given_at),
            "text": None
            if wording is None
            else {
                "share_hashes": {"ko": wording.share_hashes.ko, "en": wording.share_hashes.en},
                "forward_center": {"ko": wording.forward_center.ko, "en": wording.forward_center.en},
            },
        },
        "hashes": {"active": data.hashes.get("active", 0), "withdrawn": data.hashes.get("withdrawn", 0)},
        "items": [
            {
                "id": item.id,
                "url": item.url,
                "host": item.host,
                "platform": item.platform,
                "platform_name": refdata.platform_name(item.platform, "ko") or None,
                "account_names": item.account_names,
                "state": item.state,
                "source": item.source,
                "due_at": _iso(item.due_at),
                "request_reference": item.request_reference,
                "last_checked_at": _iso(item.last_checked_at),
                "last_check_result": item.last_check_result,
                "created_at": _iso(item.created_at),
                "evidence": [
                    {
                        "url": record.url,
                        "captured_at": _iso(record.captured_at),
                        "http_status": record.http_status,
                        "content_type": record.content_type,
                        "size": record.size,
                        "captured_by": record.captured_by,
                        "sha256_recorded": record.sha256 is not None,
                    }
                    for record in evidence_by_item.get(item.id, [])
                ],
            }
            for item in data.items
        ],
        "history": [
            {
                "at": _iso(event.at),
                "kind": event.kind,
                "item_id": event.item_id,
                "from_state": event.from_state,
                "to_state": event.to_state,
                "note": event.note,
                "by": data.names.get(event.staff_id) if event.staff_id else None,
            }
            for event in data.events
        ],
    }


def _fonts() -> None:
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name in (SANS, SERIF):
        if name not in registered:
            pdfmetrics.registerFont(UnicodeCIDFont(name))


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    # U+00B7 (middle dot) is not in the Korean CID collection; the Hangul one (U+318D) is, and reads the same.
    return Paragraph(escape(text.replace("\u00b7", "\u318d")).replace("\n", "<br/>"), style)


def _wording_rows(consent: ConsentRecord) -> list[tuple[str, str]]:
    """The words the young person agreed to, quoted from the recorded version (Korean, as the PDF is)."""
    if consent.wording is not None:
        return [
            ("센터 전달 동의 문구", consent.wording.forward_center.ko),
            ("해시값 공유 동의 문구", consent.wording.share_hashes.ko),
        ]
    if consent.text_version:
        return [("동의 문구", "이 버전의 문구가 참조 데이터에 없습니다. JSON의 버전으로 확인하십시오.")]
    return []


def build_pdf(data: HandoffData) -> bytes:
    _fonts()
    body = ParagraphStyle("body", fontName=SERIF, fontSize=9.5, leading=14, wordWrap="CJK")
    small = ParagraphStyle("small", parent=body, fontName=SANS, fontSize=8.5, leading=12)
    h1 = ParagraphStyle("h1", fontName=SANS, fontSize=16, leading=22, spaceAfter=4 * mm)
    h2 = ParagraphStyle("h2", fontName=SANS, fontSize=12, leading=17, spaceBefore=5 * mm, spaceAfter=2 * mm)
    grid = TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (0, -1), colors.whitesmoke),
        ]
    )
    header_grid = TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
        ]
    )
    case = data.case
    consent = data.consent
    recipient = refdata.removal().handoff_recipient
    evidence_count: dict[int, int] = {}
    for record in data.evidence:
        evidence_count[record.item_id] = evidence_count.get(record.item_id, 0) + 1

    def facts(rows: list[tuple[str, str]]) -> Table:
        table = Table([[_p(k, small), _p(v, body)] for k, v in rows], colWidths=[45 * mm, 125 * mm])
        table.setStyle(grid)
        return table

    yes_no = {True: "예", False: "아니오"}
    story: list[Any] = [
        _p("삭제 지원 사례 인계 요약", h1),
        _p(f"받는 곳: {recipient.name.ko} ({recipient.phone})", body),
        Spacer(1, 3 * mm),
        facts(
            [
                ("사례 번호", case.reference),
                ("사례 상태", _case_status(case.status)),
                ("접수 경로", {"youth": "청소년 본인", "staff": "담당자 등록"}.get(case.source, case.source)),
                ("접수 일시", _kst(case.created_at)),
                ("담당자", data.names.get(case.assigned_officer_id or 0, "-")),
                ("인계 작성", f"{_kst(data.now)} · {data.prepared_by}"),
            ]
        ),
        _p("동의 기록", h2),
        facts(
            [
                ("센터 전달 동의", yes_no[consent.forward_center]),
                ("해시값 공유 동의", yes_no[consent.share_hashes]),
                ("동의 문구 버전", consent.text_version or "-"),
                ("동의 일시", _kst(consent.given_at)),
                *_wording_rows(consent),
            ]
        ),
        _p("게시 주소와 처리 상태", h2),
    ]
    rows: list[list[Any]] = [[_p(h, small) for h in ("번호", "주소(URL)", "플랫폼", "상태", "증거")]]
    for item in data.items:
        platform = refdata.platform_name(item.platform, "ko") or item.host
        rows.append(
            [
                _p(str(item.id), small),
                _p(item.url, small),
                _p(platform, small),
                _p(_state_label(item.state), small),
                _p(f"{evidence_count.get(item.id, 0)}건", small),
            ]
        )
    if not data.items:
        rows.append([_p("-", small), _p("등록된 주소가 없습니다.", small), "", "", ""])
    items_table = Table(rows, colWidths=[12 * mm, 85 * mm, 25 * mm, 33 * mm, 15 * mm], repeatRows=1)
    items_table.setStyle(header_grid)
    story.append(items_table)
    story.append(_p("해시 등록", h2))
    story.append(
        _p(
            f"활성 {data.hashes.get('active', 0)}건, 철회 {data.hashes.get('withdrawn', 0)}건 "
            "(해시값 자체는 이 인계에 포함하지 않습니다).",
            body,
        )
    )
    story.append(_p("처리 이력", h2))
    history: list[list[Any]] = [[_p(h, small) for h in ("일시", "종류", "상태 변경", "메모")]]
    for event in data.events:
        change = ""
        if event.from_state or event.to_state:
            change = f"{_state_label(event.from_state or '')} → {_state_label(event.to_state or '')}"
        kind = _ko(EVENT_LABELS.get(event.kind, event.kind))
        about = f" (항목 {event.item_id})" if event.item_id else ""
        history.append(
            [
                _p(_kst(event.at), small),
                _p(kind + about, small),
                _p(change, small),
                _p(event.note or "", small),
            ]
        )
    if not data.events:
        history.append([_p("-", small), _p("기록이 없습니다.", small), "", ""])
    history_table = Table(history, colWidths=[32 * mm, 35 * mm, 48 * mm, 55 * mm], repeatRows=1)
    history_table.setStyle(header_grid)
    story.append(history_table)
    story.append(Spacer(1, 5 * mm))
    story.append(
        _p(
            "전체 기록은 함께 전달되는 JSON 파일에 있습니다. 캡처한 이미지와 해시값은 이 인계에 포함하지 않습니다. "
            "증거 기록에는 주소, 캡처 시각, 응답 상태, 형식과 크기만 담겨 있습니다.",
            small,
        )
    )
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=f"삭제 지원 사례 인계 요약 {case.reference}",
        author=refdata.removal().office.name.ko,
        subject="handoff",
    )
    doc.build(story)
    return buf.getvalue()


def build_package(data: HandoffData) -> Package:
    reference = data.case.reference
    json_name = f"{reference}-handoff.json"
    pdf_name = f"{reference}-summary.pdf"
    document = json.dumps(build_json(data), ensure_ascii=False, indent=2, sort_keys=False).encode("utf-8")
    pdf = build_pdf(data)
    stamp = data.now.astimezone(KST).timetuple()[:6]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, payload in ((json_name, document), (pdf_name, pdf)):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, payload)
    archive_bytes = buf.getvalue()
    return Package(
        filename=f"{reference}-handoff.zip",
        data=archive_bytes,
        sha256=hashlib.sha256(archive_bytes).hexdigest(),
        json_name=json_name,
        pdf_name=pdf_name,
    )
