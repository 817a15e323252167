"""Partner API: score a message of a conversation, or a post. Token per platform, rate limited."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter

from ondam.detection import service
from ondam.detection.schemas import AssessmentOut, ConversationMessageIn, MessageAssessmentOut, TextIn
from ondam.kit.deps import DB
from ondam.partners.deps import CurrentPartner

router = APIRouter(prefix="/api/v1/detect", tags=["detection"])


@router.post("/messages", response_model=MessageAssessmentOut)
async def detect_message(
    body: ConversationMessageIn, db: DB, partner: CurrentPartner
) -> MessageAssessmentOut:
    """Add one message to a conversation and get the conversation's risk so far.

    Send the messages of a conversation in order, each with the same `conversation_id`. The warning, once
    raised (`flagged`), is never withdrawn; `first_flag_index` says at which message it fired and
    `evidence` names the messages and the warning signs behind it. No message text is stored."""
    assessment, index = await service.add_message(
        db, partner.id, body.conversation_id, body.message.text, body.lang
    )
    return MessageAssessmentOut(
        conversation_id=body.conversation_id, message_index=index, **assessment.as_dict()
    )


@router.post("/texts", response_model=AssessmentOut)
async def detect_text(body: TextIn, partner: CurrentPartner) -> AssessmentOut:
    """Score a post or any text on its own (e.g. a solicitation ad)."""
    assessment = await asyncio.to_thread(service.score_text, body.text, body.lang)
    return AssessmentOut(**assessment.as_dict())
