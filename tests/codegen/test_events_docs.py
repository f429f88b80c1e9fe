"""spec/gateway against Discord's docs: every event, opcode, close code and intent, and the docs' examples."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import msgspec
import pytest

from codegen.events import GatewaySchema, load_gateway_schema
from echord._generated import events as ev
from echord._generated import gateway as gw
from echord._support import UNSET, decode_json

# Headings under "Receive Events" that describe objects, not payloads.
OBJECT_HEADINGS = {"Client Status Object": "ClientStatus", "Activity Object": "Activity"}


@pytest.fixture(scope="module")
def schema() -> GatewaySchema:
    return load_gateway_schema()


@pytest.fixture(scope="module")
def events_doc(docs_dir: Path) -> str:
    return (docs_dir / "developers" / "events" / "gateway-events.mdx").read_text()


@pytest.fixture(scope="module")
def gateway_doc(docs_dir: Path) -> str:
    return (docs_dir / "developers" / "events" / "gateway.mdx").read_text()


def _section(text: str, start: str, end: str | None) -> str:
    body = text.split(start, 1)[1]
    return body.split(end, 1)[0] if end else body


def _headings(text: str) -> list[str]:
    return [m.group(2).strip() for m in re.finditer(r"^(###|####) (.+)$", text, re.MULTILINE)]


def _upper(heading: str) -> str:
    return heading.upper().replace(" ", "_")


def _camel(heading: str) -> str:
    return heading.title().replace(" ", "")


def test_every_receive_heading_is_in_the_schema(schema: GatewaySchema, events_doc: str) -> None:
    receive = _section(events_doc, "## Receive Events", None)
    # Level-3 headings there are groups ("### Guilds"); level-4 are events, plus two object sections.
    headings = [m.group(1).strip() for m in re.finditer(r"^#### (.+)$", receive, re.MULTILINE)]
    assert len(headings) > 80
    missing = []
    for heading in headings:
        if heading in OBJECT_HEADINGS:
            assert OBJECT_HEADINGS[heading] in schema.objects
        elif _upper(heading) not in schema.events and _camel(heading) not in schema.receive:
            missing.append(heading)
    assert missing == []


def test_every_schema_event_is_documented(schema: GatewaySchema, events_doc: str) -> None:
    documented = {_upper(h) for h in _headings(_section(events_doc, "## Receive Events", None))}
    assert sorted(set(schema.events) - documented) == []
    assert len(schema.events) == 79


def test_every_send_heading_is_a_send_payload(schema: GatewaySchema, events_doc: str) -> None:
    send = _section(events_doc, "## Send Events", "## Receive Events")
    headings = _headings(send)
    assert "Request Channel Info" in headings  # a level-3 heading in the docs, still a send event
    assert sorted(_camel(h) for h in headings if _camel(h) not in schema.send) == []


def test_opcodes_match_the_docs(schema: GatewaySchema, docs_dir: Path) -> None:
    text = (docs_dir / "developers" / "topics" / "opcodes-and-status-codes.mdx").read_text()
    table = _section(text, "###### Gateway Opcodes", "###### Gateway Close Event Codes")
    rows = re.findall(r"^\| (\d+)\s+\| ([^|]+?)\s+\| ([^|]+?)\s+\|", table, re.MULTILINE)
    documented = {int(code): (name.upper().replace(" ", "_"), action) for code, name, action in rows}
    ours = {op["code"]: (name, op["direction"]) for name, op in schema.opcodes.items()}
    directions = {"Receive": "receive", "Send": "send", "Send/Receive": "both"}
    assert {code: (name, directions[action]) for code, (name, action) in documented.items()} == ours
    assert {op.value for op in gw.Opcode} == set(documented)


def test_close_codes_match_the_docs(schema: GatewaySchema, docs_dir: Path) -> None:
    text = (docs_dir / "developers" / "topics" / "opcodes-and-status-codes.mdx").read_text()
    table = _section(text, "###### Gateway Close Event Codes", "## Voice")
    rows = re.findall(r"^\| (\d{4}) \| ([^|]+?)\s+\|[^|]+\| (true|false)\s+\|", table, re.MULTILINE)
    assert len(rows) == 14
    for code, description, reconnect in rows:
        action = gw.close_action(int(code))
        assert (action is gw.CloseAction.FATAL) == (reconnect == "false"), code
        assert gw.CLOSE_DESCRIPTIONS[int(code)] == description
    # The docs' wording decides resume versus a new session among the reconnectable codes.
    assert gw.close_action(4007) is gw.CloseAction.REIDENTIFY
    assert gw.close_action(4009) is gw.CloseAction.REIDENTIFY
    assert gw.close_action(4000) is gw.CloseAction.RESUME
    assert gw.close_action(1001) is gw.CloseAction.RESUME


def test_intents_and_their_events_match_the_docs(schema: GatewaySchema, gateway_doc: str) -> None:
    block = _section(gateway_doc, "### List of Intents", "### Privileged Intents").split("```")[1]
    documented: dict[str, tuple[int, list[str]]] = {}
    current = ""
    for line in block.splitlines():
        head = re.match(r"^([A-Z_]+) \(1 << (\d+)\)", line)
        if head:
            current = head.group(1)
            documented[current] = (int(head.group(2)), [])
        elif line.strip().startswith("- "):
            documented[current][1].append(line.strip()[2:].rstrip(" *"))
    assert {name: bit for name, (bit, _) in documented.items()} == {
        n: i["bit"] for n, i in schema.intents.items()
    }
    assert {n for n, i in schema.intents.items() if i.get("privileged")} == {
        "GUILD_MEMBERS",
        "GUILD_PRESENCES",
        "MESSAGE_CONTENT",
    }
    expected: dict[str, set[str]] = {}
    for intent, (_, names) in documented.items():
        for name in names:
            expected.setdefault(name, set()).add(intent)
    ours = {name: set(obj.intents) for name, obj in schema.events.items() if obj.intents}
    assert ours == expected
    assert gw.EVENT_INTENTS["MESSAGE_CREATE"] == gw.Intents.GUILD_MESSAGES | gw.Intents.DIRECT_MESSAGES
    assert (
        gw.PRIVILEGED_INTENTS
        == gw.Intents.GUILD_MEMBERS | gw.Intents.GUILD_PRESENCES | gw.Intents.MESSAGE_CONTENT
    )


def _examples(text: str) -> dict[str, Any]:
    """The docs' JSON examples by their heading, with the `//` comments they contain removed."""
    found: dict[str, Any] = {}
    for match in re.finditer(r"###### (Example [^\n]+)\n\n```json\n(.*?)```", text, re.DOTALL):
        source = re.sub(r"^\s*//.*$", "", match.group(2), flags=re.MULTILINE)
        found[match.group(1).strip()] = json.loads(source)
    return found


