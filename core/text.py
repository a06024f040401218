"""Plain text drawn from structured content, for the reading time."""


def stream_text(stream):
    """The words of a StreamField value, as Wagtail's blocks give them to the search index
    (`get_searchable_content`): text without markup, choices by their label, no file or link data."""
    return " ".join(stream.stream_block.get_searchable_content(stream))
