"""Turn a pasted chat or a chat app's text export into messages for the conversation check.

Recognised line shapes (anything else is kept as one message per line):
- KakaoTalk PC export:      ``[닉네임] [오후 3:15] 메시지``
- KakaoTalk mobile export:  ``2026년 11월 25일 오후 3:15, 닉네임 : 메시지`` and ``2026. 11. 25. 오후 3:15, 닉네임 : 메시지``
- Generic:                  ``닉네임: 메시지`` / ``[15:02] 닉네임: 메시지``
Date separator lines (``--------------- 2026년 11월 25일 수요일 ---------------``, ``2026년 11월 25일 수요일``) and
export headers (``... 님과 카카오톡 대화``, ``저장한 날짜 : ...``) are dropped. Speaker names are kept apart from the
text, so that nicknames do not feed the detector and the page can show who said what.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_CHARS = 50_000
MAX_MESSAGES = 1_000

_PC = re.compile(
    r"^\[(?P<name>[^\]]{1,40})\]\s*\[(?:오전|오후|AM|PM)?\s*\d{1,2}:\d{2}(?:\s*(?:AM|PM))?\]\s*(?P<text>.*)$"
)
_MOBILE = re.compile(
    r"^\d{4}(?:년\s*|\.\s*)\d{1,2}(?:월\s*|\.\s*)\d{1,2}(?:일|\.)?\s*(?:오전|오후)?\s*\d{1,2}:\d{2}\s*,\s*"
    r"(?P<name>[^:]{1,40}?)\s*:\s*(?P<text>.*)$"
)
_GENERIC = re.compile(r"^(?:\[\d{1,2}:\d{2}\]\s*)?(?P<name>[^\s:][^:]{0,29}?)\s*:\s+(?P<text>.+)$")
_DATE_LINE = re.compile(
    r"^[-=\s]*\d{4}\s*(?:년|\.)\s*\d{1,2}\s*(?:월|\.)\s*\d{1,2}\s*(?:일|\.)?\s*\S*요일?[-=\s]*$"
)
_HEADER = re.compile(r"(님과 카카오톡 대화|저장한 날짜\s*:|Talk_\d|KakaoTalk Chats with)")


@dataclass(frozen=True)
class ChatLine:
    speaker: str | None
    text: str


class ChatTooLong(ValueError):
    pass


def parse_chat(raw: str) -> list[ChatLine]:
    if len(raw) > MAX_CHARS:
        raise ChatTooLong(f"at most {MAX_CHARS} characters")
    lines: list[ChatLine] = []
    for line in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        stripped = line.strip()
        if not stripped or _DATE_LINE.match(stripped) or _HEADER.search(stripped):
            continue
        for pattern in (_PC, _MOBILE, _GENERIC):
            match = pattern.match(stripped)
            if match and match.group("text").strip():
                lines.append(ChatLine(match.group("name").strip(), match.group("text").strip()))
                break
        else:
            if lines and lines[-1].speaker is not None and not _looks_like_new_message(stripped):
                # A message that spans several lines in an export continues the previous speaker's message.
                previous = lines[-1]
                lines[-1] = ChatLine(previous.speaker, f"{previous.text}\n{stripped}")
            else:
                lines.append(ChatLine(None, stripped))
        if len(lines) > MAX_MESSAGES:
            raise ChatTooLong(f"at most {MAX_MESSAGES} messages")
    return lines


def _looks_like_new_message(line: str) -> bool:
    return line.startswith("[")
