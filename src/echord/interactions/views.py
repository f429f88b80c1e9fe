"""Routing component and modal interactions to callbacks by `custom_id`.

Two kinds of route:
- persistent routes: a pattern such as `"vote:{poll_id}"` registered on the tree with a function. The data
  travels in the custom_id itself, so the route works for messages sent before a restart;
- views: live objects with their own callbacks and generated custom_ids, which stop answering after
  `timeout` seconds without use (`on_timeout` runs then).
"""

from __future__ import annotations

import asyncio
import logging
import re
import secrets
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import TypeAlias

from .components import ActionRow, Button, ButtonStyle, Component, Emoji, SelectOption, StringSelect
from .context import ComponentContext, ModalContext

__all__ = ["ComponentRouter", "CustomIdPattern", "View"]

log = logging.getLogger("echord.interactions")

ComponentCallback: TypeAlias = Callable[..., Awaitable[object]]
"""`async def f(ctx, **fields)`: the pattern's fields arrive as keyword arguments (strings)."""
ViewCallback: TypeAlias = Callable[[ComponentContext], Awaitable[object]]

_FIELD = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


class CustomIdPattern:
    """`"vote:{poll_id}"` matches `"vote:42"` with `poll_id="42"`; fields never span a `:`."""

    __slots__ = ("_regex", "fields", "pattern")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.fields = tuple(_FIELD.findall(pattern))
        parts = _FIELD.split(pattern)
        regex = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>[^:]+)" for i, p in enumerate(parts))
        self._regex = re.compile(regex)

    def __repr__(self) -> str:
        return f"CustomIdPattern({self.pattern!r})"

    def match(self, custom_id: str) -> dict[str, str] | None:
        found = self._regex.fullmatch(custom_id)
        return None if found is None else found.groupdict()

    def format(self, **fields: object) -> str:
        """The custom_id for these field values (checked against Discord's 100-character limit)."""
        custom_id = _FIELD.sub(lambda m: str(fields[m.group(1)]), self.pattern)
        if len(custom_id) > 100 or self.match(custom_id) is None:
            raise ValueError(f"{custom_id!r} is not a valid custom_id for {self.pattern!r}")
        return custom_id


@dataclass(slots=True)
class _Route:
    pattern: CustomIdPattern
    callback: ComponentCallback
    modal: bool


class View:
    """Live components with their own callbacks; custom_ids are generated and unique to this view.

    ```
    view = View(timeout=60)
    @view.button("Yes", style=ButtonStyle.SUCCESS)
    async def yes(ctx): await ctx.update_message("confirmed", components=[])
    tree.add_view(view)
    await ctx.respond("Sure?", components=view.rows())
    ```
    """

    def __init__(self, *, timeout: float | None = 180.0, user_id: int | None = None) -> None:
        self.timeout = timeout
        self.user_id = user_id
        """When set, only this user can use the view; others get an ephemeral refusal."""
        self.prefix = f"v{secrets.token_hex(6)}"
        self._items: list[tuple[Component, ViewCallback]] = []
        self._timer: asyncio.TimerHandle | None = None
        self.on_timeout: Callable[[], Awaitable[object]] | None = None
        self.finished = False

    def _custom_id(self, name: str) -> str:
        return f"{self.prefix}:{name}"

    def button(
        self,
        label: str,
        *,
        style: ButtonStyle = ButtonStyle.PRIMARY,
        emoji: Emoji | None = None,
        name: str | None = None,
    ) -> Callable[[ViewCallback], ViewCallback]:
        """Decorator: a button that calls the function when clicked."""

        def decorate(callback: ViewCallback) -> ViewCallback:
            custom_id = self._custom_id(name or callback.__name__)
            self._items.append((Button(label, custom_id=custom_id, style=style, emoji=emoji), callback))
            return callback

        return decorate

    def select(
        self, options: Sequence[SelectOption], *, placeholder: str | None = None, name: str | None = None
    ) -> Callable[[ViewCallback], ViewCallback]:
        """Decorator: a string select; the picked values are `ctx.values`."""

        def decorate(callback: ViewCallback) -> ViewCallback:
            custom_id = self._custom_id(name or callback.__name__)
            select = StringSelect(custom_id=custom_id, options=tuple(options), placeholder=placeholder)
            self._items.append((select, callback))
            return callback

        return decorate

    def add(self, component: Component, callback: ViewCallback) -> None:
        """Add any component: `view.add(UserSelect(custom_id=view.custom_id_for("who")), on_pick)`."""
        self._items.append((component, callback))

    def custom_id_for(self, name: str) -> str:
        return self._custom_id(name)

    def rows(self) -> list[Component]:
        """The components in action rows: buttons five to a row, each select on its own row."""
        rows: list[Component] = []
        buttons: list[Component] = []
        for component, _ in self._items:
            if isinstance(component, Button):
                buttons.append(component)
                if len(buttons) == 5:
                    rows.append(ActionRow(*buttons))
                    buttons = []
            else:
                rows.append(ActionRow(component))
        if buttons:
            rows.append(ActionRow(*buttons))
        return rows

    def callback_for(self, custom_id: str) -> ViewCallback | None:
        for component, callback in self._items:
            if getattr(component, "custom_id", None) == custom_id:
                return callback
        return None

    def stop(self) -> None:
        """Stop answering (the router forgets the view)."""
        self.finished = True
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _touch(self, expire: Callable[[View], None]) -> None:
        """(Re)start the inactivity timer."""
        if self.timeout is None:
            return
        if self._timer is not None:
            self._timer.cancel()
        loop = asyncio.get_running_loop()
        self._timer = loop.call_later(self.timeout, expire, self)


class ComponentRouter:
    """Finds the callback for a component or modal interaction: live views first, then patterns."""

    def __init__(self) -> None:
        self._routes: list[_Route] = []
        self._views: dict[str, View] = {}
        self._tasks: set[asyncio.Task[object]] = set()

    def add_route(self, pattern: str, callback: ComponentCallback, *, modal: bool = False) -> None:
        compiled = CustomIdPattern(pattern)
        self._routes.append(_Route(compiled, callback, modal))

    def add_view(self, view: View) -> None:
        self._views[view.prefix] = view
        view._touch(self._expire)

    def _expire(self, view: View) -> None:
        self._views.pop(view.prefix, None)
        view.stop()
        log.debug("view %s timed out", view.prefix)
        if view.on_timeout is not None:
            task: asyncio.Task[object] = asyncio.ensure_future(view.on_timeout())
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    @property
    def views(self) -> list[View]:
        return list(self._views.values())

    async def dispatch(self, ctx: ComponentContext) -> bool:
        """Run the matching callback; False when nothing matched."""
        custom_id = ctx.custom_id
        modal = isinstance(ctx, ModalContext)
        prefix = custom_id.split(":", 1)[0]
        view = self._views.get(prefix)
        if view is not None and not modal and not view.finished:
            callback = view.callback_for(custom_id)
            if callback is not None:
                if view.user_id is not None and ctx.user.id != view.user_id:
                    await ctx.respond("These buttons are not for you.", ephemeral=True)
                    return True
                view._touch(self._expire)
                await callback(ctx)
                if view.finished:
                    self._views.pop(view.prefix, None)
                return True
        for route in self._routes:
            if route.modal != modal:
                continue
            fields = route.pattern.match(custom_id)
            if fields is not None:
                await route.callback(ctx, **fields)
                return True
        return False
