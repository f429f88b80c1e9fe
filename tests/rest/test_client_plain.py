"""RESTClient with the plain httpx requester, against respx-mocked Discord."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Mapping, Sequence
from pathlib import Path

import httpx
import pytest
import respx

import echord
from echord._generated import models as m
from echord._support import UNSET, File, Snowflake
from echord.errors import HTTPError
from echord.rest import RESTClient
from echord.rest.base import StatusRequester
from echord.rest.client import DEFAULT_BASE_URL, USER_AGENT, PlainRequester, encode_query, fill_route

TOKEN = "MTIzNDU2Nzg5.secret-token-value"
API = DEFAULT_BASE_URL

USER = {
    "id": "80351110224678912",
    "username": "nelly",
    "avatar": None,
    "discriminator": "0",
    "public_flags": 0,
    "flags": 0,
    "global_name": "Nelly",
    "mfa_enabled": True,
    "bot": True,
}


def _message(**extra: object) -> dict[str, object]:
    return {
        "id": "1",
        "channel_id": "2",
        "type": 0,
        "content": "hi",
        "author": USER,
        "attachments": [],
        "embeds": [],
        "mentions": [],
        "mention_roles": [],
        "pinned": False,
        "mention_everyone": False,
        "tts": False,
        "timestamp": "2026-07-18T12:00:00+00:00",
        "edited_timestamp": None,
        "flags": 0,
        "components": [],
        **extra,
    }


@pytest.fixture(scope="module")
def http() -> httpx.AsyncClient:
    """One httpx client for the module (building its TLS context per test is slow); respx intercepts it."""
    return httpx.AsyncClient()


@pytest.fixture
async def rest(http: httpx.AsyncClient) -> AsyncIterator[RESTClient]:
    async with RESTClient(TOKEN, requester=PlainRequester(TOKEN, http=http)) as client:
        yield client


@respx.mock
async def test_get_my_user_end_to_end() -> None:
    route = respx.get(f"{API}/users/@me").mock(return_value=httpx.Response(200, json=USER))
    async with echord.RESTClient(TOKEN) as rest:
        me = await rest.get_my_user()
    assert isinstance(me, m.UserPIIResponse)
    assert me.id == 80351110224678912 and isinstance(me.id, Snowflake)
    assert me.username == "nelly"
    request = route.calls.last.request
    assert request.headers["Authorization"] == f"Bot {TOKEN}"
    assert request.headers["User-Agent"] == USER_AGENT
    assert request.headers["User-Agent"].startswith("DiscordBot (")


@respx.mock
async def test_bearer_token_and_base_url() -> None:
    route = respx.get("http://localhost:9999/api/users/@me").mock(return_value=httpx.Response(200, json=USER))
    async with RESTClient("oauth-token", token_type="Bearer", base_url="http://localhost:9999/api/") as rest:
        await rest.get_my_user()
    assert route.calls.last.request.headers["Authorization"] == "Bearer oauth-token"


@respx.mock
async def test_post_with_json_body(rest: RESTClient) -> None:
    route = respx.post(f"{API}/channels/2/messages").mock(return_value=httpx.Response(200, json=_message()))
    message = await rest.create_message(
        2, body=m.MessageCreateRequest(content="hi", sticker_ids=[Snowflake(5)])
    )
    assert message.content == "hi"
    request = route.calls.last.request
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content) == {"content": "hi", "sticker_ids": ["5"]}


@respx.mock
async def test_multipart_upload_with_payload_json(rest: RESTClient, tmp_path: Path) -> None:
    route = respx.post(f"{API}/channels/2/messages").mock(return_value=httpx.Response(200, json=_message()))
    on_disk = tmp_path / "notes.txt"
    on_disk.write_bytes(b"from disk")
    await rest.create_message(
        2,
        body=m.MessageCreateRequest(content="files"),
        files=[File(b"\x89PNG data", "image.png", content_type="image/png"), File(on_disk)],
    )
    request = route.calls.last.request
    assert request.headers["Content-Type"].startswith("multipart/form-data; boundary=")
    raw = request.content
    assert b'name="payload_json"' in raw and b'{"content":"files"}' in raw
    assert b'name="files[0]"; filename="image.png"' in raw and b"\x89PNG data" in raw
    assert b"Content-Type: image/png" in raw
    assert b'name="files[1]"; filename="notes.txt"' in raw and b"from disk" in raw


@respx.mock
async def test_audit_log_reason_is_url_encoded(rest: RESTClient) -> None:
    route = respx.put(f"{API}/guilds/10/bans/20").mock(return_value=httpx.Response(204))
    await rest.ban_user_from_guild(10, 20, reason="spam & raids: ünïcode")
    request = route.calls.last.request
    assert request.headers["X-Audit-Log-Reason"] == "spam%20%26%20raids%3A%20%C3%BCn%C3%AFcode"
    assert request.content == b""


@respx.mock
async def test_query_parameters_drop_unset(rest: RESTClient) -> None:
    route = respx.get(f"{API}/channels/2/messages").mock(return_value=httpx.Response(200, json=[_message()]))
    messages = await rest.list_messages(2, before=Snowflake(99), limit=10)
    assert [msg.id for msg in messages] == [1]
    assert dict(route.calls.last.request.url.params) == {"before": "99", "limit": "10"}


@respx.mock
async def test_webhook_with_token_sends_no_authorization(rest: RESTClient) -> None:
    route = respx.delete(f"{API}/webhooks/7/tok%2Fen").mock(return_value=httpx.Response(204))
    await rest.delete_webhook_by_token(7, "tok/en")
    assert "Authorization" not in route.calls.last.request.headers


@respx.mock
async def test_error_names_the_template_never_the_token(rest: RESTClient) -> None:
    respx.get(f"{API}/webhooks/7/{TOKEN}").mock(
        return_value=httpx.Response(404, json={"code": 10015, "message": "Unknown Webhook"})
    )
    with pytest.raises(HTTPError) as info:
        await rest.get_webhook_by_token(7, TOKEN)
    assert info.value.status == 404 and info.value.code == 10015
    assert TOKEN not in str(info.value) and TOKEN not in repr(info.value)
    assert "/webhooks/{webhook_id}/{webhook_token}" in str(info.value)


def test_repr_hides_the_token(http: httpx.AsyncClient) -> None:
    requester = PlainRequester(TOKEN, http=http)
    client = RESTClient(TOKEN, requester=requester)
    assert TOKEN not in repr(requester) and TOKEN not in repr(client)


class RecordingRequester(StatusRequester):
    """A Requester double: records the call, answers with canned bytes."""

    def __init__(self, reply: bytes, status: int = 200) -> None:
        self.reply = reply
        self.status = status
        self.calls: list[tuple[str, str, Mapping[str, str | int], dict[str, object]]] = []

    async def request_with_status(
        self,
        method: str,
        template: str,
        path_params: Mapping[str, str | int],
        *,
        query: Mapping[str, object] | None = None,
        body: object = UNSET,
        files: Sequence[File] | None = None,
        form: Mapping[str, str] | None = None,
        parts: Mapping[str, File] | None = None,
        reason: str | None = None,
        auth: bool = True,
        global_exempt: bool = False,
    ) -> tuple[int, bytes]:
        extra = {"query": query, "body": body, "files": files, "reason": reason, "auth": auth}
        extra |= {"form": form, "parts": parts}
        self.calls.append((method, template, path_params, {**extra, "global_exempt": global_exempt}))
        return self.status, self.reply


async def test_pluggable_requester_gets_route_and_flags() -> None:
    requester = RecordingRequester(b"")
    rest = RESTClient(TOKEN, requester=requester)
    await rest.create_interaction_response(1, "tok", body=m.PongInteractionCallbackRequest())
    method, template, params, extra = requester.calls[0]
    assert (method, template) == ("POST", "/interactions/{interaction_id}/{interaction_token}/callback")
    assert params == {"interaction_id": 1, "interaction_token": "tok"}
    assert extra["auth"] is False and extra["global_exempt"] is True
    await rest.aclose()


def test_route_and_query_encoding() -> None:
    assert fill_route("/a/{x}/b/{y}", {"x": Snowflake(1), "y": "😀 name"}) == "/a/1/b/%F0%9F%98%80%20name"
    assert encode_query({"ids": [1, 2], "flag": True, "none": False}) == httpx.QueryParams(
        [("ids", "1"), ("ids", "2"), ("flag", "true"), ("none", "false")]
    )


NOT_READY = {"message": "Index not yet available", "code": 110000, "documents_indexed": 0, "retry_after": 2}
SEARCH = {"messages": [], "doing_deep_historical_index": False, "total_results": 0}


@respx.mock
async def test_search_202_is_index_not_ready_by_status(rest: RESTClient) -> None:
    # Lenient decoding would read the 202 body as an empty search result; the status decides.
    route = respx.get(f"{API}/guilds/5/messages/search")
    route.mock(return_value=httpx.Response(202, json=NOT_READY))
    pending = await rest.guild_search(5, content="hi")
    assert isinstance(pending, m.SearchIndexNotReadyResponse)
    assert (pending.retry_after, pending.documents_indexed) == (2, 0)
    route.mock(return_value=httpx.Response(200, json=SEARCH))
    found = await rest.guild_search(5, content="hi")
    assert isinstance(found, m.GuildSearchResponse) and found.total_results == 0


async def test_thread_search_decides_by_the_requesters_status() -> None:
    body = json.dumps(NOT_READY).encode()
    rest = RESTClient(TOKEN, requester=RecordingRequester(body, status=202))
    assert isinstance(await rest.thread_search(9), m.SearchIndexNotReadyResponse)
    rest = RESTClient(TOKEN, requester=RecordingRequester(json.dumps(SEARCH).encode(), status=200))
    assert isinstance(await rest.thread_search(9), m.ThreadSearchResponse)


STICKER = {"id": "7", "name": "wave", "tags": "wave", "type": 2, "format_type": 1, "guild_id": "5"}


def _form_parts(request: httpx.Request) -> dict[str, tuple[str | None, bytes]]:
    """name -> (filename, content) of a multipart request."""
    boundary = request.headers["content-type"].split("boundary=")[1].encode()
    out: dict[str, tuple[str | None, bytes]] = {}
    for chunk in request.content.split(b"--" + boundary)[1:-1]:
        head, _, content = chunk.strip(b"\r\n").partition(b"\r\n\r\n")
        disposition = head.decode().split("\r\n")[0]
        name = disposition.split('name="')[1].split('"')[0]
        filename = disposition.split('filename="')[1].split('"')[0] if "filename=" in disposition else None
        out[name] = (filename, content)
    return out


@respx.mock
@pytest.mark.parametrize("plain", [True, False], ids=["PlainRequester", "RESTRequester"])
async def test_sticker_upload_sends_form_fields_and_a_file_part(plain: bool, http: httpx.AsyncClient) -> None:
    route = respx.post(f"{API}/guilds/5/stickers").mock(return_value=httpx.Response(200, json=STICKER))
    requester = PlainRequester(TOKEN, http=http) if plain else None
    async with RESTClient(TOKEN, requester=requester) as rest:
        sticker = await rest.create_guild_sticker(
            5, name="wave", tags="wave", description="hello", file=File(b"\x89PNG", "wave.png"), reason="new"
        )
    assert isinstance(sticker, m.GuildStickerResponse) and sticker.name == "wave"
    request = route.calls.last.request
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert request.headers["X-Audit-Log-Reason"] == "new"
    assert _form_parts(request) == {
        "name": (None, b"wave"),
        "tags": (None, b"wave"),
        "description": (None, b"hello"),
        "file": ("wave.png", b"\x89PNG"),
    }


@respx.mock
async def test_an_invite_with_a_target_users_file_sends_payload_json_and_the_named_part(
    rest: RESTClient,
) -> None:
    invite = {"code": "abc", "type": 0, "channel": {"id": "2", "type": 0, "name": "general"}}
    route = respx.post(f"{API}/channels/2/invites").mock(return_value=httpx.Response(200, json=invite))
    users = File(b"user_id\n1", "users.csv")
    await rest.create_channel_invite(2, body=m.CreateGuildInviteRequest(max_age=60), target_users_file=users)
    parts = _form_parts(route.calls.last.request)
    assert parts["target_users_file"] == ("users.csv", b"user_id\n1")
    assert json.loads(parts["payload_json"][1]) == {"max_age": 60}
    assert set(parts) == {"payload_json", "target_users_file"}
    await rest.create_channel_invite(2, body=m.CreateGuildInviteRequest(max_age=60))
    assert route.calls.last.request.headers["content-type"] == "application/json"


async def test_named_parts_reach_the_requester() -> None:
    requester = RecordingRequester(b'{"attachment": {"id": "1"}}')
    rest = RESTClient(TOKEN, requester=requester)
    attachment = File(b"data", "a.bin")
    await rest.upload_application_attachment(3, file=attachment)
    _, template, _, extra = requester.calls[-1]
    assert template == "/applications/{application_id}/attachment"
    assert extra["parts"] == {"file": attachment} and extra["form"] is None and extra["body"] is UNSET
    await rest.update_invite_target_users("abc", target_users_file=attachment)
    assert requester.calls[-1][3]["parts"] == {"target_users_file": attachment}
