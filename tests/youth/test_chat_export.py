"""Pasted chats and chat app exports become messages (speaker apart from the text)."""

from __future__ import annotations

import pytest

from ondam.youth.chat_export import ChatLine, ChatTooLong, parse_chat


def test_kakaotalk_pc_export() -> None:
    raw = (
        "지민 님과 카카오톡 대화\n저장한 날짜 : 2026-11-25 15:20:01\n\n"
        "--------------- 2026년 11월 25일 수요일 ---------------\n"
        "[별빛오빠] [오후 3:15] 몇 살이야?\n[나] [오후 3:16] 중2요\n"
        "[별빛오빠] [오후 3:16] 사진 하나만\n보내줄래?\n"
    )
    assert parse_chat(raw) == [
        ChatLine("별빛오빠", "몇 살이야?"),
        ChatLine("나", "중2요"),
        ChatLine("별빛오빠", "사진 하나만\n보내줄래?"),
    ]


def test_kakaotalk_mobile_export_both_date_styles() -> None:
    raw = (
        "2026년 11월 25일 수요일\n"
        "2026년 11월 25일 오후 3:15, 별빛오빠 : 비밀로 하자\n"
        "2026. 11. 25. 오후 3:16, 나 : 왜요?\n"
    )
    assert parse_chat(raw) == [ChatLine("별빛오빠", "비밀로 하자"), ChatLine("나", "왜요?")]


def test_generic_name_colon_and_continuation_lines() -> None:
    raw = "A: hi how old are you\n[15:02] me: 14\nand in year 9\n"
    # A line without a speaker after a message continues it, as multi-line messages do in exports.
    assert parse_chat(raw) == [ChatLine("A", "hi how old are you"), ChatLine("me", "14\nand in year 9")]
    assert parse_chat("one\ntwo") == [ChatLine(None, "one"), ChatLine(None, "two")]


def test_too_long_is_refused() -> None:
    with pytest.raises(ChatTooLong):
        parse_chat("가" * 50_001)
    with pytest.raises(ChatTooLong):
        parse_chat("\n".join(f"line {n}" for n in range(1_002)))


def test_urls_with_colons_are_not_speakers() -> None:
    assert parse_chat("https://example.com/x")[0].speaker is None
