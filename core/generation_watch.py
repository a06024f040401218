"""Each process learns of a new content generation from Redis instead of asking for it.

`core.site_cache` reads one Redis key, the content generation, at the start of every request.
Redis can instead tell a process when that key changes: client-side caching, in its broadcasting
mode (`CLIENT TRACKING ON BCAST PREFIX <key>`), its invalidation messages redirected to the same
connection, subscribed to `__redis__:invalidate`. A `GenerationWatch` holds that connection, one
per process and Redis server: it remembers the generation the process last read and forgets it as
soon as any byte arrives on the connection (a change of the key, its expiry or eviction, a flush
of the cache), or when the connection fails or closes (Redis stopped or restarted). Checking costs
one non-blocking `recv` per request, no round trip.

Why nothing stale is served: a change writes the key, then makes one more round trip to Redis
(`core.site_cache._bump`). Redis sends the invalidation messages of a command in the same pass of
its event loop as the command's reply, so by the time that later round trip has its answer, every
watching connection has been sent its message, before the change's request has even answered its
writer. A generation is remembered only if no message arrived between the moment the caller saw
it missing and the moment it read it (`epoch`).

A generation known for `MAX_AGE_SECONDS` is read again all the same (one round trip per
interval): if it changed while no message came, the connection had silently stopped carrying them
(a network fault that closed nothing), and the watch connects again.

Redis does the rest by itself: a connection that closes stops its tracking. When the watch cannot
connect (Redis away, a server without `CLIENT TRACKING`), the process reads the generation from
Redis on every request as before and tries again after `RETRY_SECONDS`; the failure is logged at
most once per `LOG_SECONDS`.
"""

import logging
import os
import socket
import threading
import time
from urllib.parse import unquote, urlsplit

logger = logging.getLogger(__name__)

CHANNEL = b"__redis__:invalidate"
RETRY_SECONDS = 1.0
MAX_AGE_SECONDS = 5.0
LOG_SECONDS = 60.0
_SUBSCRIBED = b"*3\r\n$9\r\nsubscribe\r\n$%d\r\n%s\r\n:1\r\n" % (len(CHANNEL), CHANNEL)


def _command(*parts):
    """One command in the Redis protocol (RESP)."""
    encoded = [part if isinstance(part, bytes) else str(part).encode() for part in parts]
    return b"*%d\r\n" % len(encoded) + b"".join(b"$%d\r\n%s\r\n" % (len(part), part) for part in encoded)


class HandshakeError(Exception):
    pass


