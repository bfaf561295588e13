"""Which addresses a fetch may reach. A URL the user configured may point anywhere; a link that
content supplies (a feed entry followed, a redirect elsewhere) may not reach loopback, private,
link-local or cloud-metadata addresses, checked on the addresses its name resolves to, unless
`[http] allow` names it."""

from __future__ import annotations

import ipaddress
import socket
import threading
from collections.abc import Callable, Sequence

IP = ipaddress.IPv4Address | ipaddress.IPv6Address
# Names that reach a cloud provider's instance metadata wherever they resolve.
METADATA = {
    "metadata",
    "metadata.google.internal",
    "metadata.goog",
    "instance-data",
    "instance-data.ec2.internal",
    "metadata.azure.internal",
}


class Refused(ValueError):
    """A link from content pointed at an address it may not reach."""


def _host(host: str) -> str:
    return host.strip("[]").rstrip(".").lower()


def _ip(text: str) -> IP | None:
    try:
        ip = ipaddress.ip_address(text.split("%")[0])
    except ValueError:
        return None
    return ip.ipv4_mapped if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped else ip


def _kind(ip: IP) -> str:
    """What kind of address an address not on the public internet is."""
    if ip.is_loopback:
        return "a loopback address"
    if ip.is_link_local:
        return "a link-local address (cloud metadata lives there)"
    if ip.is_unspecified:
        return "the unspecified address (this machine)"
    if ip.is_private:
        return "a private address"
    return "not a public address"


def check_allow(entry: str) -> str:
    """An `[http] allow` entry: a host name, an address or a network (10.0.0.0/8)."""
    text = _host(entry)
    if not text:
        raise ValueError("an empty entry allows nothing")
    if "/" in text:
        ipaddress.ip_network(text, strict=False)  # ValueError names the problem
    return text


class Reach:
    """Resolves names within a time limit, once per fetcher, and refuses what content may not
    reach."""

    def __init__(self, allow: Sequence[str] = ()) -> None:
        self.names = {_host(a) for a in allow if "/" not in a and _ip(_host(a)) is None}
        self.networks = [
            ipaddress.ip_network(_host(a), strict=False)
            for a in allow
            if "/" in a or _ip(_host(a)) is not None
        ]
        self.resolved: dict[tuple[str, int], list[str]] = {}
        self.lock = threading.Lock()

    def _allowed(self, ip: IP) -> bool:
        return any(ip in network for network in self.networks)

    def resolve(self, host: str, port: int, within: float | None) -> list[str]:
        """The addresses `host` resolves to, looked up once; TimeoutError after `within` s."""
        key = (_host(host), port)
        with self.lock:
            if key in self.resolved:
                return self.resolved[key]
        found: list[list[str] | BaseException] = []

        def lookup() -> None:
            try:
                infos = socket.getaddrinfo(key[0], port, type=socket.SOCK_STREAM)
                found.append(list(dict.fromkeys(info[4][0] for info in infos)))
            except BaseException as exc:  # handed to the waiting thread
                found.append(exc)

        worker = threading.Thread(target=lookup, daemon=True)  # a stalled lookup is left behind
        worker.start()
        worker.join(within)
        if not found:
            raise TimeoutError(f"looking up {key[0]} took longer than {within:g} s")
        if isinstance(found[0], BaseException):
            raise found[0]
        with self.lock:
            self.resolved[key] = found[0]
        return found[0]

    def addresses(
        self, host: str, port: int, trusted: bool, within: Callable[[], float | None]
    ) -> list[str]:
        """The addresses to connect to; Refused when a link from content (not `trusted`) may
        not reach them."""
        name = _host(host)
        if trusted or name in self.names:
            return self.resolve(name, port, within())
        if name in METADATA or name == "localhost" or name.endswith(".localhost"):
            raise Refused(f"not fetched: {name} is this machine or cloud metadata{_HINT}")
        found = self.resolve(name, port, within())
        for text in found:
            ip = _ip(text)
            if ip is not None and not ip.is_global and not self._allowed(ip):
                shown = name if name == str(ip) else f"{name} ({ip})"
                raise Refused(f"not fetched: {shown} is {_kind(ip)}{_HINT}")
        return found


_HINT = ", and the link came from content (a URL you configure may; or list it in http.allow)"
