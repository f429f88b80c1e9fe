"""Markdown escaping and stripping, and defusing mentions."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from echord.utils import escape_markdown, escape_mentions, remove_markdown


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        (
            "**bold** *it* __under__ ~~gone~~ ||spoiler||",
            r"\*\*bold\*\* \*it\* \_\_under\_\_ \~\~gone\~\~ \|\|spoiler\|\|",
        ),
        ("`code` and ```block```", r"\`code\` and \`\`\`block\`\`\`"),
        ("a \\ b", "a \\\\ b"),
        (
            "> quote\n>>> all\n# Title\n## Sub\n-# small\n- item\n+ item\n  1. first",
            "\\> quote\n\\>>> all\n\\# Title\n\\## Sub\n\\-# small\n\\- item\n\\+ item\n  1\\. first",
        ),
        ("3 > 2 - 1 # 0. x", "3 > 2 - 1 # 0. x"),
        ("[label](https://example.com)", r"\[label\](https://example.com)"),
    ],
)
def test_escape_markdown(text: str, escaped: str) -> None:
    assert escape_markdown(text) == escaped


def test_escape_leaves_tokens_and_links_whole() -> None:
    text = "<:my_emoji:1> <a:an_im:2> <@3> <@&4> <#5> <t:6:R> </do_it sub_cmd:7> <id:linked-roles:8> <https://a.b/c_d>"
    assert escape_markdown(text) == text
    assert escape_markdown("see https://a.example/x_y_z.") == "see https://a.example/x_y_z."
    assert escape_markdown("see https://a.example/x_y", ignore_links=False) == r"see https://a.example/x\_y"


def test_remove_markdown() -> None:
    assert remove_markdown("**hi** ||there|| ~~old~~ __u__ *i* _j_ ***both***") == "hi there old u i j both"
    assert remove_markdown("**__nested *deep*__**") == "nested deep"
    assert remove_markdown("snake_case_name and 2 * 3 * 4") == "snake_case_name and 2 * 3 * 4"
    assert remove_markdown("`a*b*` ``c`d`` ```py\nx = y**2\n```") == "a*b* c`d x = y**2\n"
    assert (
        remove_markdown("> quoted\n>>> rest\n# Head\n-# small\n- item") == "quoted\nrest\nHead\nsmall\n- item"
    )
    assert remove_markdown(r"\*\*kept\*\*") == "**kept**"
    assert remove_markdown("[label](https://example.com/a_b_c)") == "label"
    assert remove_markdown("<:my_emoji:1> https://a.example/x_y_z") == "<:my_emoji:1> https://a.example/x_y_z"
    assert remove_markdown("https://a.example/_x_", ignore_links=False) == "https://a.example/x"
    assert remove_markdown("https://a.example/_x_") == "https://a.example/_x_"


def test_remove_markdown_cannot_be_fooled_by_placeholder_lookalikes() -> None:
    text = "\ue0000\ue000 `code` \ue000"
    assert remove_markdown(text) == "\ue0000\ue000 code \ue000"


def test_escape_mentions() -> None:
    zwsp = "\u200b"
    text = "@everyone @here <@1> <@!2> <@&3> <#4> mail@example.com"
    assert escape_mentions(text) == (
        f"@{zwsp}everyone @{zwsp}here <@{zwsp}1> <@{zwsp}!2> <@{zwsp}&3> <#4> mail@example.com"
    )


plain_or_markdown = st.text(alphabet=st.sampled_from(list("ab _*~|`>#-1.[]()\\\n<@:&")), max_size=40)


@given(plain_or_markdown)
def test_escaped_text_strips_back_to_itself(text: str) -> None:
    # Escaping makes every special character literal, so stripping markdown must give the text back.
    assert remove_markdown(escape_markdown(text, ignore_links=False), ignore_links=False) == text
