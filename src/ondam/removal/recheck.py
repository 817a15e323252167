"""Re-checking the places (URLs) of removal items, and re-upload detection against the hash bank.

A check fetches the item's URL through the SSRF guard (:func:`ondam.kit.safefetch.safe_fetch`: no private,
loopback or link-local address, no redirect to one; at most 20 MB and 15 s), records what it found on the item
(``last_checked_at``, ``last_check_result``) and as a ``check`` event, and hashes what it fetched: the file itself
when it is not a web page, and on a web page its ``<img src>`` and ``og:image`` pictures (at most 10, within one
budget of bytes and time). The hashes are matched against the bank (:mod:`ondam.hashing.service`):

- a hash of the item's OWN case, on an item that was removed or blocked: the item moves to ``reappeared`` through
  the state machine and the removal officers get a ``removal.reappeared`` alert;
- a hash of ANOTHER case: a new item (source ``recheck``, state ``found``, ``parent_item_id`` = the checked item) on
  that case and a ``removal.reupload`` alert. The same URL is never opened twice on one case.

Human review stays: nothing is ever marked removed here. A 404 or 410 only records ``gone``, which the officer
sees on the item's page. Bodies and hashes are never stored or logged; log lines name the host, never the URL.

Transactions: :func:`run_rechecks` (the periodic job and the CLI) reads an item in one short transaction, fetches
with no transaction open (on SQLite an open transaction holds the write lock) and records the result in a second
one, one item at a time, so that one failure does not stop the others. :func:`match_monitored_media` is the entry
point of the monitoring pipeline for media it collected.
"""

from __future__ import annotations

import asyncio
import codecs
import logging
import time
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from html.parser import HTMLParser
from typing import Protocol
from urllib.parse import urljoin, urlsplit

from sqlalchemy import case as sql_case
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from ondam.access import Role
from ondam.audit import service as audit
from ondam.audit.service import Actor
from ondam.hashing import service as matching
from ondam.hashing.service import BankMatch, FileHashes
from ondam.kit.clock import utcnow
from ondam.kit.db import unit_of_work
from ondam.kit.safefetch import FetchError, FetchPolicy, FetchRefused, FetchResult, safe_fetch
from ondam.kit.settings import Settings
from ondam.models import RemovalCase, RemovalEvent, RemovalEvidence, RemovalItem, StaffAlert
from ondam.removal import refdata, repository, states
from ondam.removal.schemas import AlertKind, clean_url
from ondam.removal.states import ItemState

log = logging.getLogger(__name__)

MiB = 1024 * 1024
MAX_BYTES = 20 * MiB  # one fetch
TIMEOUT_SECONDS = 15.0  # one fetch, DNS and redirects included
MAX_PAGE_IMAGES = 10
PAGE_BUDGET_BYTES = 60 * MiB  # all pictures of one page together
PAGE_BUDGET_SECONDS = 60.0
HTML_PARSE_BYTES = 2 * MiB  # image links are looked for in the first 2 MB of a page

# Items whose place is watched: not yet requested, being requested, or gone (removed / blocked).
RECHECK_STATES = frozenset(
    {
        ItemState.FOUND,
        ItemState.EVIDENCE_CAPTURED,
        ItemState.REQUESTED_PLATFORM,
        ItemState.REQUESTED_KCSC,
        ItemState.REQUESTED_OVERSEAS,
        ItemState.REMOVED,
        ItemState.BLOCKED,
    }
)
REAPPEAR_FROM = frozenset({ItemState.REMOVED, ItemState.BLOCKED})

# The periodic job: items checked less than 5 hours ago wait for the next run; at most 500 items per run
# (least recently checked first); 2 s between two requests to the same host.
MIN_INTERVAL = timedelta(hours=5)
MAX_ITEMS_PER_RUN = 500
HOST_DELAY_SECONDS = 2.0
BATCH_SIZE = 50

ALERT_REAPPEARED = AlertKind.REAPPEARED.value
ALERT_REUPLOAD = AlertKind.REUPLOAD.value
SUBJECT_ITEM = "removal_item"
SUBJECT_CASE = "removal_case"
RESULT_LENGTH = 32  # RemovalItem.last_check_result

