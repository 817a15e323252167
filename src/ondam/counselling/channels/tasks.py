"""Background job of the KakaoTalk channel: the answer sent to Kakao's one-time callback URL."""

from __future__ import annotations

import asyncio
import logging
import time

from ondam.counselling import service
from ondam.counselling.channels import kakao
from ondam.kit.i18n import current_locale
from ondam.kit.jobs import JobContext, job
from ondam.kit.safefetch import FetchError, FetchPolicy, safe_post
from ondam.models import Conversation

log = logging.getLogger(__name__)

POLL_SECONDS = 1.0
# Kakao's callback URLs are HTTPS; the body of Kakao's answer is small. Tests replace this policy to reach their
# own local server (never in application code).
CALLBACK_POLICY = FetchPolicy(
    max_bytes=64 * 1024,
    timeout=5.0,
    connect_timeout=3.0,
    max_redirects=0,
    allowed_schemes=frozenset({"https"}),
    allowed_ports=frozenset({443}),
    user_agent="Ondam/0.1 (KakaoTalk channel callback)",
)


@job(kakao.CALLBACK_JOB)
async def kakao_callback(
    ctx: JobContext, conversation_id: int, callback_url: str, first: bool = False
) -> str:
    """Answer a KakaoTalk utterance through its callback URL, after waiting briefly for a counsellor's reply."""
    db = ctx.session
    deadline = time.monotonic() + float(ctx.settings.kakao_callback_wait_seconds)
    while True:
        conversation = await db.get(Conversation, conversation_id, populate_existing=True)
        if conversation is None:
            return "missing"
        if first or conversation.status not in service.OPEN_STATUSES or time.monotonic() >= deadline:
            break
        if await kakao.KAKAO.pending_replies(db, conversation, limit=1):
            break
        await db.rollback()  # nothing written yet: the next look sees what counsellors committed meanwhile
        await asyncio.sleep(POLL_SECONDS)
    token = current_locale.set("ko")
    try:
        snapshot = await service.queue_snapshot(db)
        body = await kakao.KAKAO.answer(db, None, conversation, snapshot, first=first, received=True)
    finally:
        current_locale.reset(token)
    try:
        result = await safe_post(
            callback_url, content=kakao.encode(body), content_type="application/json", policy=CALLBACK_POLICY
        )
    except FetchError as exc:
        # The replies stay pending (this unit of work is rolled back) and come with the next utterance.
        log.warning(
            "kakao callback not sent", extra={"reason": exc.reason, "conversation_id": conversation_id}
        )
        await db.rollback()
        return exc.reason
    if not 200 <= result.status < 300:
        log.warning(
            "kakao callback refused", extra={"status": result.status, "conversation_id": conversation_id}
        )
        await db.rollback()
        return f"status_{result.status}"
    return "sent"
