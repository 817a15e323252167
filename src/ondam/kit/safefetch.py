"""SSRF-guarded HTTP fetching of URLs that come from outside (re-checks, image hashing, monitored posts).

A URL reported by a young person or found by monitoring must never make Ondam reach its own network.
``safe_fetch`` therefore:

1. parses the URL and refuses other schemes, userinfo, ports outside the policy, malformed host names and
   numeric hosts written in anything but dotted decimal ("2130706433", "0x7f.1", "017700000001");
2. resolves the host name ONCE and refuses the fetch when ANY address is forbidden
   (``is_forbidden_address``: private, loopback, link-local, CGNAT, multicast, reserved, unspecified,
   cloud metadata, and IPv6 forms that embed such an IPv4 address);
3. connects to a checked address (the URL's host is replaced by the IP: "pinned") while sending the
   original Host header and using the original host name for TLS SNI and certificate verification, so a DNS
   answer that changes between the check and the connect (rebinding) is never used;
4. follows redirects itself (never httpx's ``follow_redirects``) and checks every hop the same way;
5. streams the body up to ``max_bytes`` and enforces one deadline over the whole fetch, DNS included.

Only typed errors leave this module: ``FetchRefused`` (policy) and ``FetchFailed`` (network). Log lines carry
the host and the reason, never the path or query string (they may identify a victim).
See docs/decisions/0013-ssrf-guarded-fetching.md.
"""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import hashlib
import ipaddress
import logging
import re
import socket
import ssl
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import httpx

log = logging.getLogger(__name__)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_MAX_URL_LENGTH = 8192
_MAX_HOST_LENGTH = 253
_HOST_NAME = re.compile(r"^(?!-)[a-z0-9_-]{1,63}(?<!-)(\.(?!-)[a-z0-9_-]{1,63}(?<!-))*\.?$")

# Address classes refused on top of what the standard library calls private/reserved/non-global; listed
# explicitly so the rule does not depend on the Python patch release (ipaddress tables change over time).
_FORBIDDEN_V4 = tuple(
    ipaddress.IPv4Network(net)
    for net in (
        "0.0.0.0/8",  # "this network", 0.0.0.0 reaches the local host on Linux
        "10.0.0.0/8",
        "100.64.0.0/10",  # CGNAT shared address space (also Alibaba metadata 100.100.100.200)
        "127.0.0.0/8",
        "169.254.0.0/16",  # link-local, cloud metadata 169.254.169.254
        "172.16.0.0/12",
        "192.0.0.0/24",  # IETF protocol assignments (Oracle metadata 192.0.0.192)
        "192.0.2.0/24",
        "192.88.99.0/24",  # deprecated 6to4 relay anycast
        "192.168.0.0/16",
        "198.18.0.0/15",  # benchmarking
        "198.51.100.0/24",
        "203.0.113.0/24",
        "224.0.0.0/4",  # multicast
        "240.0.0.0/4",  # reserved, includes 255.255.255.255
    )
)
_FORBIDDEN_V6 = tuple(
    ipaddress.IPv6Network(net)
    for net in (
        "::/128",
        "::1/128",
        "::/96",  # deprecated IPv4-compatible addresses
        "64:ff9b:1::/48",  # local-use NAT64
        "100::/64",  # discard-only
        "2001::/23",  # IETF protocol assignments, Teredo
        "2001:db8::/32",
        "3fff::/20",  # documentation
        "fc00::/7",  # unique local, includes AWS metadata fd00:ec2::254
        "fe80::/10",  # link-local
        "fec0::/10",  # deprecated site-local
        "ff00::/8",  # multicast
    )
)
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")

# Known cloud metadata endpoints; all are inside the blocks above, kept here so a test can prove it.
METADATA_ADDRESSES = frozenset(
    {
        ipaddress.ip_address("169.254.169.254"),
        ipaddress.ip_address("fd00:ec2::254"),
        ipaddress.ip_address("100.100.100.200"),
        ipaddress.ip_address("192.0.0.192"),
    }
)


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address really reaches: IPv4-mapped, NAT64 (64:ff9b::/96) or 6to4."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFF_FFFF)
    return ip.sixtofour


def is_forbidden_address(ip: IPAddress) -> bool:
    """True for every address Ondam must never connect to on behalf of an outside URL."""
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.scope_id:  # a zone id only makes sense on a local link
            return True
        inner = _embedded_ipv4(ip)
        if inner is not None:
            return is_forbidden_address(inner)
        if any(ip in net for net in _FORBIDDEN_V6):
            return True
    elif any(ip in net for net in _FORBIDDEN_V4):
        return True
    return (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or not ip.is_global
    )


