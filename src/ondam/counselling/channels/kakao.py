"""KakaoTalk channel adapter: a Kakao i Open Builder skill server at ``POST /api/v1/channels/kakao/skill``.

Kakao calls the skill for every utterance of a young person in the Ondam KakaoTalk channel and shows what the
skill answers (skill response version "2.0": ``template.outputs`` of ``simpleText``, ``quickReplies``) if it
arrives within 5 seconds. A bot can only answer; it cannot write first. So:

- first contact: the answer explains the service, what stays confidential and when staff must report (the same
  words as the web's /talk page), and the emergency numbers; the utterance itself is already a message in the
  queue (someone in danger may write "help" first);
- every utterance is a message in the young person's conversation (``channel="kakao"``), in the same queue as
  the web chat; the answer says it was received and where the conversation stands;
- counsellor replies reach the young person in the answer to their next utterance, or, when the block has
  Kakao's callback enabled (``userRequest.callbackUrl``, valid once for 1 minute), in a callback sent after the
  commit by the job ``counselling.kakao_callback`` through ``kit.safefetch`` (never to a private address), which
  waits up to ``kakao_callback_wait_seconds`` for a counsellor's reply first;
- quick replies: "I am in danger now" (puts the conversation first, like the web's check box) and "End the
  conversation".

The webhook is authenticated by a shared secret header (``X-Ondam-Skill-Secret``, set in the skill's headers in
Open Builder, compared in constant time) and rate limited per client address and per young person. Kakao's user
id is kept only as a keyed digest (``Conversation.channel_user_key``). Message text is never logged.
See docs/decisions/0017-channel-adapters.md.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from ondam.centers import service as centers
from ondam.counselling import service
from ondam.counselling.channels.base import ChannelAdapter
from ondam.kit.clock import utcnow
from ondam.kit.deps import DB, Events, Jobs, Limiter, client_ip
from ondam.kit.errors import Conflict
from ondam.kit.i18n import N_, current_locale
from ondam.kit.i18n import gettext_ as _
from ondam.kit.pubsub import PubSub
from ondam.kit.settings import Settings
from ondam.models import Conversation

log = logging.getLogger(__name__)

router = APIRouter(prefix="/api/v1/channels/kakao", tags=["channels"])

SECRET_HEADER = "x-ondam-skill-secret"  # noqa: S105 - a header name, not a secret
MAX_PAYLOAD_BYTES = 64 * 1024
TEXT_LIMIT = 1000  # characters in one simpleText
MAX_OUTPUTS = 3  # outputs in one skill response
RETRY_WINDOW_SECONDS = 60  # the same words from the same person within a minute are one message (a retry)
CALLBACK_JOB = "counselling.kakao_callback"
SEPARATOR = "\n\n"  # between replies in one answer

DANGER_PHRASE = N_("I am in danger now")
END_PHRASE = N_("End the conversation")


# -- the skill payload (only the fields the adapter reads; Kakao sends more) ----------------------------------


class _Loose(BaseModel):
    model_config = ConfigDict(extra="ignore")


class SkillUser(_Loose):
    id: Annotated[str, Field(min_length=1, max_length=200)]
    type: str | None = None
    properties: dict[str, Any] = Field(default_factory=dict)


class SkillUserRequest(_Loose):
    utterance: Annotated[str, Field(max_length=service.MAX_BODY_CHARS)]
    user: SkillUser
    callbackUrl: Annotated[str | None, Field(max_length=2000)] = None  # noqa: N815 - Kakao's field name
    timezone: str | None = None
    lang: str | None = None


class SkillPayload(_Loose):
    userRequest: SkillUserRequest  # noqa: N815 - Kakao's field name
    bot: dict[str, Any] | None = None
    action: dict[str, Any] | None = None
    intent: dict[str, Any] | None = None

    @property
    def channel_user_id(self) -> str:
        """Kakao's id of the person for this bot: ``properties.botUserKey`` when sent, else ``user.id``."""
        key = self.userRequest.user.properties.get("botUserKey")
        return key if isinstance(key, str) and key else self.userRequest.user.id


# -- the skill response ---------------------------------------------------------------------------------------


def _chunks(text: str, limit: int = TEXT_LIMIT) -> list[str]:
    return [text[i : i + limit] for i in range(0, len(text), limit)] or [""]


def quick_replies() -> list[dict[str, str]]:
    return [
        {"label": _(DANGER_PHRASE), "action": "message", "messageText": _(DANGER_PHRASE)},
        {"label": _(END_PHRASE), "action": "message", "messageText": _(END_PHRASE)},
    ]


def skill_response(texts: list[str]) -> dict[str, Any]:
    """A version 2.0 skill response: up to three simpleText outputs (each at most 1000 characters)."""
    outputs = [{"simpleText": {"text": t}} for text in texts for t in _chunks(text)][:MAX_OUTPUTS]
    return {"version": "2.0", "template": {"outputs": outputs, "quickReplies": quick_replies()}}