SEND_EXAMPLES: dict[str, Any] = {
    "Example Identify": gw.Identify,
    "Example Resume": gw.Resume,
    "Example Request Guild Members": gw.RequestGuildMembers,
    "Example Request Soundboard Sounds": gw.RequestSoundboardSounds,
    "Example Request Channel Info": gw.RequestChannelInfo,
    "Example Gateway Voice State Update": gw.UpdateVoiceState,
    "Example Gateway Presence Update": gw.UpdatePresence,
    "Example Hello": gw.Hello,
}


def test_the_docs_examples_decode(events_doc: str) -> None:
    examples = _examples(events_doc)
    assert len(examples) == 15
    for title, cls in SEND_EXAMPLES.items():
        envelope = examples.pop(title)
        assert envelope["op"] == cls.opcode, title
        decoded = decode_json(msgspec.json.encode(envelope["d"]), cls)
        assert isinstance(decoded, cls)
    identify = decode_json(msgspec.json.encode(_examples(events_doc)["Example Identify"]["d"]), gw.Identify)
    assert identify.shard == (0, 1) and identify.intents == 5
    assert isinstance(identify.presence, gw.UpdatePresence) and identify.presence.activities[0].type == 0
    voice = ev.event_decoder("VOICE_SERVER_UPDATE")
    assert voice is not None
    server = voice(msgspec.json.encode(examples.pop("Example Voice Server Update Payload")))
    assert isinstance(server, ev.VoiceServerUpdate) and server.guild_id == 41771983423143937
    for title in ("Example Activity", "Example Activity with Rich Presence"):
        activity = decode_json(msgspec.json.encode(examples.pop(title)), ev.Activity)
        assert isinstance(activity, ev.Activity) and activity.name
    rich = decode_json(
        msgspec.json.encode(_examples(events_doc)["Example Activity with Rich Presence"]), ev.Activity
    )
    assert rich.party is not UNSET and rich.party.size == (2, 2)
    assert rich.application_id == 379286085710381999
    # Envelope-only examples: the generic payload, the opcode-only Reconnect/Invalid Session/Heartbeat.
    assert {examples.pop(t)["op"] for t in list(examples)} == {0, 1, 7, 9}
