"""The detection engine behind the partner API: one message of a conversation at a time, or one text."""

from __future__ import annotations

import hashlib
import json
from functools import cache

from sqlalchemy.ext.asyncio import AsyncSession

from ondam.detection import repository
from ondam.detection.engine import Assessment, ConversationState, Detector
from ondam.kit.clock import utcnow
from ondam.models import DetectConversation


@cache
def detector() -> Detector:
    """Loaded once per process (the model is read-only)."""
    return Detector()


def _key(platform_id: int, conversation_id: str) -> str:
    return hashlib.sha256(f"{platform_id}:{conversation_id}".encode()).hexdigest()


async def add_message(
    db: AsyncSession, platform_id: int, conversation_id: str, text: str, lang: str | None = None
) -> tuple[Assessment, int]:
    """Score one more message; the stored state is updated in the request's transaction (row locked)."""
    engine = detector()
    key = _key(platform_id, conversation_id)
    row = await repository.conversation_for_update(db, platform_id, key)
    now = utcnow()
    state = (
        ConversationState.from_dict(engine.model, json.loads(row.state))
        if row is not None
        else engine.conversation(lang)
    )
    assessment = state.add(text)
    if row is None:
        row = DetectConversation(
            platform_id=platform_id,
            conversation_key=key,
            state="",
            message_count=0,
            created_at=now,
            updated_at=now,
        )
        db.add(row)
    row.state = json.dumps(state.to_dict(), separators=(",", ":"))
    row.message_count = state.count
    row.updated_at = now
    return assessment, state.count - 1


def score_text(text: str, lang: str | None = None) -> Assessment:
    return detector().score_text(text, lang)
