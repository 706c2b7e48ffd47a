"""A loopback TCP proxy that can stall: bounded waits on a server, tested for real.

It stands between the program and the PostgreSQL server; ``stall()`` stops forwarding
(the connections stay open, nothing moves: a stall, not a drop).
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator

import pytest
from sqlalchemy.engine import make_url


class StallingProxy:
    """Forwards loopback TCP to the server until ``stall()``; then holds every byte."""

    def __init__(self, host: str, port: int) -> None:
        self.upstream = (host, port)
        self.forwarding = threading.Event()
        self.forwarding.set()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.sockets: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def stall(self) -> None:
        self.forwarding.clear()

    def close(self) -> None:
        self.forwarding.set()
        for sock in [self.listener, *self.sockets]:
            with contextlib.suppress(OSError):
                sock.close()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.upstream)
            self.sockets += [client, server]
            for source, target in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(source, target), daemon=True).start()

    def _pump(self, source: socket.socket, target: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while True:
                data = source.recv(65536)
                if not data:
                    return
                self.forwarding.wait()  # stalled: hold the bytes, forward nothing
                target.sendall(data)


@contextlib.contextmanager
def stalling_proxy(postgres_server_url: str | None) -> Iterator[tuple[StallingProxy, str]]:
    """The proxy and the server URL through it (skips without a loopback server)."""
    if postgres_server_url is None:
        pytest.skip("LARSAM_TEST_DATABASE_URL is not set: no PostgreSQL server for this run")
    url = make_url(postgres_server_url)
    if url.host not in ("127.0.0.1", "localhost", None):
        pytest.skip("the stalling proxy runs on loopback only")
    stalling = StallingProxy("127.0.0.1", url.port or 5432)
    through = url.set(host="127.0.0.1", port=stalling.port)
    try:
        yield stalling, through.render_as_string(hide_password=False)
    finally:
        stalling.close()
