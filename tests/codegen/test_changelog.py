"""The API changelog between the two shared snapshots reproduces the spike's counts (section 6)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from codegen.__main__ import main
from codegen.changelog import Changes, diff, render


def test_counts_between_snapshots(old_spec_document: dict[str, Any], spec_document: dict[str, Any]) -> None:
    counts = diff(old_spec_document, spec_document).counts()
    assert counts == {
        "operations added": 13,
        "operations removed": 0,
        # the spike's 9, plus two inline bodies that gained a field (add_lobby_member, bot_partner_sdk_token)
        "operations changed": 11,
        "schemas added": 45,
        "schemas removed": 4,
        "fields added": 59,
        "fields added (required)": 23,
        "fields removed": 4,
        "fields retyped": 37,
        "fields with new limits only": 7,
        "fields made optional/required": 4,
        "enums changed": 7,
    }


def test_details(old_spec_document: dict[str, Any], spec_document: dict[str, Any]) -> None:
    changes = diff(old_spec_document, spec_document)
    assert "guild_search" in changes.operations_added
    assert changes.operations_changed["invite_resolve"] == [
        "parameter added: query target_channel_id",
        "parameter added: query target_message_id",
    ]
    assert changes.operations_changed["bulk_ban_users_from_guild"] == ["response 204 removed"]
    assert set(changes.schemas_removed) == {
        "BasicApplicationResponse",
        "IconEmojiResponse",
        "SpamLinkRuleResponse",
        "SpamLinkTriggerMetadataResponse",
    }
    assert changes.enums_changed["AutomodTriggerType"] == ["+USER_PROFILE = 6", "-SPAM_LINK = 2"]
    removed = {(f.schema, f.name) for f in changes.fields_removed}
    assert ("GuildRoleResponse", "description") in removed
    required = {(f.schema, f.name, f.detail) for f in changes.fields_requiredness}
    assert ("EntitlementResponse", "starts_at", "now required") in required


def test_same_spec_has_no_changes(spec_document: dict[str, Any]) -> None:
    changes = diff(spec_document, spec_document)
    assert changes == Changes()
    assert all(count == 0 for count in changes.counts().values())


def test_cli_renders_markdown(
    capsys: pytest.CaptureFixture[str], old_spec_path: Path, new_spec_path: Path
) -> None:
    assert main(["changelog", str(old_spec_path), str(new_spec_path)]) == 0
    out = capsys.readouterr().out
    assert "## Operations added (13)" in out
    assert "- update_voice_channel_status" in out


def test_plain_text_render(old_spec_document: dict[str, Any], spec_document: dict[str, Any]) -> None:
    text = render(diff(old_spec_document, spec_document), markdown=False)
    assert "Schemas removed (4)" in text and "## " not in text
