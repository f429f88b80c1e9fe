"""The top-level package: every exported name resolves, and importing it stays lazy."""

from __future__ import annotations

import subprocess
import sys

import echord


def test_every_exported_name_resolves() -> None:
    for name in echord.__all__:
        assert getattr(echord, name) is not None, name


def test_import_echord_loads_no_layer() -> None:
    code = (
        "import sys, echord\n"
        "loaded = [m for m in ('echord.rest', 'echord.gateway', 'echord.cache', 'echord._generated.models',"
        " 'httpx', 'websockets') if m in sys.modules]\n"
        "print(','.join(loaded))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def _loaded_after(code: str, modules: tuple[str, ...]) -> list[str]:
    """Which of `modules` a fresh interpreter has imported after running `code`."""
    probe = f"{code}\nimport sys\nprint(','.join(m for m in {modules!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return [m for m in out.stdout.strip().split(",") if m]


def test_rest_client_loads_no_models_until_a_reply_is_decoded() -> None:
    # The endpoints name their response types and import the models on the first decoded reply.
    assert (
        _loaded_after(
            "import echord; echord.RESTClient", ("echord._generated.models", "echord._generated.enums")
        )
        == []
    )


def test_models_do_not_create_the_enum_classes_until_one_is_used() -> None:
    assert _loaded_after("import echord._generated.models", ("echord._generated.enums",)) == []
    code = "from echord._generated import models, enums\nassert models.ChannelTypes is enums.ChannelTypes"
    assert _loaded_after(code, ("echord._generated.enums",)) == ["echord._generated.enums"]


def test_the_first_decoded_reply_imports_the_models() -> None:
    code = (
        "from echord._generated import endpoints\n"
        'user = endpoints._UserResponse.decode(b\'{"id": "80351110224678912", "username": "n"}\')\n'
        "assert type(user).__name__ == 'UserResponse' and user.id == 80351110224678912"
    )
    assert _loaded_after(code, ("echord._generated.models",)) == ["echord._generated.models"]


def test_shard_and_bus_load_no_models_until_a_gateway_event_is_used() -> None:
    code = "import echord; echord.ShardConnection; echord.EventBus(); import echord.gateway"
    assert _loaded_after(code, ("echord._generated.models", "echord._generated.events")) == []
    # Naming an event class (to listen to it) or star-importing the package loads them, as before.
    assert _loaded_after("from echord.events import MessageCreate", ("echord._generated.models",)) == [
        "echord._generated.models"
    ]
    code = "from echord.events import *\nassert EventBus and MessageCreate and EVENTS['MESSAGE_CREATE'] is MessageCreate"
    assert _loaded_after(code, ("echord._generated.events",)) == ["echord._generated.events"]


def test_the_first_gateway_dispatch_loads_the_event_table() -> None:
    code = (
        "import asyncio\n"
        "from echord.events import EventBus, RawEvent\n"
        "async def main():\n"
        "    bus = EventBus()\n"
        "    seen = []\n"
        "    async def raw(event): seen.append(event.name)\n"
        "    bus.subscribe(RawEvent, raw)\n"
        "    bus.dispatch_raw('TYPING_START', b'{}', 0)\n"
        "    await asyncio.sleep(0)\n"
        "    assert seen == ['TYPING_START']\n"
        "asyncio.run(main())"
    )
    assert _loaded_after(code, ("echord._generated.events",)) == ["echord._generated.events"]


def test_version_matches_the_installed_distribution() -> None:
    # The REST user agent uses echord.__version__ rather than importing importlib.metadata at import.
    from importlib import metadata

    from echord.rest.requester import USER_AGENT

    assert echord.__version__ == metadata.version("echord")
    assert USER_AGENT.endswith(f", {echord.__version__})")
