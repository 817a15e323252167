"""Two synthetic removal cases for the development database (``ondam demo``), so the removal pages have
something to show. The addresses are example.com-style (reserved, never real sites) and no person is described.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from ondam.kit.clock import utcnow
from ondam.models import RemovalCase, RemovalEvent, RemovalEvidence, RemovalItem
from ondam.removal import repository, states
from ondam.removal.service import new_reference

# (url, [(state, hours ago), ...]) - the item's path through the state machine, oldest first.
Path = list[tuple[str, float]]
DEMO_CASES: list[tuple[str, bool, list[tuple[str, Path]]]] = [
    (
        "채팅 상대가 받은 사진을 게시판과 이미지 호스팅에 올림 (합성 데모 사례)",
        True,
        [
            (
                "https://board.example.com/view/1024",
                [("found", 80), ("evidence_captured", 79), ("requested_platform", 78)],
            ),
            ("https://images.example.net/a/77.jpg", [("found", 2)]),
        ],
    ),
    (
        "영상이 삭제된 뒤 다른 주소에 다시 올라옴 (합성 데모 사례)",
        False,
        [
            (
                "https://cdn.example.org/v/5",
                [("found", 300), ("evidence_captured", 299), ("requested_overseas", 298), ("removed", 200)],
            ),
            ("https://mirror.example.org/v/5", [("found", 30), ("evidence_captured", 29), ("refused", 5)]),
        ],
    ),
]


async def load_demo(db: AsyncSession, officer_id: int) -> int:
    """Insert the demo removal cases; returns how many."""
    now = utcnow()
    for description, forward, items in DEMO_CASES:
        opened = now - timedelta(hours=max(hours for *_, path in items for _, hours in path) + 1)
        case = RemovalCase(
            reference=await new_reference(db),
            status="open",
            source="staff",
            consent_share_hashes=True,
            consent_forward_center=forward,
            consent_text_version="staff-2026-1",
            consent_at=opened,
            description=description,
            assigned_officer_id=officer_id,
            created_at=opened,
            updated_at=now,
        )
        await repository.add(db, case)
        for url, path in items:
            await _item(db, case, url, path, officer_id=officer_id, now=now)
    return len(DEMO_CASES)


async def _item(
    db: AsyncSession,
    case: RemovalCase,
    url: str,
    path: Path,
    *,
    officer_id: int,
    now: datetime,
) -> None:
    times = [now - timedelta(hours=hours) for _, hours in path]
    state, entered = path[-1][0], times[-1]
    item = RemovalItem(
        case_id=case.id,
        url=url,
        host=url.split("/")[2],
        state=state,
        source="officer",
        due_at=states.due_at(state, entered),
        created_at=times[0],
        updated_at=entered,
    )
    await repository.add(db, item)
    previous = None
    for (step, _hours), at in zip(path, times, strict=True):
        if step == "evidence_captured":
            await repository.add(
                db,
                RemovalEvidence(
                    item_id=item.id,
                    url=url,
                    captured_at=at,
                    http_status=200,
                    content_type="image/jpeg",
                    size=48_213,
                    sha256=hashlib.sha256(f"demo capture {url}".encode()).hexdigest(),
                    captured_by="officer",
                    staff_id=officer_id,
                ),
            )
        db.add(
            RemovalEvent(
                case_id=case.id,
                item_id=item.id,
                kind="transition",
                from_state=previous,
                to_state=step,
                staff_id=officer_id,
                at=at,
            )
        )
        previous = step
    await db.flush()
