"""The bot client: `Client` wires REST, the shards, the event bus and the cache, and runs them.

```python
client = Client(token, intents=Intents.default() | Intents.MESSAGE_CONTENT)

@client.listen(MessageCreate)
async def on_message(message: MessageCreate) -> None:
    if message.content == "!ping":
        await client.send_message(message.channel_id, "pong")

client.run()   # until Ctrl-C or SIGTERM; shards are closed resumably
```
"""

from __future__ import annotations

from .config import ClientConfigError, ClientConfigWarning
from .core import Client

__all__ = ["Client", "ClientConfigError", "ClientConfigWarning"]