class FetchError(Exception):
    """Base of the only errors ``safe_fetch`` raises. ``str(error)`` is the reason code."""

    def __init__(self, reason: str, host: str = "-") -> None:
        super().__init__(reason)
        self.reason = reason
        self.host = host


class FetchRefused(FetchError):
    """The policy forbids the URL or a redirect hop; nothing was sent for that hop.

    Reasons: invalid_url, invalid_host, scheme, userinfo, port, private_address, encoded_address,
    too_many_redirects, redirect_loop.
    """


class FetchFailed(FetchError):
    """The network did not give an answer: dns, connect, tls, timeout, protocol, network."""


class Resolver(Protocol):
    async def resolve(self, host: str, port: int) -> Sequence[str]:
        """Every address for ``host`` as text; raise OSError (e.g. socket.gaierror) when there is none."""
        ...


class SystemResolver:
    """The operating system's resolver through the event loop (``getaddrinfo`` in a worker thread)."""

    async def resolve(self, host: str, port: int) -> Sequence[str]:
        infos = await asyncio.get_running_loop().getaddrinfo(
            host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP
        )
        return list(dict.fromkeys(str(info[4][0]) for info in infos))


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    max_bytes: int = 20 * 1024 * 1024
    timeout: float = 15.0  # the whole fetch: DNS, every hop, the body
    connect_timeout: float = 5.0
    max_redirects: int = 5
    allowed_schemes: frozenset[str] = frozenset({"http", "https"})
    allowed_ports: frozenset[int] = frozenset({80, 443, 8080, 8443})
    user_agent: str = "Ondam/0.1 (child-protection URL re-check; +ondam)"
    # Tests of the fetch mechanics only: turns every address check off. Never set it in application code.
    allow_private: bool = False
    # Address classifier; tests replace it to treat their 127.0.0.1 server as "public".
    is_forbidden_address: Callable[[IPAddress], bool] = is_forbidden_address
    # CA trust for HTTPS; None means httpx's default (certifi). Tests pass a context trusting their own CA.
    ssl_context: ssl.SSLContext | None = None

    def __post_init__(self) -> None:
        if self.max_bytes <= 0 or self.timeout <= 0 or self.connect_timeout <= 0 or self.max_redirects < 0:
            raise ValueError("FetchPolicy: sizes and timeouts must be positive, max_redirects >= 0")


@dataclass(frozen=True, slots=True)
class FetchResult:
    url: str  # as requested
    final_url: str  # the URL that gave the final answer
    status: int  # any status is a result: 404/410 tell a re-check that the content is gone
    content_type: str | None
    body: bytes = field(repr=False)  # raw bytes as sent (Accept-Encoding: identity), at most max_bytes
    sha256: str  # of ``body``
    redirect_chain: tuple[str, ...]  # URLs that answered with a redirect, in order
    elapsed: float  # seconds, DNS included
    truncated: bool  # the server had more than max_bytes
    address: str  # the pinned IP the final answer came from


@dataclass(frozen=True, slots=True)
class _Target:
    url: httpx.URL
    host: str  # ASCII (IDNA) host as sent, without brackets
    port: int
    literal: IPAddress | None  # the host is an IP address


@dataclass(frozen=True, slots=True)
class _Answer:
    status: int
    location: str | None
    content_type: str | None
    body: bytes
    truncated: bool
    address: str


def _log_host(host: str) -> str:
    return host[:_MAX_HOST_LENGTH] or "-"


def _refused(reason: str, host: str) -> FetchRefused:
    host = _log_host(host)
    log.warning("fetch refused host=%s reason=%s", host, reason, extra={"host": host, "reason": reason})
    return FetchRefused(reason, host)


def _failed(reason: str, host: str) -> FetchFailed:
    host = _log_host(host)
    log.warning("fetch failed host=%s reason=%s", host, reason, extra={"host": host, "reason": reason})
    return FetchFailed(reason, host)


def _ipv4_number(part: str) -> int | None:
    """One part of a WHATWG IPv4 host: decimal, 0-prefixed octal or 0x-prefixed hex."""
    digits, base = part, 10
    if part[:2] in ("0x", "0X"):
        digits, base = part[2:], 16
    elif len(part) > 1 and part[0] == "0":
        digits, base = part[1:], 8
    if digits == "":
        return 0
    allowed = {10: "0123456789", 8: "01234567", 16: "0123456789abcdefABCDEF"}[base]
    if any(c not in allowed for c in digits):
        return None
    return int(digits, base)


