"""kit.safefetch: every refusal class, and the fetch mechanics against a raw asyncio HTTP(S) server.

The server listens on 127.0.0.1 only. Tests that need it "public" use a classifier that exempts 127.0.0.1 and
keeps every other rule, so redirects from it to 10.x or 169.254.169.254 are still refused. An autouse guard
makes any attempt to connect off this machine fail the test (no packet ever leaves the loopback interface).
"""

from __future__ import annotations

import asyncio
import datetime
import hashlib
import ipaddress
import logging
import socket
import ssl
import time
from collections.abc import AsyncIterator, Iterator, Sequence
from dataclasses import dataclass, replace
from http import HTTPStatus
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from ondam.kit.safefetch import (
    METADATA_ADDRESSES,
    FetchFailed,
    FetchPolicy,
    FetchRefused,
    IPAddress,
    SystemResolver,
    is_forbidden_address,
    safe_fetch,
)

MiB = 1024 * 1024
BIG = 50 * MiB
LOOPBACK = ipaddress.IPv4Address("127.0.0.1")


def loopback_is_public(ip: IPAddress) -> bool:
    """The test server's address counts as public; every other rule stays as in production."""
    return ip != LOOPBACK and is_forbidden_address(ip)


class FakeResolver:
    def __init__(self, mapping: dict[str, list[str]] | None = None) -> None:
        self.mapping = mapping or {}
        self.calls: list[str] = []

    async def resolve(self, host: str, port: int) -> Sequence[str]:
        self.calls.append(host)
        if host not in self.mapping:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return self.mapping[host]


class RebindingResolver:
    """Answers a public address first and the metadata address afterwards (a DNS rebinding attack)."""

    def __init__(self) -> None:
        self.calls = 0

    async def resolve(self, host: str, port: int) -> Sequence[str]:
        self.calls += 1
        return ["127.0.0.1"] if self.calls == 1 else ["169.254.169.254"]


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Fail the test if anything tries to connect to a non-loopback address."""
    blocked: list[str] = []
    real_connect = socket.socket.connect

    def connect(self: socket.socket, address: Any) -> None:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            host = str(address[0]).split("%")[0]
            if not ipaddress.ip_address(host).is_loopback:
                blocked.append(host)
                raise PermissionError(f"test guard: no connection off this machine ({host})")
        real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    yield blocked
    assert blocked == [], f"connections attempted off the loopback interface: {blocked}"


@dataclass
class Seen:
    path: str
    headers: dict[str, str]


class HttpServer:
    """A small HTTP/1.1 server on 127.0.0.1 that records what it receives."""

    def __init__(self, ssl_context: ssl.SSLContext | None = None) -> None:
        self.ssl_context = ssl_context
        self.requests: list[Seen] = []
        self.sni: list[str | None] = []
        self.big_sent = 0
        self.port = 0
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[Any]] = set()

    async def start(self) -> None:
        if self.ssl_context is not None:
            self.ssl_context.sni_callback = lambda _obj, name, _ctx: self.sni.append(name)
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0, ssl=self.ssl_context)
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        assert self._server is not None
        self._server.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self._server.wait_closed()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1")
            lines = head.split("\r\n")
            path = lines[0].split(" ")[1]
            headers = {}
            for line in lines[1:]:
                if ":" in line:
                    name, value = line.split(":", 1)
                    headers[name.strip().lower()] = value.strip()
            self.requests.append(Seen(path, headers))
            await self._route(path, headers, writer)
        except (ConnectionError, asyncio.IncompleteReadError, ssl.SSLError):
            pass
        finally:
            self._tasks.discard(task)
            writer.close()

    @staticmethod
    async def _send(
        writer: asyncio.StreamWriter, status: int, body: bytes = b"", headers: Sequence[tuple[str, str]] = ()
    ) -> None:
        lines = [f"HTTP/1.1 {status} {HTTPStatus(status).phrase}", f"Content-Length: {len(body)}"]
        lines += [f"{name}: {value}" for name, value in (*headers, ("Connection", "close"))]
        writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)
        await writer.drain()

    async def _route(self, path: str, headers: dict[str, str], writer: asyncio.StreamWriter) -> None:
        parts = urlsplit(path)
        route = parts.path
        if route == "/ok":
            await self._send(writer, 200, b"hello", [("Content-Type", "text/plain; charset=utf-8")])
        elif route == "/echo-host":
            await self._send(writer, 200, headers.get("host", "").encode())
        elif route.startswith("/status/"):
            await self._send(writer, int(route.rsplit("/", 1)[1]), b"gone")
        elif route == "/relative":
            await self._send(writer, 302, headers=[("Location", "ok")])
        elif route == "/to":
            await self._send(writer, 302, headers=[("Location", parse_qs(parts.query)["url"][0])])
        elif route.startswith("/chain/"):
            n = int(route.rsplit("/", 1)[1])
            if n == 0:
                await self._send(writer, 200, b"end")
            else:
                await self._send(writer, 301, headers=[("Location", f"/chain/{n - 1}")])
        elif route == "/loop":
            await self._send(writer, 307, headers=[("Location", "/loop")])
        elif route in ("/ping", "/pong"):
            await self._send(writer, 302, headers=[("Location", "/pong" if route == "/ping" else "/ping")])
        elif route == "/big":
            writer.write(f"HTTP/1.1 200 OK\r\nContent-Length: {BIG}\r\n\r\n".encode())
            chunk = b"\x00" * 65536
            while self.big_sent < BIG:
                writer.write(chunk)
                await writer.drain()
                self.big_sent += len(chunk)
        elif route == "/hang":
            await asyncio.sleep(3600)
        elif route == "/drip":
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n")
            for _ in range(1000):
                writer.write(b"x")
                await writer.drain()
                await asyncio.sleep(0.05)
        elif route == "/garbage":
            writer.write(b"this is not HTTP\r\n\r\n")
            await writer.drain()
        else:
            await self._send(writer, 404)


@pytest.fixture
async def server() -> AsyncIterator[HttpServer]:
    srv = HttpServer()
    await srv.start()
    yield srv
    await srv.stop()


def public_policy(srv: HttpServer, **overrides: Any) -> FetchPolicy:
    """Default policy, except the test server's port is allowed and 127.0.0.1 counts as public."""
    settings: dict[str, Any] = {
        "allowed_ports": frozenset({srv.port}),
        "is_forbidden_address": loopback_is_public,
    }
    return replace(FetchPolicy(), **(settings | overrides))