def callback_ack(text: str) -> dict[str, Any]:
    """The immediate answer of a callback block: Kakao shows the block's waiting message and waits for the
    callback (``data.text`` can be used in that message)."""
    return {"version": "2.0", "useCallback": True, "data": {"text": text}}


def error_response(code: str, status: int) -> JSONResponse:
    return JSONResponse({"error": code}, status_code=status)


# -- what the answer says -------------------------------------------------------------------------------------


async def intro_texts(db: AsyncSession) -> list[str]:
    """Service, confidentiality and the duty to report (the /talk page's words), then the emergency numbers."""
    about = "\n\n".join(
        [
            _(
                "A trained counsellor reads what you write and answers you here. "
                "You do not need to give your name."
            ),
            _(
                "What you tell us stays with the counselling team. We do not tell your parents, your school or "
                "anyone else, and we do not ask for your name or phone number."
            ),
            _(
                "By law, counsellors must report to the police when they learn in their work that a child or "
                "teenager is a victim of a sex crime (Article 34 of the Act on the Protection of Children and "
                "Youth against Sex Offences, 아동·청소년의 성보호에 관한 법률)."
            ),
            _(
                "If that happens, the counsellor will tell you first and explain what happens next. We only pass "
                "on what is needed, and we stay with you."
            ),
        ]
    )
    lines = [_("In danger now? Call")]
    for contact in await centers.contacts(db):
        lines.append(f"{contact.number} {contact.name_ko} · {contact.purpose_ko}")
    lines.append(
        _(
            "If you are in danger right now, call 112. If you tell us you are in danger, you are put first in the "
            "queue, and a counsellor may call emergency services to keep you safe."
        )
    )
    return [about, "\n".join(lines)]


def status_text(conversation: Conversation, snapshot: service.QueueSnapshot, *, received: bool) -> str:
    parts = [_("Your message was received.")] if received else []
    if conversation.status == "active":
        parts.append(_("A counsellor is talking with you now."))
    elif conversation.status == "waiting" and conversation.mode == "live":
        position = snapshot.position(conversation.id)
        if position is not None:
            parts.append(
                _(
                    "You are number {position} in the queue; a counsellor should answer in about {minutes} minutes."
                ).format(position=position, minutes=snapshot.expected_wait_minutes(position))
            )
    elif conversation.status == "waiting":
        parts.append(
            _("No counsellor can chat live right now. A counsellor will answer as soon as they can.")
        )
    else:
        return _("The conversation has ended. Write again any time to start a new one.")
    parts.append(_("Replies from your counsellor appear here when you send your next message."))
    return " ".join(parts)


@dataclass(frozen=True)
class Replies:
    texts: list[str]  # at most ``MAX_OUTPUTS - 1`` outputs' worth
    last_seq: int  # the last message handed over (0: none)


def render_replies(messages: list[service.MessageOut], room: int) -> Replies:
    """As many whole replies as fit in ``room`` outputs, oldest first. A reply longer than the room is cut
    (marked with "…") so that one long message cannot block the ones after it."""
    budget = room * TEXT_LIMIT
    label = _("Counsellor")
    texts: list[str] = []
    used = 0
    last = 0
    for message in messages:
        text = f"[{label}] {message.body}" if message.sender == "staff" else message.body
        needed = len(text) + (len(SEPARATOR) if texts else 0)
        if used + needed > budget:
            if texts:
                break
            text = text[: budget - 1] + "…"
            needed = len(text)
        texts.append(text)
        used += needed
        last = message.seq
    joined = SEPARATOR.join(texts)
    chunks = _chunks(joined) if joined else []
    assert len(chunks) <= room  # everything marked delivered is in the answer
    return Replies(chunks, last)


# -- the adapter -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Handled:
    body: dict[str, Any]
    callback: dict[str, Any] | None = None  # kwargs of the callback job, when Kakao gave a callback URL


