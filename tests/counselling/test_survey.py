"""The post-chat survey: two optional 1-5 questions on the ended chat page, answered once or skipped."""

from __future__ import annotations

from ondam.kit.db import unit_of_work
from ondam.models import Conversation
from tests.conftest import csrf_from
from tests.counselling.helpers import youth_chat
from tests.counselling.wrapup_factories import audit_actions, taken_chat


async def _survey_of(sessionmaker, conversation_id: int) -> tuple[int | None, int | None, bool]:  # type: ignore[no-untyped-def]
    async with unit_of_work(sessionmaker) as uow:
        conversation = await uow.session.get(Conversation, conversation_id)
        assert conversation is not None
        return conversation.survey_helpful, conversation.survey_recommend, conversation.survey_at is not None


async def test_the_survey_is_shown_after_the_chat_and_answered_once(
    client, app, sessionmaker, settings
) -> None:  # type: ignore[no-untyped-def]
    chat = await taken_chat(sessionmaker, settings, app)
    client.cookies.update(chat.youth_cookies)
    view = await client.get(f"/talk/chat/{chat.conversation_id}", headers={"accept-language": "en"})
    assert 'id="survey"' not in view.text  # not while the chat is open
    csrf = csrf_from(view.text)
    await client.post(f"/talk/chat/{chat.conversation_id}/end", data={"csrf_token": csrf})
    view = await client.get(f"/talk/chat/{chat.conversation_id}", headers={"accept-language": "en"})
    assert 'id="survey"' in view.text
    assert "Was talking with us helpful?" in view.text
    assert view.text.count('type="radio"') == 10  # two questions, 1 to 5
    assert "<textarea" not in view.text.split('id="survey"')[1].split("</section>")[0]  # no free text
    bad = await client.post(
        f"/talk/chat/{chat.conversation_id}/survey",
        data={"csrf_token": csrf, "helpful": "9", "recommend": "3"},
    )
    assert bad.status_code == 422
    assert await _survey_of(sessionmaker, chat.conversation_id) == (None, None, False)
    answered = await client.post(
        f"/talk/chat/{chat.conversation_id}/survey",
        data={"csrf_token": csrf, "helpful": "4", "recommend": "5"},
    )
    assert answered.status_code == 303
    thanks = await client.get(answered.headers["location"], headers={"accept-language": "en"})
    assert "Thank you." in thanks.text
    assert 'id="survey"' not in thanks.text
    again = await client.post(
        f"/talk/chat/{chat.conversation_id}/survey",
        data={"csrf_token": csrf, "helpful": "1", "recommend": "1"},
    )
    assert again.status_code == 303
    assert await _survey_of(sessionmaker, chat.conversation_id) == (4, 5, True)  # answered once
    assert len(await audit_actions(sessionmaker, "counselling.survey")) == 1


async def test_the_survey_can_be_skipped_or_answered_in_part(
    client, new_client, app, sessionmaker, settings
) -> None:  # type: ignore[no-untyped-def]
    skipped = await taken_chat(sessionmaker, settings, app)
    client.cookies.update(skipped.youth_cookies)
    csrf = csrf_from((await client.get(f"/talk/chat/{skipped.conversation_id}")).text)
    await client.post(f"/talk/chat/{skipped.conversation_id}/end", data={"csrf_token": csrf})
    done = await client.post(
        f"/talk/chat/{skipped.conversation_id}/survey",
        data={"csrf_token": csrf, "helpful": "2", "skip": "yes"},
    )
    assert done.status_code == 303
    assert await _survey_of(sessionmaker, skipped.conversation_id) == (None, None, True)
    view = await client.get(f"/talk/chat/{skipped.conversation_id}")
    assert 'id="survey"' not in view.text  # not asked again

    partial = await taken_chat(sessionmaker, settings, app)
    other = new_client()
    other.cookies.update(partial.youth_cookies)
    csrf = csrf_from((await other.get(f"/talk/chat/{partial.conversation_id}")).text)
    await other.post(f"/talk/chat/{partial.conversation_id}/end", data={"csrf_token": csrf})
    await other.post(
        f"/talk/chat/{partial.conversation_id}/survey", data={"csrf_token": csrf, "recommend": "3"}
    )
    assert await _survey_of(sessionmaker, partial.conversation_id) == (None, 3, True)
    # Someone else's conversation does not exist for this young person.
    refused = await other.post(
        f"/talk/chat/{skipped.conversation_id}/survey", data={"csrf_token": csrf, "helpful": "1"}
    )
    assert refused.status_code == 404


async def test_no_survey_when_no_counsellor_took_part(client, app, sessionmaker, settings) -> None:  # type: ignore[no-untyped-def]
    chat = await youth_chat(sessionmaker, settings, app.state.pubsub)
    client.cookies.update(chat.cookies)
    csrf = csrf_from((await client.get(f"/talk/chat/{chat.conversation_id}")).text)
    await client.post(f"/talk/chat/{chat.conversation_id}/end", data={"csrf_token": csrf})
    view = await client.get(f"/talk/chat/{chat.conversation_id}")
    assert 'id="survey"' not in view.text
    ignored = await client.post(
        f"/talk/chat/{chat.conversation_id}/survey", data={"csrf_token": csrf, "helpful": "5"}
    )
    assert ignored.status_code == 303
    assert await _survey_of(sessionmaker, chat.conversation_id) == (None, None, False)