def public_resolver(*names: str) -> FakeResolver:
    return FakeResolver({name: ["127.0.0.1"] for name in ("public.test", *names)})


# --- refusals before any connection ------------------------------------------------------------------

FORBIDDEN_LITERALS = [
    # IPv4
    "http://127.0.0.1/",
    "http://127.8.9.10/",
    "http://10.0.0.1/",
    "http://172.16.5.4/",
    "http://172.31.255.255/",
    "http://192.168.1.1/",
    "http://169.254.169.254/latest/meta-data/",
    "http://169.254.0.1/",
    "http://100.64.0.1/",
    "http://100.100.100.200/",
    "http://0.0.0.0/",
    "http://224.0.0.1/",
    "http://239.255.255.250/",
    "http://240.0.0.1/",
    "http://255.255.255.255/",
    "http://198.18.0.1/",
    "http://192.0.0.192/",
    "http://192.0.2.1/",
    # IPv6
    "http://[::1]/",
    "http://[::]/",
    "http://[fc00::1]/",
    "http://[fd12:3456::1]/",
    "http://[fd00:ec2::254]/",
    "http://[fe80::1]/",
    "http://[fe80::1%25eth0]/",
    "http://[fec0::1]/",
    "http://[ff02::1]/",
    "http://[::ffff:127.0.0.1]/",
    "http://[::ffff:7f00:1]/",
    "http://[::ffff:10.0.0.1]/",
    "http://[::ffff:169.254.169.254]/",
    "http://[::127.0.0.1]/",
    "http://[64:ff9b::a9fe:a9fe]/",  # NAT64 of 169.254.169.254
    "http://[2002:7f00:1::1]/",  # 6to4 of 127.0.0.1
    "http://[2001:db8::1]/",
    "https://[::1]:8443/",
    # encoded IPv4: decimal, octal, hex, short forms
    "http://2130706433/",
    "http://017700000001/",
    "http://0x7f.1/",
    "http://0x7f000001/",
    "http://0x7F.0.0.1/",
    "http://127.1/",
    "http://127.0.1/",
    "http://0/",
    "http://2852039166/",  # 169.254.169.254
    "http://0xa9.0xfe.0xa9.0xfe/",
    "http://167772161/",  # 10.0.0.1
    "http://127.0.0.1./",
]


