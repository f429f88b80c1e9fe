"""Tests of echord.events: the event bus and the generated gateway events."""
