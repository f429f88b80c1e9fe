"""Recompute the docs-derived overrides from Discord's docs (a discord-api-docs checkout).

The spec never declares the `X-Audit-Log-Reason` header and links no docs page; the docs give both per
endpoint: a `## Title` section with a `<Route>` and, where supported, an Info box naming the header. This
matches those routes to the spec's operationIds and writes spec/overrides/audit_log_reason.toml and
spec/overrides/docs.toml:

    python -m codegen.docs_routes ../shared/discord-api-docs [--spec openapi.json] [--out spec/overrides]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codegen.overrides import iter_operations

__all__ = ["DocsSection", "audit_log_operations", "documented_operations", "normalise_route", "sections"]

DOCS_URL = "https://discord.com/developers/docs/"
AUDIT_SENTENCE = "supports the `X-Audit-Log-Reason` header"
EXCLUDED = {"change-log.mdx"}

_HEADING = re.compile(r"^##\s+(?P<title>.+?)\s*$")
_ROUTE = re.compile(r'<Route method="(?P<method>[A-Z]+)">(?P<path>.+?)</Route>')
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


@dataclass(frozen=True, slots=True)
class DocsSection:
    """One `## Endpoint` section of a docs page."""

    page: str
    title: str
    method: str
    route: str
    text: str

    @property
    def url(self) -> str:
        anchor = re.sub(r"[^a-z0-9]+", "-", self.title.lower()).strip("-")
        return f"{DOCS_URL}{self.page.removesuffix('.mdx')}#{anchor}"


def normalise_route(path: str) -> str:
    """`/channels/[\\{channel.id\\}](...)/pins` and `/channels/{channel_id}/pins` both become `/channels/{}/pins`."""
    path = _LINK.sub(r"\1", path).replace("\\{", "{").replace("\\}", "}")
    return re.sub(r"{[^}]*}", "{}", path.split("?")[0]).rstrip("/")


def sections(docs_dir: Path) -> Iterator[DocsSection]:
    """Every `##` section with a `<Route>` in the docs' .mdx pages, in path order."""
    root = docs_dir / "developers" if (docs_dir / "developers").is_dir() else docs_dir
    for page in sorted(root.rglob("*.mdx")):
        if page.name in EXCLUDED:
            continue
        relative = page.relative_to(root.parent).as_posix().removeprefix("developers/")
        title = ""
        body: list[str] = []
        for line in [*page.read_text(encoding="utf-8").splitlines(), "## end"]:
            heading = _HEADING.match(line)
            if heading:
                yield from _section(relative, title, body)
                title, body = heading.group("title"), []
            else:
                body.append(line)


def _section(page: str, title: str, body: list[str]) -> Iterator[DocsSection]:
    text = "\n".join(body)
    route = _ROUTE.search(text)
    if title and route:
        yield DocsSection(page, title, route.group("method"), normalise_route(route.group("path")), text)


def _matched(docs_dir: Path, spec: dict[str, Any]) -> Iterator[tuple[str | None, DocsSection]]:
    by_route: dict[tuple[str, str], str] = {}
    for method, path, operation in iter_operations(spec):
        by_route[(method, normalise_route(path))] = operation["operationId"]
    for section in sections(docs_dir):
        yield by_route.get((section.method, section.route)), section


def audit_log_operations(docs_dir: Path, spec: dict[str, Any]) -> dict[str, str]:
    """{operationId: docs URL} for every documented endpoint that accepts an audit-log reason."""
    found: dict[str, str] = {}
    for op, section in _matched(docs_dir, spec):
        if AUDIT_SENTENCE in section.text:
            if op is not None:
                found.setdefault(op, section.url)
            else:
                print(f"no operation for {section.method} {section.route} ({section.url})", file=sys.stderr)
    return dict(sorted(found.items()))


def documented_operations(docs_dir: Path, spec: dict[str, Any]) -> dict[str, DocsSection]:
    """{operationId: the first docs section whose route is that operation's}."""
    found: dict[str, DocsSection] = {}
    for op, section in _matched(docs_dir, spec):
        if op is not None:
            found.setdefault(op, section)
    return dict(sorted(found.items()))


def _quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def render_audit_log(ops: dict[str, str]) -> str:
    lines = [
        "# Operations that accept an `X-Audit-Log-Reason` header (the spec does not declare it).",
        "# Recompute with: python -m codegen.docs_routes ../shared/discord-api-docs",
        "",
        "[audit_log_reason]",
        *(f"{op} = {_quoted(url)}" for op, url in ops.items()),
    ]
    return "\n".join(lines) + "\n"


def render_docs(ops: dict[str, DocsSection]) -> str:
    lines = [
        "# The docs page of each operation (its section title and link), for the generated docstrings.",
        "# Recompute with: python -m codegen.docs_routes ../shared/discord-api-docs",
        "",
        "[docs]",
        *(f"{op} = {{ title = {_quoted(s.title)}, url = {_quoted(s.url)} }}" for op, s in ops.items()),
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    from codegen.spec import REPO_ROOT, load_spec

    parser = argparse.ArgumentParser(prog="python -m codegen.docs_routes", description=__doc__)
    parser.add_argument("docs", type=Path, help="a discord-api-docs checkout (or its developers/ folder)")
    parser.add_argument("--spec", type=Path, default=None, help="default: the pinned spec")
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "spec" / "overrides")
    args = parser.parse_args(argv)
    spec = load_spec(args.spec).document
    audit = audit_log_operations(args.docs, spec)
    documented = documented_operations(args.docs, spec)
    (args.out / "audit_log_reason.toml").write_text(render_audit_log(audit), encoding="utf-8")
    (args.out / "docs.toml").write_text(render_docs(documented), encoding="utf-8")
    total = sum(1 for _ in iter_operations(spec))
    print(
        f"{len(audit)} operations take an audit-log reason; {len(documented)} of {total} documented",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
