"""Demo canned responses (Korean and English) for a development database; loaded by ``ondam demo``."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from ondam.kit.clock import utcnow
from ondam.models import CannedResponse

DEMO_CANNED: list[tuple[str, str, str]] = [
    (
        "ko",
        "첫 인사",
        "안녕하세요, 온담 상담사예요. 여기서 하는 이야기는 안전하게 지켜져요. 천천히 편하게 말해 주세요.",
    ),
    (
        "ko",
        "지금 안전한지",
        "지금 있는 곳은 안전한가요? 위험하다면 바로 112에 전화하거나 문자(112)로 알려 주세요.",
    ),
    (
        "ko",
        "사진·영상 유포 협박",
        "사진이나 영상으로 협박을 받았다면 당신 잘못이 아니에요. 돈을 보내거나 더 보내지 말고, 대화 내용은 지우지 말고 캡처해 두세요. 삭제 지원도 함께 도와드릴게요.",
    ),
    ("ko", "잠시 기다림", "말해 줘서 고마워요. 잠시만 기다려 주세요. 확인하고 바로 답할게요."),
    (
        "ko",
        "마무리",
        "오늘 이야기해 줘서 고마워요. 언제든 다시 찾아와도 괜찮아요. 사건 코드로 이 대화를 다시 볼 수 있어요.",
    ),
    (
        "en",
        "Greeting",
        "Hello, I am a counsellor at Ondam. What you tell me here is kept safe. Take your time.",
    ),
    (
        "en",
        "Are you safe now?",
        "Are you somewhere safe right now? If you are in danger, call 112 or text 112 straight away.",
    ),
    (
        "en",
        "Threats with photos",
        "If someone threatens to share your photos or videos, it is not your fault. Do not send money or more "
        "pictures, and keep screenshots of the chat. We can also help you get them removed.",
    ),
    (
        "en",
        "Closing",
        "Thank you for talking with me today. You can come back any time; your case code opens this chat again.",
    ),
]


async def load_demo(db: AsyncSession, supervisor_id: int) -> int:
    now = utcnow()
    for locale, title, body in DEMO_CANNED:
        db.add(
            CannedResponse(
                locale=locale, title=title, body=body, active=True, updated_by=supervisor_id, updated_at=now
            )
        )
    await db.flush()
    return len(DEMO_CANNED)