@pytest.mark.parametrize("url", FORBIDDEN_LITERALS)
async def test_forbidden_address_literals_are_refused(url: str) -> None:
    resolver = FakeResolver()
    with pytest.raises(FetchRefused) as caught:
        await safe_fetch(url, policy=FetchPolicy(), resolver=resolver)
    assert caught.value.reason == "private_address"
    assert resolver.calls == []


@pytest.mark.parametrize("url", ["http://1572395042/", "http://0x5d.0xb8.0xd8.0x22/", "http://93.11065378/"])
async def test_encoded_forms_of_public_addresses_are_refused_too(url: str) -> None:
    with pytest.raises(FetchRefused) as caught:
        await safe_fetch(url, policy=FetchPolicy(), resolver=FakeResolver())
    assert caught.value.reason == "encoded_address"


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("ftp://example.com/file", "scheme"),
        ("file:///etc/passwd", "scheme"),
        ("gopher://example.com:70/_GET", "scheme"),
        ("javascript:alert(1)", "scheme"),
        ("HTTPS://user:secret@example.com/", "userinfo"),
        ("http://user@example.com/", "userinfo"),
        ("http://evil.example\\@example.com/", "userinfo"),
        ("http://example.com:22/", "port"),
        ("http://example.com:6379/", "port"),
        ("https://example.com:0/", "port"),
        ("http://example.com:65535/", "port"),
        ("http:///no-host", "invalid_url"),
        ("http://[::1/", "invalid_url"),
        ("http://1.2.3.4.5/", "invalid_host"),
        ("http://foo.123/", "invalid_host"),
        ("http://0x7g.1/", "invalid_host"),
        ("http://256.0.0.1/", "invalid_url"),  # four dotted numbers: httpx itself refuses to parse these
        ("http://0177.0.0.1/", "invalid_url"),
        ("http://0251.0376.0251.0376/", "invalid_url"),
        ("http://1.2.3.256/", "invalid_url"),
        ("http://exa mple.com/", "invalid_host"),
        ("http://-bad-.example/", "invalid_host"),
        ("http://" + "a" * 300 + ".example/", "invalid_host"),
    ],
)
async def test_url_shapes_are_refused(url: str, reason: str) -> None:
    resolver = FakeResolver({"example.com": ["93.184.216.34"]})
    with pytest.raises(FetchRefused) as caught:
        await safe_fetch(url, policy=FetchPolicy(), resolver=resolver)
    assert caught.value.reason == reason
    assert resolver.calls == []


@pytest.mark.parametrize(
    ("host", "addresses"),
    [
        ("evil.example", ["127.0.0.1"]),
        ("mixed.example", ["93.184.216.34", "10.0.0.1"]),
        ("mixed6.example", ["2606:4700:4700::1111", "::1"]),
        ("meta.example", ["169.254.169.254"]),
        ("meta6.example", ["fd00:ec2::254"]),
        ("mapped.example", ["::ffff:192.168.0.1"]),
        ("cgnat.example", ["100.100.100.200"]),
        ("zero.example", ["0.0.0.0"]),
        ("scoped.example", ["fe80::1%2"]),
    ],
)
async def test_names_resolving_to_any_forbidden_address_are_refused(host: str, addresses: list[str]) -> None:
    resolver = FakeResolver({host: addresses})
    with pytest.raises(FetchRefused) as caught:
        await safe_fetch(f"https://{host}/image.jpg", policy=FetchPolicy(), resolver=resolver)
    assert caught.value.reason == "private_address"
    assert caught.value.host == host
    assert resolver.calls == [host]  # resolved exactly once


async def test_system_resolver_localhost_is_refused() -> None:
    with pytest.raises(FetchRefused) as caught:
        await safe_fetch("http://localhost/", policy=FetchPolicy())
    assert caught.value.reason == "private_address"
    answers = await SystemResolver().resolve("localhost", 80)
    assert answers
    assert all(ipaddress.ip_address(a).is_loopback for a in answers)


@pytest.mark.parametrize("answers", [None, [], ["not-an-address"]])
async def test_resolution_failures_are_fetch_failed(answers: list[str] | None) -> None:
    resolver = FakeResolver({} if answers is None else {"nx.example": answers})
    with pytest.raises(FetchFailed) as caught:
        await safe_fetch("http://nx.example/", policy=FetchPolicy(), resolver=resolver)
    assert caught.value.reason == "dns"


@pytest.mark.parametrize(
    "ip", ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "::ffff:93.184.216.34", "64:ff9b::5db8:d822"]
)
def test_public_addresses_are_allowed(ip: str) -> None:
    assert not is_forbidden_address(ipaddress.ip_address(ip))


