"""The conversation check's "talk to a counsellor about this": the checked text, only with consent, opens the chat.

The check itself stores nothing (``youth.endpoints.check_submit``). Its result page carries the text back to the
same browser (a no-store page, in a form field that is sent only when the young person ticks "attach the text I
checked": the page's script leaves it out of the request otherwise, and without the tick the server ignores it).
With the tick, ``POST /talk`` (``counselling.talk.talk_start``) calls :func:`attach_checked_text` after opening the
conversation: the text becomes the young person's first message(s), each clearly marked as the checked
conversation, and the engine's assessment of the whole checked chat raises the conversation's risk in the queue
the same way the young person's own messages do (``counselling.service.triage_level``; it never falls).

The text goes in the POST body, never in a URL, and is limited to :data:`ATTACH_MAX_CHARS` characters (a few
messages of ``MAX_BODY_CHARS``); a longer text gets a clear message and nothing is created.
"""

from __future__ import annotations

import asyncio
import hashlib
import json

from sqlalchemy.ext.asyncio import AsyncSession

from ondam.counselling import service as counselling
from ondam.detection import service as detection
from ondam.kit.i18n import gettext_ as _
from ondam.kit.pubsub import PubSub, publish_after_commit
from ondam.models import Conversation
from ondam.youth import chat_export

ATTACH_MAX_CHARS = 12_000
_HEADER_ROOM = 200  # the marker line in front of each part


class CheckedTextTooLong(ValueError):
    pass


def too_long(text: str) -> bool:
    return len(text.strip()) > ATTACH_MAX_CHARS


def _parts(text: str, size: int) -> list[str]:
    """The text in parts of at most ``size`` characters, cut between lines where it can be."""
    parts: list[str] = []
    current = ""
    for raw in text.strip().splitlines():
        line = raw
        while len(line) > size:  # one very long line: cut it
            if current:
                parts.append(current)
                current = ""
            parts.append(line[:size])
            line = line[size:]
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > size:
            parts.append(current)
            current = line
        else:
            current = candidate
    if current.strip():
        parts.append(current)
    return [p for p in parts if p.strip()]


async def attach_checked_text(db: AsyncSession, events: PubSub, conversation: Conversation, text: str) -> int:
    """Post the checked text as the young person's marked message(s) and feed its assessment to triage.

    Retry-safe: each part's client message id comes from the text, so the same text sent twice (a double tap,
    a retried request) is stored once. Returns the number of messages the text was posted as."""
    text = text.strip()
    if not text:
        return 0
    if too_long(text):
        raise CheckedTextTooLong(f"at most {ATTACH_MAX_CHARS} characters")
    digest = hashlib.sha256(text.encode()).hexdigest()[:16]
    parts = _parts(text, counselling.MAX_BODY_CHARS - _HEADER_ROOM)
    first_seq = None
    for number, part in enumerate(parts, start=1):
        marker = _("[The conversation I checked, part %(i)d of %(n)d]") % {"i": number, "n": len(parts)}
        message = await counselling.post_message(
            db,
            events,
            conversation,
            sender="youth",
            body=f"{marker}\n{part}",
            client_msg_id=f"check-{digest}-{number}",
        )
        first_seq = first_seq if first_seq is not None else message.seq
    try:
        texts = [line.text for line in chat_export.parse_chat(text)]
    except chat_export.ChatTooLong:  # very many short lines: score them as they are
        texts = text.splitlines()[: chat_export.MAX_MESSAGES]
    assessment = await asyncio.to_thread(detection.detector().score_conversation, texts)
    categories = set(assessment.categories)
    level = counselling.triage_level(int(assessment.level), categories)
    before = (conversation.risk_level, conversation.risk_categories)
    conversation.risk_level = max(conversation.risk_level, level)
    conversation.risk_score = max(conversation.risk_score, assessment.score)
    conversation.risk_categories = json.dumps(
        sorted(set(json.loads(conversation.risk_categories)) | categories)
    )
    if categories and first_seq is not None:
        evidence = json.loads(conversation.risk_evidence)
        evidence.append({"seq": first_seq, "categories": sorted(categories)})
        conversation.risk_evidence = json.dumps(evidence[-50:])
    if (conversation.risk_level, conversation.risk_categories) != before:
        uow = db.info["uow"]
        publish_after_commit(
            uow, events, counselling.QUEUE_CHANNEL, {"type": "queue", "conversation_id": conversation.id}
        )
        publish_after_commit(
            uow,
            events,
            counselling.conversation_channel(conversation.id),
            {"type": "risk", **counselling.risk_of(conversation)},
        )
    return len(parts)