class KakaoChannel(ChannelAdapter):
    name = "kakao"

    def client_msg_ids(self, settings: Settings, user_key: str, payload: SkillPayload) -> list[str]:
        """Ids under which this utterance may have been stored by an earlier try of the same request.

        Kakao's payload carries no message id. A callback URL is issued once per request, so with one the id is
        exact. Without one, the same words from the same person within the retry window count as one message:
        the id of the current minute, and the previous minute's (a retry that crossed a minute boundary)."""
        key = settings.secret_key.get_secret_value().encode()

        def make(token: str) -> str:
            digest = hmac.new(key, f"kakao-msg:{user_key}:{token}".encode(), hashlib.sha256).hexdigest()
            return "kakao:" + digest[:40]

        if payload.userRequest.callbackUrl:
            return [make("cb:" + payload.userRequest.callbackUrl)]
        window = int(utcnow().timestamp()) // RETRY_WINDOW_SECONDS
        text = payload.userRequest.utterance.strip()
        return [make(f"{window}:{text}"), make(f"{window - 1}:{text}")]

    async def handle(
        self, db: AsyncSession, pubsub: PubSub, settings: Settings, payload: SkillPayload
    ) -> Handled:
        text = payload.userRequest.utterance.strip()
        user_key = self.user_key(settings, payload.channel_user_id)
        snapshot = await service.queue_snapshot(db)

        if text in (_(END_PHRASE), END_PHRASE):
            known = await self.find(db, user_key)
            current = await service.open_conversation_for(db, known) if known is not None else None
            if known is not None and current is not None:
                await service.end_by_youth(db, pubsub, known, current.id)
            return Handled(
                skill_response([_("The conversation has ended. Write again any time to start a new one.")])
            )

        contact, first = await self.identify(db, settings, user_key)
        danger = text in (_(DANGER_PHRASE), DANGER_PHRASE)
        conversation = await self.open_or_continue(
            db,
            pubsub,
            contact,
            user_key,
            mode="live" if snapshot.live_offered else "message",
            danger_now=danger,
        )
        received = False
        if text:
            ids = self.client_msg_ids(settings, user_key, payload)
            earlier = await self.already_delivered(db, conversation, ids)
            if earlier is None:
                try:
                    await self.deliver(db, pubsub, conversation, text, ids[0])
                    received = True
                except service.MessageRejected:
                    return Handled(
                        skill_response(
                            [_("That message could not be sent. Please write it again in shorter parts.")]
                        )
                    )
                except Conflict:  # ended in between: the next utterance opens a new conversation
                    pass
            else:
                received = True
        snapshot = await service.queue_snapshot(db)  # the conversation is in it now
        status = status_text(conversation, snapshot, received=received)

        callback_url = payload.userRequest.callbackUrl
        if callback_url:
            job = {"conversation_id": conversation.id, "callback_url": callback_url, "first": first}
            return Handled(callback_ack(status), job)
        body = await self.answer(db, pubsub, conversation, snapshot, first=first, received=received)
        return Handled(body)

    async def answer(
        self,
        db: AsyncSession,
        pubsub: PubSub | None,
        conversation: Conversation,
        snapshot: service.QueueSnapshot,
        *,
        first: bool,
        received: bool,
    ) -> dict[str, Any]:
        """The full answer: introduction (first contact) or pending replies, then the status. Moves the young
        person's pointer past the replies it hands over (the caller commits only when they were delivered)."""
        status = status_text(conversation, snapshot, received=received)
        if first:
            return skill_response([*await intro_texts(db), status])
        replies = render_replies(await self.pending_replies(db, conversation), MAX_OUTPUTS - 1)
        if replies.last_seq:
            await self.mark_delivered(db, pubsub, conversation, replies.last_seq)
        return skill_response([*replies.texts, status])


KAKAO = KakaoChannel()
ChannelAdapter.register(KAKAO)


def _authentic(request: Request, settings: Settings) -> bool:
    expected = settings.kakao_skill_secret.get_secret_value()
    given = request.headers.get(SECRET_HEADER, "")
    # An empty secret disables the channel; compare_digest on equal-length digests takes constant time.
    return bool(expected) and hmac.compare_digest(
        hashlib.sha256(given.encode()).digest(), hashlib.sha256(expected.encode()).digest()
    )


@router.post("/skill")
async def kakao_skill(request: Request, db: DB, events: Events, jobs: Jobs, limiter: Limiter) -> Response:
    """Kakao i Open Builder skill endpoint (see the module docstring)."""
    settings: Settings = request.app.state.settings
    per_minute = settings.kakao_rate_limit_per_minute
    if not await limiter.hit(f"kakao-skill:ip:{client_ip(request)}", per_minute * 50, 60):
        return error_response("rate_limited", 429)
    if not _authentic(request, settings):
        return error_response("unauthorized", 401)
    raw = await request.body()
    if len(raw) > MAX_PAYLOAD_BYTES:
        return error_response("payload_too_large", 413)
    try:
        payload = SkillPayload.model_validate_json(raw)
    except ValidationError:
        # Neither the payload nor pydantic's message (which quotes the input) is logged or returned.
        return error_response("bad_payload", 400)
    token = current_locale.set("ko")  # KakaoTalk channel: Korean
    try:
        user_key = KAKAO.user_key(settings, payload.channel_user_id)
        if not await limiter.hit(f"kakao-skill:user:{user_key}", per_minute, 60):
            return JSONResponse(
                skill_response([_("You are sending messages very fast. Wait a minute, then write again.")])
            )
        handled = await KAKAO.handle(db, events, settings, payload)
        if handled.callback is not None:
            jobs.enqueue_after_commit(request.state.uow, CALLBACK_JOB, **handled.callback)
        log.info("kakao skill answered", extra={"callback": handled.callback is not None})
        return JSONResponse(handled.body)
    finally:
        current_locale.reset(token)


def encode(body: dict[str, Any]) -> bytes:
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
