from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from ondam.models import DetectConversation


async def conversation_for_update(db: AsyncSession, platform_id: int, key: str) -> DetectConversation | None:
    query = (
        select(DetectConversation)
        .where(DetectConversation.platform_id == platform_id, DetectConversation.conversation_key == key)
        .with_for_update()
    )
    return (await db.scalars(query)).one_or_none()
