"""The post-chat survey: two optional questions (was it helpful; would you recommend it), each 1 to 5, shown on
the ended chat page once a counsellor has taken part, answered once or skipped, stored on the conversation. No
free text: nothing the young person writes here can identify them.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.ext.asyncio import AsyncSession

from ondam.audit import service as audit
from ondam.audit.service import Actor
from ondam.counselling import service
from ondam.kit.clock import utcnow
from ondam.kit.csrf import csrf_protect
from ondam.kit.deps import DB
from ondam.kit.errors import DomainError
from ondam.models import Conversation, YouthContact
from ondam.youth.deps import CurrentYouth

router = APIRouter(dependencies=[Depends(csrf_protect)], include_in_schema=False)

SCALE = range(1, 6)


class SurveyRejected(DomainError):
    status_code = 422
    code = "survey_rejected"


def survey_due(conversation: Conversation) -> bool:
    """Whether the ended chat page asks the survey: ended, a counsellor took part, not answered or skipped yet."""
    return (
        conversation.status not in service.OPEN_STATUSES
        and conversation.assigned_staff_id is not None
        and conversation.survey_at is None
    )


def _score(raw: str) -> int | None:
    if not raw:
        return None
    if not raw.isdigit() or int(raw) not in SCALE:
        raise SurveyRejected("answers are 1 to 5")
    return int(raw)


async def answer(
    db: AsyncSession,
    contact: YouthContact,
    conversation_id: int,
    *,
    helpful: str,
    recommend: str,
    skip: bool,
) -> Conversation:
    """Store the answers (or the skip) once; later submits change nothing. NotFound for anyone else's chat."""
    conversation = await service.conversation_of_contact(db, contact, conversation_id)
    if not survey_due(conversation):
        return conversation
    scores = (None, None) if skip else (_score(helpful), _score(recommend))
    conversation.survey_helpful, conversation.survey_recommend = scores
    conversation.survey_at = utcnow()
    await audit.record(
        db,
        Actor("youth", str(contact.id)),
        "counselling.survey",
        object_type="conversation",
        object_id=conversation.id,
        details={"answered": scores != (None, None)},
    )
    return conversation


@router.post("/talk/chat/{conversation_id}/survey")
async def survey_submit(
    request: Request,
    *,
    db: DB,
    youth_contact: CurrentYouth,
    conversation_id: int,
    helpful: Annotated[str, Form(max_length=2)] = "",
    recommend: Annotated[str, Form(max_length=2)] = "",
    skip: Annotated[str, Form(max_length=8)] = "",
) -> Response:
    await answer(db, youth_contact, conversation_id, helpful=helpful, recommend=recommend, skip=skip == "yes")
    return RedirectResponse(f"/talk/chat/{conversation_id}?survey=done#survey-thanks", status_code=303)