def _numeric_ipv4(host: str) -> ipaddress.IPv4Address | None:
    """Parse ``host`` as browsers and inet_aton do when its last label is a number; None for a name.

    Raises ValueError for a host that ends in a number but is no valid IPv4 address ("1.2.3.4.5", "a.1").
    """
    parts = host.split(".")
    if len(parts) > 1 and parts[-1] == "":
        parts.pop()
    last = parts[-1]
    if not last or (not (last.isascii() and last.isdigit()) and _ipv4_number(last) is None):
        return None  # a name: its last label is not a number
    numbers = [_ipv4_number(p) if p else None for p in parts]
    if len(parts) > 4 or any(n is None for n in numbers):
        raise ValueError(host)
    values = [n for n in numbers if n is not None]
    if any(n > 255 for n in values[:-1]) or values[-1] >= 256 ** (5 - len(values)):
        raise ValueError(host)
    value = values[-1]
    for i, n in enumerate(values[:-1]):
        value += n << (8 * (3 - i))
    return ipaddress.IPv4Address(value)


class _Fetch:
    def __init__(
        self,
        policy: FetchPolicy,
        resolver: Resolver,
        *,
        method: str = "GET",
        content: bytes | None = None,
        content_type: str | None = None,
    ) -> None:
        self.policy = policy
        self.resolver = resolver
        self.method = method
        self.content = content
        self.content_type = content_type
        self.host = "-"  # host of the hop in progress, for log lines and errors

    def _forbidden(self, ip: IPAddress) -> bool:
        return not self.policy.allow_private and self.policy.is_forbidden_address(ip)

    def parse(self, raw: str | httpx.URL) -> _Target:
        if isinstance(raw, str) and len(raw) > _MAX_URL_LENGTH:
            raise _refused("invalid_url", "-")
        try:
            url = httpx.URL(raw)
            host = url.raw_host.decode("ascii")
        except (httpx.InvalidURL, TypeError, ValueError):
            raise _refused("invalid_url", "-") from None
        self.host = host
        if url.scheme not in self.policy.allowed_schemes:
            raise _refused("scheme", host)
        if url.userinfo:
            raise _refused("userinfo", host)
        if not host:
            raise _refused("invalid_url", host)
        port = url.port if url.port is not None else (443 if url.scheme == "https" else 80)
        if port not in self.policy.allowed_ports:
            raise _refused("port", host)
        return _Target(url=url, host=host, port=port, literal=self._literal(host))

    def _literal(self, host: str) -> IPAddress | None:
        if ":" in host:  # httpx accepts ':' in a host only inside brackets: an IPv6 literal
            try:
                return ipaddress.IPv6Address(host.replace("%25", "%", 1))
            except ValueError:
                raise _refused("invalid_host", host) from None
        try:
            numeric = _numeric_ipv4(host)
        except ValueError:
            raise _refused("invalid_host", host) from None
        if numeric is None:
            if len(host) > _MAX_HOST_LENGTH or not _HOST_NAME.match(host):
                raise _refused("invalid_host", host)
            return None
        if host != str(numeric):  # decimal, octal, hex or short forms: refused even when public
            raise _refused("private_address" if self._forbidden(numeric) else "encoded_address", host)
        return numeric

    async def addresses(self, target: _Target) -> list[IPAddress]:
        """Resolve once and check every address; the fetch connects only to these."""
        if target.literal is not None:
            found: list[IPAddress] = [target.literal]
        else:
            try:
                answers = await self.resolver.resolve(target.host, target.port)
                found = [ipaddress.ip_address(a) for a in answers]
            except (OSError, ValueError):
                raise _failed("dns", target.host) from None
            if not found:
                raise _failed("dns", target.host)
        if any(self._forbidden(ip) for ip in found):
            raise _refused("private_address", target.host)
        return found

    async def exchange(self, target: _Target, addresses: list[IPAddress]) -> _Answer:
        """One request, to the first checked address that accepts a connection."""
        headers = {
            "Host": target.url.netloc.decode("ascii"),
            "User-Agent": self.policy.user_agent,
            "Accept": "*/*",
            "Accept-Encoding": "identity",  # the size cap counts the bytes we hold, no decompression
        }
        if self.content_type is not None:
            headers["Content-Type"] = self.content_type
        extensions = {} if target.literal is not None else {"sni_hostname": target.host.rstrip(".")}
        timed_out = False
        for ip in addresses:
            pinned = target.url.copy_with(host=str(ip))
            try:
                return await self._request(pinned, str(ip), headers, extensions)
            except httpx.ConnectTimeout:
                timed_out = True
            except httpx.ConnectError as exc:
                if _is_tls_error(exc):
                    raise _failed("tls", target.host) from None
        raise _failed("timeout" if timed_out else "connect", target.host)

    async def _request(
        self, pinned: httpx.URL, address: str, headers: dict[str, str], extensions: dict[str, str]
    ) -> _Answer:
        verify = self.policy.ssl_context or _default_ssl_context()
        transport = httpx.AsyncHTTPTransport(verify=verify, trust_env=False, retries=0)
        timeout = httpx.Timeout(self.policy.timeout, connect=self.policy.connect_timeout)
        # One client per hop: no connection (and no TLS session checked for another name) is reused.
        async with (
            httpx.AsyncClient(
                transport=transport, trust_env=False, follow_redirects=False, timeout=timeout
            ) as c,
            c.stream(
                self.method, pinned, headers=headers, content=self.content, extensions=extensions
            ) as response,
        ):
            location = response.headers.get("location")
            if response.status_code in REDIRECT_STATUSES and location:
                return _Answer(response.status_code, location, None, b"", False, address)
            body, truncated = await _read_capped(response, self.policy.max_bytes)
            return _Answer(
                response.status_code, None, response.headers.get("content-type"), body, truncated, address
            )

    async def run(self, url: str) -> FetchResult:
        started = time.monotonic()
        chain: list[str] = []
        current: str | httpx.URL = url
        while True:
            target = self.parse(current)
            answer = await self.exchange(target, await self.addresses(target))
            if answer.location is None:
                break
            if len(chain) >= self.policy.max_redirects:
                raise _refused("too_many_redirects", target.host)
            try:
                following = target.url.join(answer.location)  # relative to the name, not the pinned IP
            except (httpx.InvalidURL, TypeError, ValueError):
                raise _refused("invalid_url", target.host) from None
            chain.append(str(target.url))
            if str(following) in chain:
                raise _refused("redirect_loop", following.host or target.host)
            current = following
        log.debug(
            "fetched host=%s status=%s bytes=%d truncated=%s",
            target.host,
            answer.status,
            len(answer.body),
            answer.truncated,
        )
        return FetchResult(
            url=url,
            final_url=str(target.url),
            status=answer.status,
            content_type=answer.content_type,
            body=answer.body,
            sha256=hashlib.sha256(answer.body).hexdigest(),
            redirect_chain=tuple(chain),
            elapsed=time.monotonic() - started,
            truncated=answer.truncated,
            address=answer.address,
        )