def test_metadata_addresses_are_forbidden() -> None:
    assert METADATA_ADDRESSES
    assert all(is_forbidden_address(ip) for ip in METADATA_ADDRESSES)


def test_policy_rejects_nonsense_limits() -> None:
    with pytest.raises(ValueError, match="positive"):
        FetchPolicy(max_bytes=0)
    with pytest.raises(ValueError, match="positive"):
        FetchPolicy(timeout=0)
    with pytest.raises(ValueError, match="positive"):
        FetchPolicy(max_redirects=-1)


def test_policy_defaults() -> None:
    policy = FetchPolicy()
    assert policy.max_bytes == 20 * MiB
    assert policy.timeout == 15
    assert policy.max_redirects == 5
    assert policy.allowed_schemes == {"http", "https"}
    assert policy.allowed_ports == {80, 443, 8080, 8443}
    assert "Ondam" in policy.user_agent
    assert policy.allow_private is False


# --- fetch mechanics against the local server --------------------------------------------------------


async def test_connects_to_the_pinned_ip_with_the_original_host_header(server: HttpServer) -> None:
    resolver = public_resolver()
    url = f"http://public.test:{server.port}/echo-host?case=1"
    result = await safe_fetch(url, policy=public_policy(server), resolver=resolver)
    # "public.test" exists in no DNS: the request can only have reached the server through the pinned IP.
    assert result.status == 200
    assert result.address == "127.0.0.1"
    assert result.body == f"public.test:{server.port}".encode()
    assert server.requests[-1].headers["host"] == f"public.test:{server.port}"
    assert server.requests[-1].path == "/echo-host?case=1"
    assert "Ondam" in server.requests[-1].headers["user-agent"]
    assert server.requests[-1].headers["accept-encoding"] == "identity"
    assert resolver.calls == ["public.test"]
    assert result.url == url
    assert result.final_url == url
    assert result.redirect_chain == ()
    assert result.sha256 == hashlib.sha256(result.body).hexdigest()
    assert result.truncated is False
    assert 0 < result.elapsed < 5


async def test_dns_is_asked_once_so_rebinding_cannot_redirect_the_connection(server: HttpServer) -> None:
    resolver = RebindingResolver()
    result = await safe_fetch(
        f"http://rebind.test:{server.port}/ok", policy=public_policy(server), resolver=resolver
    )
    assert resolver.calls == 1
    assert result.address == "127.0.0.1"
    assert result.body == b"hello"
    assert result.content_type == "text/plain; charset=utf-8"


async def test_non_success_status_is_a_result(server: HttpServer) -> None:
    result = await safe_fetch(
        f"http://public.test:{server.port}/status/410",
        policy=public_policy(server),
        resolver=public_resolver(),
    )
    assert result.status == 410
    assert result.body == b"gone"


async def test_relative_redirect_is_followed_against_the_name(server: HttpServer) -> None:
    base = f"http://public.test:{server.port}"
    result = await safe_fetch(f"{base}/relative", policy=public_policy(server), resolver=public_resolver())
    assert result.status == 200
    assert result.body == b"hello"
    assert result.final_url == f"{base}/ok"
    assert result.redirect_chain == (f"{base}/relative",)
    assert [s.headers["host"] for s in server.requests] == [f"public.test:{server.port}"] * 2


async def test_redirect_to_another_public_name_resolves_that_name(server: HttpServer) -> None:
    resolver = public_resolver("other.test")
    target = f"http://other.test:{server.port}/echo-host"
    result = await safe_fetch(
        f"http://public.test:{server.port}/to?url={target}", policy=public_policy(server), resolver=resolver
    )
    assert result.body == f"other.test:{server.port}".encode()
    assert resolver.calls == ["public.test", "other.test"]


@pytest.mark.parametrize(
    ("location", "reason"),
    [
        ("http://10.0.0.1/", "private_address"),
        ("http://169.254.169.254/latest/meta-data/iam/security-credentials/", "private_address"),
        ("http://[fd00:ec2::254]/latest/meta-data/", "private_address"),
        ("http://[::ffff:10.1.2.3]/", "private_address"),
        ("http://evil.example/", "private_address"),
        ("http://mixed.example/", "private_address"),
        ("http://2852039166/", "private_address"),
        ("http://0x0a.0.0.1/", "private_address"),
        ("http://public.test:22/", "port"),
        ("ftp://public.test/", "scheme"),
        ("file:///etc/passwd", "scheme"),
        ("http://user:pw@public.test/", "userinfo"),
    ],
)
async def test_every_redirect_hop_is_checked(server: HttpServer, location: str, reason: str) -> None:
    resolver = public_resolver()
    resolver.mapping["evil.example"] = ["10.0.0.5"]
    resolver.mapping["mixed.example"] = ["127.0.0.1", "192.168.0.7"]
    policy = public_policy(server, allowed_ports=frozenset({server.port, 80, 443}))
    with pytest.raises(FetchRefused) as caught:
        await safe_fetch(
            f"http://public.test:{server.port}/to?url={location}", policy=policy, resolver=resolver
        )
    assert caught.value.reason == reason
    assert len(server.requests) == 1  # only the first hop was sent


