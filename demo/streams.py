"""The demo's StreamField data goes through core.streams (kept here for the tests that import it)."""

from core.streams import block_id, body_stream, list_items, simple_stream

__all__ = ["block_id", "body_stream", "list_items", "simple_stream"]
