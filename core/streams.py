"""Turns plain lists into StreamField raw data with stable block ids (site set-up, demo content)."""

import uuid

NAMESPACE = uuid.UUID("2b9d6c1e-8f0a-4c7e-b5d3-9a1e6f4c2d70")


def block_id(*parts):
    return str(uuid.uuid5(NAMESPACE, ":".join(str(part) for part in parts)))


def list_items(values, key):
    return [
        {"type": "item", "value": value, "id": block_id(key, index)} for index, value in enumerate(values)
    ]


def body_stream(blocks, key):
    """Guide and standard-page bodies: [(block_type, value)] -> raw StreamField data."""
    raw = []
    for index, (block_type, value) in enumerate(blocks):
        item_key = f"{key}:{index}"
        if block_type == "heading":
            value = {"text": value, "level": "h2"}
        elif block_type == "steps":
            value = {
                "title": value.get("title", ""),
                "steps": list_items(
                    [{"title": s["title"], "text": s.get("text", "")} for s in value["steps"]],
                    f"{item_key}:steps",
                ),
            }
        elif block_type == "checklist":
            value = {
                "title": value.get("title", ""),
                "items": list_items(value["items"], f"{item_key}:items"),
            }
        elif block_type == "quote":
            value = {"quote": value["quote"], "role": value["role"], "name": value.get("name", "")}
        elif block_type == "table":
            value = {
                "caption": value.get("caption", ""),
                "header": list_items(value["header"], f"{item_key}:header"),
                "rows": list_items(
                    [
                        {"cells": list_items(row, f"{item_key}:row{number}")}
                        for number, row in enumerate(value["rows"])
                    ],
                    f"{item_key}:rows",
                ),
                "first_column_is_header": True,
            }
        raw.append({"type": block_type, "value": value, "id": block_id(item_key)})
    return raw


def simple_stream(block_type, values, key):
    """A stream of one block type: ["text", …] or [{"kind": …, "text": …}, …]."""
    return [
        {"type": block_type, "value": value, "id": block_id(key, index)} for index, value in enumerate(values)
    ]