class GenerationWatch:
    """The generation this process last read, kept only while Redis says the key has not changed."""

    def __init__(self, url, key, *, connect_timeout=0.25, timeout=0.5):
        self.url = url
        self.key = key.encode() if isinstance(key, str) else key
        self.connect_timeout = connect_timeout
        self.timeout = timeout
        self._lock = threading.Lock()
        self._pid = None
        self._socket = None
        self._generation = None
        self._expired = None  # the generation last known, once MAX_AGE_SECONDS old
        self._learned_at = 0.0
        self._epoch = 0
        self._retry_at = 0.0
        self._logged_at = None

    # What callers use -----------------------------------------------------------------------

    def known(self):
        """`(generation or None, epoch)`: the generation last read, if Redis has not said it
        changed since; `epoch` to hand back to `learn()` with the value read when it is None."""
        with self._lock:
            self._refresh()
            if self._generation is not None and time.monotonic() - self._learned_at >= MAX_AGE_SECONDS:
                self._expired, self._generation = self._generation, None
            known = self._generation, self._epoch
            connect = self._socket is None and time.monotonic() >= self._retry_at
            if connect:  # this thread connects; the others go on without waiting for it
                self._retry_at = time.monotonic() + RETRY_SECONDS
        if connect:
            self._connect()
        return known

    def learn(self, generation, epoch):
        """Remembers `generation`, read from Redis after `known()` gave `epoch`, unless the key
        changed (or the watch was lost) in between."""
        with self._lock:
            self._refresh()
            if self._socket is None or self._epoch != epoch:
                return
            expired, self._expired = self._expired, None
            if expired is not None and expired != generation:
                self._lost("a change came without its message")
                return
            self._generation, self._learned_at = generation, time.monotonic()

    def forget(self):
        """This process has just changed the generation: read it again."""
        with self._lock:
            self._generation = self._expired = None
            self._epoch += 1

    @property
    def watching(self):
        return self._socket is not None and self._pid == os.getpid()

    # The connection -------------------------------------------------------------------------

    def _refresh(self):
        if self._pid != os.getpid():  # forked: the parent's connection is not this process's
            self._socket, self._pid, self._generation, self._expired = None, os.getpid(), None, None
            self._epoch += 1
        if self._socket is None:
            return
        while True:
            try:
                data = self._socket.recv(65536)
            except BlockingIOError:
                return
            except OSError as error:
                self._lost(error)
                return
            if not data:
                self._lost("connection closed")
                return
            # Any message on this connection is an invalidation of the key (or a flush).
            self._generation = self._expired = None
            self._epoch += 1

    def _lost(self, reason):
        if self._socket is not None:
            try:
                self._socket.close()
            except OSError:
                pass
        self._socket = None
        self._generation = self._expired = None
        self._epoch += 1
        self._retry_at = time.monotonic() + RETRY_SECONDS
        now = time.monotonic()
        if self._logged_at is None or now - self._logged_at >= LOG_SECONDS:
            self._logged_at = now
            logger.warning(
                "Content generation not watched on %s (%s): read from the cache on every request.",
                urlsplit(self.url).hostname,
                reason,
            )

    def _connect(self):
        """Opens the watching connection, without holding the lock: a Redis that hangs keeps this
        thread alone waiting, for at most its timeouts."""
        parts = urlsplit(self.url)
        sock = None
        try:
            sock = socket.create_connection(
                (parts.hostname or "127.0.0.1", parts.port or 6379), timeout=self.connect_timeout
            )
            sock.settimeout(self.timeout)
            self._handshake(sock, parts)
            sock.setblocking(False)
        except (OSError, HandshakeError) as error:
            if sock is not None:
                sock.close()
            with self._lock:
                self._lost(error)
            return
        with self._lock:
            if self._socket is not None or self._pid != os.getpid():
                sock.close()
                return
            self._socket = sock
            self._generation = self._expired = None
            self._epoch += 1

    def _handshake(self, sock, parts):
        reader = _Reader(sock)
        if parts.password:
            credentials = [unquote(parts.password)]
            if parts.username:
                credentials.insert(0, unquote(parts.username))
            sock.sendall(_command("AUTH", *credentials))
            reader.line(b"+OK")
        sock.sendall(_command("CLIENT", "ID"))
        client_id = int(reader.line(b":"))
        sock.sendall(_command("CLIENT", "TRACKING", "ON", "REDIRECT", client_id, "BCAST", "PREFIX", self.key))
        reader.line(b"+OK")
        sock.sendall(_command("SUBSCRIBE", CHANNEL))
        if reader.exactly(len(_SUBSCRIBED)) != _SUBSCRIBED:
            raise HandshakeError("unexpected answer to SUBSCRIBE")
        # A message already there changes nothing: no generation is known yet.


class _Reader:
    """The few replies of the handshake, read from a blocking socket."""

    def __init__(self, sock):
        self.sock = sock
        self.buffer = b""

    def _fill(self):
        chunk = self.sock.recv(4096)
        if not chunk:
            raise HandshakeError("connection closed")
        self.buffer += chunk

    def line(self, prefix):
        while b"\r\n" not in self.buffer:
            self._fill()
        line, self.buffer = self.buffer.split(b"\r\n", 1)
        if not line.startswith(prefix):
            raise HandshakeError(line.decode("utf-8", "replace")[:200])
        return line[len(prefix) :]

    def exactly(self, size):
        while len(self.buffer) < size:
            self._fill()
        data, self.buffer = self.buffer[:size], self.buffer[size:]
        return data