async def test_redirect_loops_are_refused(server: HttpServer) -> None:
    policy = public_policy(server)
    with pytest.raises(FetchRefused) as caught:
        await safe_fetch(f"http://public.test:{server.port}/loop", policy=policy, resolver=public_resolver())
    assert caught.value.reason == "redirect_loop"
    assert len(server.requests) == 1
    with pytest.raises(FetchRefused) as caught:
        await safe_fetch(f"http://public.test:{server.port}/ping", policy=policy, resolver=public_resolver())
    assert caught.value.reason == "redirect_loop"
    assert [s.path for s in server.requests[1:]] == ["/ping", "/pong"]


async def test_max_redirects(server: HttpServer) -> None:
    base = f"http://public.test:{server.port}"
    result = await safe_fetch(f"{base}/chain/5", policy=public_policy(server), resolver=public_resolver())
    assert result.body == b"end"
    assert len(result.redirect_chain) == 5
    assert result.final_url == f"{base}/chain/0"

    server.requests.clear()
    with pytest.raises(FetchRefused) as caught:
        await safe_fetch(f"{base}/chain/6", policy=public_policy(server), resolver=public_resolver())
    assert caught.value.reason == "too_many_redirects"
    assert len(server.requests) == 6

    with pytest.raises(FetchRefused) as caught:
        await safe_fetch(
            f"{base}/chain/1", policy=public_policy(server, max_redirects=0), resolver=public_resolver()
        )
    assert caught.value.reason == "too_many_redirects"


async def test_body_is_capped_at_max_bytes(server: HttpServer) -> None:
    result = await safe_fetch(
        f"http://public.test:{server.port}/big", policy=public_policy(server), resolver=public_resolver()
    )
    assert result.truncated is True
    assert len(result.body) == 20 * MiB  # the default cap
    assert result.sha256 == hashlib.sha256(b"\x00" * (20 * MiB)).hexdigest()
    await asyncio.sleep(0.2)  # let the server notice the closed connection
    assert server.big_sent < 40 * MiB, f"server sent {server.big_sent} bytes: the fetch kept reading"


@pytest.mark.parametrize(("max_bytes", "body", "truncated"), [(5, b"hello", False), (4, b"hell", True)])
async def test_cap_boundary(server: HttpServer, max_bytes: int, body: bytes, truncated: bool) -> None:
    result = await safe_fetch(
        f"http://public.test:{server.port}/ok",
        policy=public_policy(server, max_bytes=max_bytes),
        resolver=public_resolver(),
    )
    assert result.body == body
    assert result.truncated is truncated


@pytest.mark.parametrize("path", ["/hang", "/drip"])
async def test_total_time_is_enforced(server: HttpServer, path: str) -> None:
    # /drip sends a byte every 50 ms: no read timeout would ever fire, only the total deadline.
    started = time.monotonic()
    with pytest.raises(FetchFailed) as caught:
        await safe_fetch(
            f"http://public.test:{server.port}{path}",
            policy=public_policy(server, timeout=0.5),
            resolver=public_resolver(),
        )
    assert caught.value.reason == "timeout"
    assert time.monotonic() - started < 2.0


async def test_connection_refused_is_fetch_failed() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    policy = replace(FetchPolicy(), allowed_ports=frozenset({port}), is_forbidden_address=loopback_is_public)
    with pytest.raises(FetchFailed) as caught:
        await safe_fetch(f"http://public.test:{port}/", policy=policy, resolver=public_resolver())
    assert caught.value.reason == "connect"


async def test_next_checked_address_is_tried_when_the_first_refuses(server: HttpServer) -> None:
    policy = replace(
        public_policy(server), is_forbidden_address=lambda ip: not ip.is_loopback and is_forbidden_address(ip)
    )
    resolver = FakeResolver({"public.test": ["127.0.0.2", "127.0.0.1"]})  # nothing listens on 127.0.0.2
    result = await safe_fetch(f"http://public.test:{server.port}/ok", policy=policy, resolver=resolver)
    assert result.address == "127.0.0.1"
    assert result.body == b"hello"


