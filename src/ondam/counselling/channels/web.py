"""The web chat as the first channel adapter.

The web chat needs no transport code here: ``counselling.talk`` identifies the young person by their case code
and PIN (a signed session cookie instead of a channel user key, so ``channel_user_key`` stays empty), opens the
conversation with ``channel="web"``, and ``counselling.realtime`` delivers messages both ways over the chat
socket (``post_message`` with the browser's ``client_msg_id``; replies are pushed, and a reconnecting client
reads everything after the last number it saw). This module registers it so that the channel names in use are
listed in one place (``ChannelAdapter.REGISTRY``).
"""

from __future__ import annotations

from ondam.counselling.channels.base import ChannelAdapter


class WebChannel(ChannelAdapter):
    name = "web"


WEB = ChannelAdapter.register(WebChannel())