@functools.cache
def _default_ssl_context() -> ssl.SSLContext:
    return httpx.create_ssl_context(trust_env=False)


def _is_tls_error(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


async def _read_capped(response: httpx.Response, limit: int) -> tuple[bytes, bool]:
    """Read at most ``limit`` bytes; True when the server had more (the rest is never read)."""
    buffer = bytearray()
    async for chunk in response.aiter_raw():
        room = limit - len(buffer)
        if len(chunk) > room:
            buffer += chunk[:room]
            return bytes(buffer), True
        buffer += chunk
    return bytes(buffer), False


async def safe_fetch(url: str, *, policy: FetchPolicy, resolver: Resolver | None = None) -> FetchResult:
    """GET ``url`` under ``policy``; raises only FetchRefused and FetchFailed (see the module docstring)."""
    if policy.allow_private:
        log.warning("safe_fetch with allow_private: address checks are off (tests only)")
    return await _run(_Fetch(policy, resolver or SystemResolver()), url)


async def safe_post(
    url: str,
    *,
    content: bytes,
    content_type: str,
    policy: FetchPolicy,
    resolver: Resolver | None = None,
) -> FetchResult:
    """POST ``content`` to ``url`` under ``policy`` with the same address checks as :func:`safe_fetch`; a
    redirect is never followed (it is refused as ``too_many_redirects``: a POST must not be re-sent elsewhere)."""
    if policy.allow_private:
        log.warning("safe_post with allow_private: address checks are off (tests only)")
    fetch = _Fetch(
        dataclasses.replace(policy, max_redirects=0),
        resolver or SystemResolver(),
        method="POST",
        content=content,
        content_type=content_type,
    )
    return await _run(fetch, url)


async def _run(fetch: _Fetch, url: str) -> FetchResult:
    policy = fetch.policy
    try:
        async with asyncio.timeout(policy.timeout):
            return await fetch.run(url)
    except FetchError:
        raise
    except TimeoutError:
        raise _failed("timeout", fetch.host) from None
    except httpx.TimeoutException:
        raise _failed("timeout", fetch.host) from None
    except httpx.InvalidURL:
        raise _refused("invalid_url", fetch.host) from None
    except (httpx.ProtocolError, httpx.DecodingError):
        raise _failed("protocol", fetch.host) from None
    except httpx.HTTPError as exc:
        raise _failed("tls" if _is_tls_error(exc) else "network", fetch.host) from None
    except OSError:  # ssl.SSLError included
        raise _failed("network", fetch.host) from None