async def test_garbage_answer_is_a_protocol_failure(server: HttpServer) -> None:
    with pytest.raises(FetchFailed) as caught:
        await safe_fetch(
            f"http://public.test:{server.port}/garbage",
            policy=public_policy(server),
            resolver=public_resolver(),
        )
    assert caught.value.reason == "protocol"


async def test_allow_private_switch_for_mechanics_tests(server: HttpServer) -> None:
    resolver = FakeResolver()
    policy = replace(FetchPolicy(), allowed_ports=frozenset({server.port}), allow_private=True)
    result = await safe_fetch(f"http://127.0.0.1:{server.port}/ok", policy=policy, resolver=resolver)
    assert result.body == b"hello"
    assert resolver.calls == []
    with pytest.raises(FetchRefused) as caught:  # without the switch the same URL is refused
        await safe_fetch(
            f"http://127.0.0.1:{server.port}/ok",
            policy=replace(policy, allow_private=False),
            resolver=resolver,
        )
    assert caught.value.reason == "private_address"


async def test_logs_carry_host_and_reason_but_no_path_or_query(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="ondam.kit.safefetch")
    resolver = FakeResolver({"evil.example": ["10.9.8.7"]})
    with pytest.raises(FetchRefused):
        await safe_fetch(
            "https://evil.example/victims/kim-minji.jpg?phone=01012345678",
            policy=FetchPolicy(),
            resolver=resolver,
        )
    records = [r for r in caplog.records if r.name == "ondam.kit.safefetch"]
    assert records
    assert getattr(records[-1], "host", None) == "evil.example"
    assert getattr(records[-1], "reason", None) == "private_address"
    text = " ".join(r.getMessage() for r in records)
    assert "evil.example" in text
    assert "private_address" in text
    for secret in ("victims", "kim-minji", "01012345678", "phone"):
        assert secret not in text


# --- HTTPS: pinned IP, original name for SNI and certificate verification --------------------------


@dataclass
class Pki:
    ca_pem: bytes
    cert_file: Path
    key_file: Path


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    """A throwaway CA and a certificate for public.test only (no IP address in it)."""
    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Ondam test CA")])
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(hours=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "public.test")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(hours=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("public.test")]), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    folder = tmp_path_factory.mktemp("pki")
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return Pki(ca_cert.public_bytes(serialization.Encoding.PEM), cert_file, key_file)


@pytest.fixture
async def tls_server(pki: Pki) -> AsyncIterator[HttpServer]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(pki.cert_file, pki.key_file)
    srv = HttpServer(context)
    await srv.start()
    yield srv
    await srv.stop()


def tls_policy(srv: HttpServer, pki: Pki) -> FetchPolicy:
    return public_policy(srv, ssl_context=ssl.create_default_context(cadata=pki.ca_pem.decode()))


async def test_https_uses_the_original_name_for_sni_and_verification(
    tls_server: HttpServer, pki: Pki
) -> None:
    resolver = public_resolver()
    result = await safe_fetch(
        f"https://public.test:{tls_server.port}/echo-host",
        policy=tls_policy(tls_server, pki),
        resolver=resolver,
    )
    # The certificate names public.test only; the connection went to 127.0.0.1. Verification passed, so it
    # was checked against the name, and the server saw the name in SNI and in Host.
    assert result.status == 200
    assert result.address == "127.0.0.1"
    assert tls_server.sni == ["public.test"]
    assert result.body == f"public.test:{tls_server.port}".encode()


async def test_https_certificate_for_another_name_fails(tls_server: HttpServer, pki: Pki) -> None:
    resolver = public_resolver("other.test")
    with pytest.raises(FetchFailed) as caught:
        await safe_fetch(
            f"https://other.test:{tls_server.port}/ok", policy=tls_policy(tls_server, pki), resolver=resolver
        )
    assert caught.value.reason == "tls"
    assert tls_server.requests == []


async def test_https_untrusted_certificate_fails(tls_server: HttpServer) -> None:
    with pytest.raises(FetchFailed) as caught:
        await safe_fetch(
            f"https://public.test:{tls_server.port}/ok",
            policy=public_policy(tls_server),  # default trust store: the test CA is not in it
            resolver=public_resolver(),
        )
    assert caught.value.reason == "tls"