RECHECK_ACTOR = Actor.system("removal.recheck")


class Fetcher(Protocol):
    """:func:`~ondam.kit.safefetch.safe_fetch` or a stand-in with its call shape (tests)."""

    def __call__(self, url: str, /, *, policy: FetchPolicy) -> Awaitable[FetchResult]: ...


def default_policy() -> FetchPolicy:
    return FetchPolicy(max_bytes=MAX_BYTES, timeout=TIMEOUT_SECONDS)


class HostPacer:
    """Politeness: at least ``delay`` seconds between the starts of two requests to the same host."""

    def __init__(
        self,
        delay: float,
        *,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.delay = delay
        self._sleep = sleep
        self._clock = clock
        self._last: dict[str, float] = {}

    async def wait(self, url: str) -> None:
        host = (urlsplit(url).hostname or "").lower()
        if self.delay > 0 and host in self._last:
            remaining = self._last[host] + self.delay - self._clock()
            if remaining > 0:
                await self._sleep(remaining)
        self._last[host] = self._clock()


# -- fetching and hashing (no database) ------------------------------------------------------------------


@dataclass(frozen=True)
class Media:
    """One fetched file that was hashed (the bytes are not kept)."""

    url: str
    status: int
    content_type: str | None
    hashes: FileHashes
    from_page: bool  # a picture of the page at the item's URL, not the URL itself


@dataclass
class Probe:
    """What a check of one URL found."""

    url: str
    result: str  # gone | present | http:<status> | refused:<reason> | failed:<reason>
    status: int | None = None
    final_url: str | None = None
    content_type: str | None = None
    size: int | None = None
    sha256: str | None = None
    is_page: bool = False
    media: list[Media] = field(default_factory=list)
    images_found: int = 0  # picture links found on the page
    images_failed: int = 0  # refused, failed, not 2xx, truncated or over the budget


def result_of(status: int) -> str:
    if status in (404, 410):
        return "gone"
    if 200 <= status < 300:
        return "present"
    return f"http:{status}"


def _error_result(error: FetchError) -> str:
    kind = "refused" if isinstance(error, FetchRefused) else "failed"
    return f"{kind}:{error.reason}"[:RESULT_LENGTH]


def is_html(content_type: str | None, body: bytes) -> bool:
    """A web page by its header or its first bytes; an image by content is never a page."""
    if matching.looks_like_image(body):
        return False
    if content_type and "html" in content_type.lower():
        return True
    head = body[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head


class _ImageLinks(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.base: str | None = None
        self.og: list[str] = []
        self.img: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name.lower(): value.strip() for name, value in attrs if value}
        if tag == "base" and self.base is None and values.get("href"):
            self.base = values["href"]
        elif tag == "img" and values.get("src"):
            self.img.append(values["src"])
        elif tag == "meta":
            name = (values.get("property") or values.get("name") or "").lower()
            if name in ("og:image", "og:image:url", "og:image:secure_url") and values.get("content"):
                self.og.append(values["content"])


def _charset(content_type: str | None) -> str:
    if content_type:
        for part in content_type.split(";")[1:]:
            key, _, value = part.partition("=")
            if key.strip().lower() == "charset":
                name = value.strip().strip("\"'")
                try:
                    return codecs.lookup(name).name
                except LookupError:
                    break
    return "utf-8"


def image_links(
    body: bytes, page_url: str, content_type: str | None = None, *, limit: int = MAX_PAGE_IMAGES
) -> list[str]:
    """Absolute http(s) URLs of the page's ``og:image`` pictures first, then its ``<img src>``; at most ``limit``,
    no repeats, relative URLs resolved against the page (and its ``<base href>``)."""
    parser = _ImageLinks()
    try:
        parser.feed(body[:HTML_PARSE_BYTES].decode(_charset(content_type), errors="replace"))
        parser.close()
    except (AssertionError, ValueError):  # HTMLParser gives up on some broken markup: keep what it found
        pass
    base = urljoin(page_url, parser.base) if parser.base else page_url
    found: list[str] = []
    for raw in (*parser.og, *parser.img):
        try:
            url = urljoin(base, raw)
            scheme = urlsplit(url).scheme.lower()
        except ValueError:
            continue
        if scheme in ("http", "https") and url not in found:
            found.append(url)
            if len(found) >= limit:
                break
    return found


async def probe_url(
    url: str,
    *,
    fetch: Fetcher = safe_fetch,
    policy: FetchPolicy | None = None,
    pacer: HostPacer | None = None,
) -> Probe:
    """Fetch ``url`` (and the pictures of a page) under the SSRF guard and hash what came back."""
    base = replace(policy or default_policy(), max_bytes=MAX_BYTES, timeout=TIMEOUT_SECONDS)

    async def get(target: str, rules: FetchPolicy) -> FetchResult:
        if pacer is not None:
            await pacer.wait(target)
        return await fetch(target, policy=rules)

    try:
        answer = await get(url, base)
    except FetchError as error:
        return Probe(url, _error_result(error))
    probe = Probe(
        url,
        result_of(answer.status),
        status=answer.status,
        final_url=answer.final_url,
        content_type=answer.content_type,
        size=len(answer.body),
        sha256=answer.sha256,
    )
    if not 200 <= answer.status < 300 or not answer.body:
        return probe
    if not is_html(answer.content_type, answer.body):
        hashes = await asyncio.to_thread(matching.hash_file, answer.body, dihedral=True)
        probe.media.append(
            Media(answer.final_url, answer.status, answer.content_type, hashes, from_page=False)
        )
        return probe
    probe.is_page = True
    links = await asyncio.to_thread(image_links, answer.body, answer.final_url, answer.content_type)
    probe.images_found = len(links)
    bytes_left = PAGE_BUDGET_BYTES
    deadline = time.monotonic() + PAGE_BUDGET_SECONDS
    for link in links:
        seconds_left = deadline - time.monotonic()
        if bytes_left <= 0 or seconds_left < 1:
            probe.images_failed += 1
            continue
        rules = replace(
            base, max_bytes=min(MAX_BYTES, bytes_left), timeout=min(TIMEOUT_SECONDS, seconds_left)
        )
        try:
            picture = await get(link, rules)
        except FetchError:
            probe.images_failed += 1
            continue
        bytes_left -= len(picture.body)
        if not 200 <= picture.status < 300 or picture.truncated or not picture.body:
            probe.images_failed += 1
            continue
        hashes = await asyncio.to_thread(matching.hash_file, picture.body, dihedral=True)
        probe.media.append(
            Media(picture.final_url, picture.status, picture.content_type, hashes, from_page=True)
        )
    return probe


# -- recording and acting on matches ---------------------------------------------------------------------


@dataclass
class CheckOutcome:
    item_id: int
    result: str
    media: int = 0
    same_case_matches: int = 0
    reappeared: bool = False
    new_item_ids: list[int] = field(default_factory=list)
    case_alerts: list[int] = field(default_factory=list)  # matched closed cases alerted (no item opened)


@dataclass(frozen=True)
class _Hit:
    match: BankMatch
    media_url: str


async def _matches(db: AsyncSession, media: Iterable[Media], settings: Settings) -> list[_Hit]:
    hits: list[_Hit] = []
    for one in media:
        hits += [_Hit(m, one.url) for m in await matching.match_hashes(db, one.hashes, settings=settings)]
    return hits


def _rank(hit: _Hit) -> tuple[int, bool, int]:
    # nearest first; at the same distance an exact (MD5/SHA-256) match is the stronger evidence
    return (hit.match.distance, hit.match.signal_type == "pdq", hit.match.hash_id)


def _best_per_case(hits: Iterable[_Hit]) -> dict[int, _Hit]:
    best: dict[int, _Hit] = {}
    for hit in hits:
        seen = best.get(hit.match.case_id)
        if seen is None or _rank(hit) < _rank(seen):
            best[hit.match.case_id] = hit
    return best


def _describe(hit: _Hit) -> str:
    kind = "exact " + hit.match.signal_type.upper() if hit.match.signal_type != "pdq" else "PDQ"
    distance = f", distance {hit.match.distance}" if hit.match.signal_type == "pdq" else ""
    return f"{kind} match with bank hash {hit.match.hash_id}{distance}"


def _alert(kind: str, subject_type: str, subject_id: int, now: datetime) -> StaffAlert:
    return StaffAlert(
        kind=kind,
        audience_role=Role.REMOVAL_OFFICER.value,
        audience_staff_id=None,
        center_code=None,
        subject_type=subject_type,
        subject_id=subject_id,
        created_at=now,
    )


async def _open_alert_exists(db: AsyncSession, kind: str, subject_type: str, subject_id: int) -> bool:
    found = await db.scalar(
        select(StaffAlert.id)
        .where(
            StaffAlert.kind == kind,
            StaffAlert.subject_type == subject_type,
            StaffAlert.subject_id == subject_id,
            StaffAlert.acknowledged_at.is_(None),
        )
        .limit(1)
    )
    return found is not None


async def _reappeared(
    db: AsyncSession, case: RemovalCase, item: RemovalItem, hit: _Hit, now: datetime
) -> None:
    """removed / blocked -> reappeared through the state machine, with an event, an alert and an audit row."""
    current, target = states.check_transition(item.state, ItemState.REAPPEARED)
    item.state = target.value
    item.due_at = states.due_at(target, now)
    item.updated_at = now
    case.updated_at = now
    note = f"Re-check found the content again: {_describe(hit)}."
    db.add(
        RemovalEvent(
            case_id=case.id,
            item_id=item.id,
            kind="transition",
            from_state=current.value,
            to_state=target.value,
            note=note,
            staff_id=None,
            at=now,
        )
    )
    db.add(_alert(ALERT_REAPPEARED, SUBJECT_ITEM, item.id, now))
    await db.flush()
    await audit.record(
        db,
        RECHECK_ACTOR,
        "removal.transition",
        object_type=SUBJECT_CASE,
        object_id=case.id,
        subject=f"{SUBJECT_CASE}:{case.id}",
        details={
            "item_id": item.id,
            "from_state": current.value,
            "to_state": target.value,
            "by": "recheck",
            "signal_type": hit.match.signal_type,
            "distance": hit.match.distance,
        },
    )


@dataclass(frozen=True)
class Reupload:
    case_id: int
    item_id: int | None  # the new item; None when the place was already on the case or the case is closed
    created: bool
    alerted: bool


async def _reupload(
    db: AsyncSession,
    case_id: int,
    url: str,
    hit: _Hit,
    *,
    source: str,
    parent_item_id: int | None,
    actor: Actor,
    now: datetime,
) -> Reupload | None:
    """Open a ``found`` item for ``url`` on an open case (once per URL) and alert; alert a closed case."""
    target_case = await db.get(RemovalCase, case_id)
    if target_case is None or target_case.status == "withdrawn":
        return None
    if target_case.status != "open":
        # A closed case takes no more items; an officer decides whether to act (one open alert per case).
        if await _open_alert_exists(db, ALERT_REUPLOAD, SUBJECT_CASE, case_id):
            return Reupload(case_id, None, created=False, alerted=False)
        db.add(_alert(ALERT_REUPLOAD, SUBJECT_CASE, case_id, now))
        await db.flush()
        await audit.record(
            db, actor, "removal.reupload", object_type=SUBJECT_CASE, object_id=case_id,
            subject=f"{SUBJECT_CASE}:{case_id}",
            details={"case_status": target_case.status, "source": source, "parent_item_id": parent_item_id,
                     "signal_type": hit.match.signal_type, "distance": hit.match.distance},
        )  # fmt: skip
        return Reupload(case_id, None, created=False, alerted=True)
    try:
        url, host = clean_url(url)
    except ValueError:  # a place recorded before the URL rules (e.g. a partner's report): keep it as it is
        host = (urlsplit(url).hostname or "").lower()
    existing = next((i for i in await repository.items_of_case(db, case_id) if i.url == url), None)
    if existing is not None:
        return Reupload(case_id, existing.id, created=False, alerted=False)
    guess = refdata.platform_for_host(host)
    item = RemovalItem(
        case_id=case_id,
        url=url,
        host=host[:255],
        platform=guess.key if guess else None,
        state=ItemState.FOUND.value,
        source=source,
        parent_item_id=parent_item_id,
        due_at=states.due_at(ItemState.FOUND, now),
        created_at=now,
        updated_at=now,
    )
    db.add(item)
    await db.flush()
    where = "" if hit.media_url == url else f" (picture at {hit.media_url})"
    origin = f"the re-check of item {parent_item_id}" if parent_item_id else f"{source}"
    db.add(
        RemovalEvent(
            case_id=case_id,
            item_id=item.id,
            kind="transition",
            from_state=None,
            to_state=item.state,
            note=f"Found by {origin}: {_describe(hit)}{where}.",
            staff_id=None,
            at=now,
        )
    )
    db.add(_alert(ALERT_REUPLOAD, SUBJECT_ITEM, item.id, now))
    target_case.updated_at = now
    await db.flush()
    await audit.record(
        db, actor, "removal.reupload", object_type=SUBJECT_CASE, object_id=case_id,
        subject=f"{SUBJECT_CASE}:{case_id}",
        details={"item_id": item.id, "host": item.host, "source": source, "parent_item_id": parent_item_id,
                 "signal_type": hit.match.signal_type, "distance": hit.match.distance},
    )  # fmt: skip
    return Reupload(case_id, item.id, created=True, alerted=True)


def _check_note(probe: Probe, outcome: CheckOutcome) -> str:
    parts = [probe.result]
    if probe.status is not None:
        parts.append(f"HTTP {probe.status}")
    if probe.is_page:
        parts.append(f"{len(probe.media)} of {probe.images_found} pictures on the page hashed")
    elif probe.media:
        parts.append("file hashed")
    if outcome.same_case_matches:
        parts.append("matches this case's hashes")
    if outcome.reappeared:
        parts.append("re-appeared")
    if outcome.new_item_ids or outcome.case_alerts:
        parts.append(f"matches {len(outcome.new_item_ids) + len(outcome.case_alerts)} other case(s)")
    return "; ".join(parts)


async def record_probe(
    db: AsyncSession, item: RemovalItem, probe: Probe, *, settings: Settings
) -> CheckOutcome:
    """Record a check on ``item`` and act on what its hashes matched (see the module docstring)."""
    now = utcnow()
    case = await db.get(RemovalCase, item.case_id)
    if case is None:  # pragma: no cover - the foreign key makes this impossible
        raise LookupError("removal case of the item not found")
    outcome = CheckOutcome(item.id, probe.result, media=len(probe.media))
    previous = item.last_check_result
    item.last_checked_at = now
    item.last_check_result = probe.result[:RESULT_LENGTH]

    hits = await _matches(db, probe.media, settings) if probe.media else []
    own = [h for h in hits if h.match.case_id == item.case_id]
    outcome.same_case_matches = len(own)
    if own and case.status == "open" and item.state in REAPPEAR_FROM:
        await _reappeared(db, case, item, min(own, key=_rank), now)
        outcome.reappeared = True
    others = _best_per_case(h for h in hits if h.match.case_id != item.case_id)
    for case_id, hit in sorted(others.items()):
        done = await _reupload(
            db, case_id, item.url, hit, source="recheck", parent_item_id=item.id, actor=RECHECK_ACTOR, now=now
        )
        if done is None:
            continue
        if done.created and done.item_id is not None:
            outcome.new_item_ids.append(done.item_id)
        elif done.item_id is None and done.alerted:
            outcome.case_alerts.append(case_id)

    if probe.status is not None and (previous != item.last_check_result or hits):
        # Proof of what the place answered when its state changed (the bytes are not kept, only their digest).
        db.add(
            RemovalEvidence(
                item_id=item.id,
                url=probe.final_url or item.url,
                captured_at=now,
                http_status=probe.status,
                content_type=probe.content_type[:100] if probe.content_type else None,
                size=probe.size,
                sha256=probe.sha256,
                captured_by="recheck",
                staff_id=None,
            )
        )
    db.add(
        RemovalEvent(
            case_id=item.case_id, item_id=item.id, kind="check", note=_check_note(probe, outcome), at=now
        )
    )
    await db.flush()
    await audit.record(
        db,
        RECHECK_ACTOR,
        "removal.check",
        object_type=SUBJECT_CASE,
        object_id=item.case_id,
        subject=f"{SUBJECT_CASE}:{item.case_id}",
        details={
            "item_id": item.id,
            "host": item.host,
            "result": item.last_check_result,
            "media": len(probe.media),
            "same_case_matches": outcome.same_case_matches,
            "reappeared": outcome.reappeared,
            "new_item_ids": outcome.new_item_ids,
        },
    )
    return outcome


async def recheck_item(
    db: AsyncSession,
    item: RemovalItem,
    fetch: Fetcher = safe_fetch,
    *,
    settings: Settings,
    policy: FetchPolicy | None = None,
    pacer: HostPacer | None = None,
) -> CheckOutcome:
    """Check one item now, in the caller's session. The fetch happens inside the caller's transaction; the
    periodic job uses :func:`run_rechecks`, which keeps no transaction open while fetching."""
    probe = await probe_url(item.url, fetch=fetch, policy=policy, pacer=pacer)
    return await record_probe(db, item, probe, settings=settings)


# -- the monitoring pipeline -----------------------------------------------------------------------------


@dataclass
class MonitoredMatch:
    matches: list[BankMatch]
    new_item_ids: list[int] = field(default_factory=list)
    existing_item_ids: list[int] = field(default_factory=list)  # the place was already on the case
    case_alerts: list[int] = field(default_factory=list)  # closed cases that were alerted


async def match_monitored_media(
    db: AsyncSession, data: bytes, source_url: str, *, settings: Settings, source: str = "monitoring"
) -> MonitoredMatch:
    """Match media the monitoring pipeline collected at ``source_url``: for each matched case, a ``found`` item
    on it (once per URL) and a ``removal.reupload`` alert. Raises ValueError for a URL that is not http(s)."""
    clean_url(source_url)  # refuse a bad URL before any work
    hashes = await asyncio.to_thread(matching.hash_file, data, dihedral=True)
    matches = await matching.match_hashes(db, hashes, settings=settings)
    result = MonitoredMatch(matches)
    now = utcnow()
    actor = Actor.system(source)
    for case_id, hit in sorted(_best_per_case(_Hit(m, source_url) for m in matches).items()):
        done = await _reupload(
            db, case_id, source_url, hit, source=source, parent_item_id=None, actor=actor, now=now
        )
        if done is None:
            continue
        if done.created and done.item_id is not None:
            result.new_item_ids.append(done.item_id)
        elif done.item_id is not None:
            result.existing_item_ids.append(done.item_id)
        elif done.alerted:
            result.case_alerts.append(case_id)
    return result


# -- the batch (periodic job, CLI) -----------------------------------------------------------------------


@dataclass
class RecheckSummary:
    checked: int = 0
    errors: int = 0  # items whose check raised (logged; the others went on)
    skipped: int = 0  # items no longer eligible when their turn came
    results: dict[str, int] = field(default_factory=dict)  # e.g. {"gone": 3, "present": 10}
    reappeared: int = 0
    new_items: int = 0

    def as_dict(self) -> dict[str, object]:
        return {
            "checked": self.checked,
            "errors": self.errors,
            "skipped": self.skipped,
            "results": dict(sorted(self.results.items())),
            "reappeared": self.reappeared,
            "new_items": self.new_items,
        }


async def due_items(
    db: AsyncSession, *, now: datetime, limit: int = MAX_ITEMS_PER_RUN, min_interval: timedelta = MIN_INTERVAL
) -> list[tuple[int, str]]:
    """(id, host) of items of open cases in a watched state not checked for ``min_interval``; never checked
    first, then the least recently checked."""
    rows = await db.execute(
        select(RemovalItem.id, RemovalItem.host)
        .join(RemovalCase, RemovalItem.case_id == RemovalCase.id)
        .where(
            RemovalCase.status == "open",
            RemovalItem.state.in_([s.value for s in RECHECK_STATES]),
            (RemovalItem.last_checked_at.is_(None)) | (RemovalItem.last_checked_at < now - min_interval),
        )
        .order_by(
            sql_case((RemovalItem.last_checked_at.is_(None), 0), else_=1),
            RemovalItem.last_checked_at,
            RemovalItem.id,
        )
        .limit(limit)
    )
    return [(int(item_id), str(host)) for item_id, host in rows.all()]


def interleave_hosts(items: Sequence[tuple[int, str]]) -> list[int]:
    """Item ids in round-robin order over their hosts, so consecutive requests rarely go to one host."""
    queues: dict[str, list[int]] = {}
    for item_id, host in items:
        queues.setdefault(host, []).append(item_id)
    ordered: list[int] = []
    while queues:
        for host in list(queues):
            ordered.append(queues[host].pop(0))
            if not queues[host]:
                del queues[host]
    return ordered


async def run_rechecks(
    maker: async_sessionmaker[AsyncSession],
    settings: Settings,
    *,
    item_ids: Sequence[int] | None = None,
    fetch: Fetcher = safe_fetch,
    policy: FetchPolicy | None = None,
    host_delay: float = HOST_DELAY_SECONDS,
    limit: int = MAX_ITEMS_PER_RUN,
    min_interval: timedelta = MIN_INTERVAL,
) -> RecheckSummary:
    """Check the due items (or exactly ``item_ids``, in any state, when given), each in its own transactions."""
    summary = RecheckSummary()
    if item_ids is None:
        async with unit_of_work(maker) as uow:
            due = await due_items(uow.session, now=utcnow(), limit=limit, min_interval=min_interval)
        order = interleave_hosts(due)
    else:
        order = list(dict.fromkeys(item_ids))
    pacer = HostPacer(host_delay)
    for start in range(0, len(order), BATCH_SIZE):
        for item_id in order[start : start + BATCH_SIZE]:
            try:
                outcome = await _check_one(maker, settings, item_id, explicit=item_ids is not None, fetch=fetch,
                                           policy=policy, pacer=pacer)  # fmt: skip
            except Exception:
                summary.errors += 1
                log.exception("re-check of removal item %d failed", item_id)
                continue
            if outcome is None:
                summary.skipped += 1
                continue
            summary.checked += 1
            summary.results[outcome.result] = summary.results.get(outcome.result, 0) + 1
            summary.reappeared += outcome.reappeared
            summary.new_items += len(outcome.new_item_ids)
    log.info(
        "re-check done: %d checked, %d errors, %d skipped, %d re-appeared, %d new items",
        summary.checked, summary.errors, summary.skipped, summary.reappeared, summary.new_items,
    )  # fmt: skip
    return summary


async def _check_one(
    maker: async_sessionmaker[AsyncSession],
    settings: Settings,
    item_id: int,
    *,
    explicit: bool,
    fetch: Fetcher,
    policy: FetchPolicy | None,
    pacer: HostPacer,
) -> CheckOutcome | None:
    async with unit_of_work(maker) as uow:
        item = await uow.session.get(RemovalItem, item_id)
        case = None if item is None else await uow.session.get(RemovalCase, item.case_id)
        if item is None or case is None or case.status != "open":
            return None
        if not explicit and item.state not in RECHECK_STATES:
            return None
        url = item.url
    probe = await probe_url(url, fetch=fetch, policy=policy, pacer=pacer)  # no transaction open
    async with unit_of_work(maker) as uow:
        item = await uow.session.get(RemovalItem, item_id)
        if item is None:
            return None
        return await record_probe(uow.session, item, probe, settings=settings)


__all__ = [
    "CheckOutcome",
    "Fetcher",
    "HostPacer",
    "MonitoredMatch",
    "Probe",
    "RecheckSummary",
    "match_monitored_media",
    "probe_url",
    "recheck_item",
    "record_probe",
    "run_rechecks",
]
