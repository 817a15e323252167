from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

# Messages and posts longer than this are refused (422) rather than silently cut.
MAX_MESSAGE_CHARS = 10_000
MAX_TEXT_CHARS = 20_000


class MessageIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    speaker: str = Field(default="", max_length=64, description="Who wrote it, as the platform knows it")
    text: str = Field(max_length=MAX_MESSAGE_CHARS)


class ConversationMessageIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    conversation_id: str = Field(min_length=1, max_length=200, description="Chosen by the platform")
    lang: Literal["ko", "en"] | None = None
    message: MessageIn


class TextIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str | None = Field(default=None, max_length=200)
    lang: Literal["ko", "en"] | None = None
    text: str = Field(max_length=MAX_TEXT_CHARS)


class EvidenceOut(BaseModel):
    index: int = Field(description="0-based index of the message in the conversation")
    categories: list[str]


class AssessmentOut(BaseModel):
    score: float = Field(ge=0, le=1)
    flagged: bool
    first_flag_index: int | None
    level: Literal["none", "watch", "high", "urgent"]
    categories: list[str]
    evidence: list[EvidenceOut]


class MessageAssessmentOut(AssessmentOut):
    conversation_id: str
    message_index: int
