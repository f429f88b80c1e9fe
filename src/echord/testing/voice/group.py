"""The emulator's DAVE group orchestration for one channel: what Discord's voice server does with MLS.

It is the external sender (op 25), proposes adding members whose key packages arrived and removing those that
left or asked to be re-added (op 27), picks the first valid commit of an epoch, announces it (op 29) and the
welcome (op 30), waits for Transition Ready (op 23) and executes the transition (op 22).

Simplification (documented in docs/voice.md): when no group exists yet, the proposals go to one pending
member (the first whose key package arrived) instead of to every pending member.
"""

from __future__ import annotations

import logging
import struct
from dataclasses import dataclass, field

import davey

from echord.voice.dave import DaveOp

from .mls import ExternalSender, commit_epoch, group_id_for, proposals_payload
from .session import BotSession
from .users import RemoteUser

__all__ = ["ChannelGroup", "Participant"]

log = logging.getLogger("echord.testing.voice")

Participant = BotSession | RemoteUser
_APPEND = davey.ProposalsOperationType.append


@dataclass(eq=False)
class _Round:
    epoch: int
    adds: list[Participant]
    removes: list[int]
    committer: Participant | None


@dataclass(eq=False)
class ChannelGroup:
    """MLS group state of one channel's call."""

    channel_id: int
    sender: ExternalSender
    protocol_version: int = 1
    epoch: int = 0
    leaves: list[Participant | None] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)
    stale_leaves: list[int] = field(default_factory=list)
    transition_counter: int = 0
    round: _Round | None = None
    awaiting_ready: dict[int, set[int]] = field(default_factory=dict)
    executed: list[int] = field(default_factory=list)
    commits_won: list[int] = field(default_factory=list)
    """User id of the committer of each winning commit, in order."""

    @property
    def group_id(self) -> bytes:
        return group_id_for(self.channel_id)

    def members(self) -> list[Participant]:
        return [p for p in self.participants if p.in_group]

    def next_transition(self) -> int:
        self.transition_counter = self.transition_counter % 0xFFFF + 1
        return self.transition_counter

    def reset(self) -> None:
        """Forget the group (a protocol upgrade with epoch 1 rebuilds it from fresh key packages)."""
        self.epoch = 0
        self.leaves.clear()
        self.stale_leaves.clear()
        self.round = None
        for p in self.participants:
            p.in_group = False
            p.leaf = None

    def leave(self, participant: Participant) -> None:
        if participant in self.participants:
            self.participants.remove(participant)
        if participant.leaf is not None:
            self.stale_leaves.append(participant.leaf)
        participant.in_group = False

    def invalidate(self, participant: Participant) -> None:
        """Op 31: the member reset its state; remove its old leaf and re-add it once its key package arrives."""
        if participant.leaf is not None:
            self.stale_leaves.append(participant.leaf)
        participant.in_group = False
        participant.leaf = None
        participant.key_package = None

    async def sync(self) -> None:
        """Start a proposal round if membership needs to change and none is running."""
        if self.protocol_version == 0 or self.round is not None:
            return
        pending = [p for p in self.participants if not p.in_group and p.key_package is not None]
        members = self.members()
        removes = sorted(set(self.stale_leaves))
        if not members:
            if len(pending) < 2:
                return
            committer, adds = pending[0], pending[1:]
            self.round = _Round(self.epoch, adds, [], committer)
            await self._propose([committer], self._messages(adds, []))
            return
        if not pending and not removes:
            return
        self.round = _Round(self.epoch, pending, removes, None)
        await self._propose(members, self._messages(pending, removes))

    def _messages(self, adds: list[Participant], removes: list[int]) -> list[bytes]:
        out = [self.sender.remove_proposal(self.group_id, self.epoch, leaf) for leaf in removes]
        for p in adds:
            assert p.key_package is not None
            out.append(self.sender.add_proposal(self.group_id, self.epoch, p.key_package))
        return out

    async def _propose(self, members: list[Participant], messages: list[bytes]) -> None:
        """Every member gets the proposals before any commit is announced (commits refer to them)."""
        payload = proposals_payload(messages)
        commits: list[tuple[Participant, davey.CommitWelcome]] = []
        for member in members:
            if isinstance(member, BotSession):
                await member.send_binary(DaveOp.MLS_PROPOSALS, payload)
                continue
            assert member.dave is not None
            result = member.dave.process_proposals(_APPEND, payload[1:], None)
            if result is not None:
                commits.append((member, result))
        if commits:
            member, result = commits[0]
            welcome = None if result.welcome is None else bytes(result.welcome)
            await self.on_commit(member, bytes(result.commit), welcome)

    async def on_commit(self, committer: Participant, commit: bytes, welcome: bytes | None) -> None:
        """Op 28 (or a remote member's commit): the first valid one of the epoch wins, later ones are dropped."""
        current = self.round
        if current is None or commit_epoch(commit) != current.epoch:
            log.debug("dropping stale commit from %s", committer.user_id)
            return
        if current.adds and welcome is None:
            log.debug("dropping commit without the welcome its adds need")
            return
        self.round = None
        self.commits_won.append(committer.user_id)
        existing = self.members() or [committer]
        for leaf in current.removes:
            if leaf < len(self.leaves):
                self.leaves[leaf] = None
        self.stale_leaves = [leaf for leaf in self.stale_leaves if leaf not in current.removes]
        if not self.leaves:
            self.leaves.append(committer)
            committer.leaf = 0
        for p in current.adds:
            free = next((i for i, x in enumerate(self.leaves) if x is None), len(self.leaves))
            if free == len(self.leaves):
                self.leaves.append(p)
            else:
                self.leaves[free] = p
            p.leaf = free
        self.epoch = current.epoch + 1
        transition = self.next_transition()
        waiting: set[int] = set()
        prefix = struct.pack(">H", transition)
        for member in existing:
            if isinstance(member, BotSession):
                waiting.add(member.user_id)
                await member.send_binary(DaveOp.MLS_ANNOUNCE_COMMIT, prefix + commit)
            else:
                assert member.dave is not None
                member.dave.process_commit(commit)
            member.in_group = True
        for p in current.adds:
            if isinstance(p, BotSession):
                waiting.add(p.user_id)
                assert welcome is not None
                await p.send_binary(DaveOp.MLS_WELCOME, prefix + welcome)
            else:
                assert p.dave is not None and welcome is not None
                p.dave.process_welcome(welcome)
            p.in_group = True
        self.awaiting_ready[transition] = waiting
        await self._maybe_execute(transition)
        await self.sync()

    async def on_ready(self, user_id: int, transition: int) -> None:
        """Op 23 from a bot."""
        waiting = self.awaiting_ready.get(transition)
        if waiting is not None:
            waiting.discard(user_id)
            await self._maybe_execute(transition)

    async def _maybe_execute(self, transition: int) -> None:
        waiting = self.awaiting_ready.get(transition)
        if waiting is None or waiting:
            return
        del self.awaiting_ready[transition]
        self.executed.append(transition)
        for p in self.participants:
            if isinstance(p, BotSession):
                await p.send(DaveOp.EXECUTE_TRANSITION, {"transition_id": transition})

    async def prepare_version(self, version: int) -> int:
        """Op 21 (to 0) or op 24 (to 1, epoch 1) for every bot; returns the transition id."""
        transition = self.next_transition()
        bots = [p for p in self.participants if isinstance(p, BotSession)]
        self.awaiting_ready[transition] = {b.user_id for b in bots} if version == 0 else set()
        self.protocol_version = version
        if version == 0:
            for b in bots:
                await b.send(DaveOp.PREPARE_TRANSITION, {"transition_id": transition, "protocol_version": 0})
            await self._maybe_execute(transition)
            return transition
        self.awaiting_ready.pop(transition, None)
        self.reset()
        for p in self.participants:
            if isinstance(p, BotSession):
                p.key_package = None
                await p.send(
                    DaveOp.PREPARE_EPOCH, {"transition_id": transition, "epoch": 1, "protocol_version": 1}
                )
            else:
                p.start_dave(self.sender.package())
        await self.sync()
        return transition
