"""``/ws/staff/queue``: tells an open queue page that the waiting list changed, so it re-reads
``/staff/queue/list`` at once instead of on its next slow poll.

The socket carries no data, only ``{"type": "queue"}`` (debounced) whenever something is published on
``QUEUE_CHANNEL`` (a conversation opened, accepted, transferred, re-scored, ended while waiting: see
``counselling.service._queue_event``); what the page shows is read over HTTP with the usual access rule.
Handshake as for the chat sockets: same-origin ``Origin``, a signed-in staff session with ``Perm.COUNSEL``
(4401 otherwise; 4404 for staff without counselling). The session is re-checked every ``SESSION_CHECK_SECONDS``
(4401 once it ended). Client frames other than ``ping`` (answered with ``pong``) are ignored.
"""

from __future__ import annotations

import asyncio
import contextlib

from fastapi import APIRouter, WebSocket
from starlette.websockets import WebSocketState

from ondam.access import PERMISSIONS, Perm, Role
from ondam.auth import service as auth_service
from ondam.auth.deps import COOKIE as STAFF_COOKIE
from ondam.counselling import service
from ondam.counselling.connection import (
    CLOSE_NOT_FOUND,
    CLOSE_POLICY,
    CLOSE_RESTART,
    CLOSE_UNAUTHORIZED,
    first_ended,
)
from ondam.counselling.realtime import ChatRuntime, origin_allowed, refuse
from ondam.kit.hub import Listener, ListenerDropped

router = APIRouter(include_in_schema=False)

DEBOUNCE_SECONDS = 0.3
SESSION_CHECK_SECONDS = 60.0


async def _session_user(runtime: ChatRuntime, token: str | None) -> tuple[int, bool] | None:
    """(user id, may counsel) of a valid staff session, read only (an open queue page is not activity)."""
    async with runtime.sessionmaker() as db:
        state = await auth_service.resolve_session(db, runtime.settings, token, mfa=True)
        found = None
        if state is not None:
            found = (state.user.id, Perm.COUNSEL in PERMISSIONS.get(Role(state.user.role), frozenset()))
        await db.rollback()
    return found


@router.websocket("/ws/staff/queue")
async def staff_queue_socket(websocket: WebSocket) -> None:
    runtime = ChatRuntime.of(websocket.app)
    if not origin_allowed(websocket, runtime.settings):
        await websocket.close(code=CLOSE_POLICY)
        return
    token = websocket.cookies.get(STAFF_COOKIE)
    found = await _session_user(runtime, token)
    if found is None:
        await refuse(websocket, "unauthorized", CLOSE_UNAUTHORIZED)
        return
    user_id, may_counsel = found
    if not may_counsel:
        await refuse(websocket, "not_found", CLOSE_NOT_FOUND)
        return
    await websocket.accept()
    close_code = 1000
    try:
        async with runtime.hub.listen(service.QUEUE_CHANNEL) as listener:
            done = await first_ended(
                _read(websocket), _pump(websocket, listener), _watch_session(runtime, token, user_id)
            )
            for task in done:
                error = task.exception()
                if isinstance(error, ListenerDropped):
                    close_code = CLOSE_RESTART
                elif isinstance(error, _SessionEnded):
                    close_code = CLOSE_UNAUTHORIZED
    except ListenerDropped:
        close_code = CLOSE_RESTART
    finally:
        if websocket.application_state == WebSocketState.CONNECTED:
            with contextlib.suppress(Exception):
                await websocket.close(code=close_code)


class _SessionEnded(Exception):
    pass


async def _read(websocket: WebSocket) -> None:
    while True:
        message = await websocket.receive()
        if message["type"] == "websocket.disconnect":
            return
        text = message.get("text")
        if text and len(text) < 100 and '"ping"' in text:
            await websocket.send_text('{"type":"pong"}')


async def _pump(websocket: WebSocket, listener: Listener) -> None:
    while True:
        await listener.get()
        await asyncio.sleep(DEBOUNCE_SECONDS)  # a burst of changes is one re-read
        while listener.pending():
            await listener.get()
        await websocket.send_text('{"type":"queue"}')


async def _watch_session(runtime: ChatRuntime, token: str | None, user_id: int) -> None:
    while True:
        await asyncio.sleep(SESSION_CHECK_SECONDS)
        found = await _session_user(runtime, token)
        if found is None or found[0] != user_id:
            raise _SessionEnded()
