"""bench.json: one key per benchmark ("search", "downloads"), each run replacing only its own."""

import json
from pathlib import Path

DEFAULT_PATH = "bench.json"


def load(path=DEFAULT_PATH):
    path = Path(path)
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def save(key, value, path=DEFAULT_PATH):
    data = load(path)
    data[key] = value
    Path(path).write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
