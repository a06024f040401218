"""What the code under test sends to Redis, for the tests that count round trips."""

import contextlib

import redis


@contextlib.contextmanager
def recorded_redis_commands():
    """Yields a list that receives each command sent to Redis inside the block, as the tuple of
    its arguments (name first, then keys and values)."""
    sent = []
    original = redis.Redis.execute_command

    def recording(self, *args, **options):
        sent.append(args)
        return original(self, *args, **options)

    redis.Redis.execute_command = recording
    try:
        yield sent
    finally:
        redis.Redis.execute_command = original
