"""Fault injection and the /_atrium_test/ admin endpoints.

Faults are decided *before* a request reaches its handler, so a request that
is dropped or answered with an injected error has had no effect; reliability
tests can then count on "failed means not applied". The one exception is
drop_after_rate: the request IS applied and only its answer is lost, the case
that transaction ids exist for.
"""
import asyncio
import random
import re
import weakref
from urllib.parse import unquote

from . import errors
from .router import ROOT


class Dropped(Exception):
    """The connection is closed without an answer."""


class FaultConfig:
    def __init__(self, body=None):
        body = body or {}
        self.delay_ms = _num(body, "delay_ms", int, 0)
        self.error_rate = _num(body, "error_rate", float, 0.0)
        self.error_status = _num(body, "error_status", int, 500)
        # The contract names 500 and 502; any 5xx is accepted so tests can
        # also simulate e.g. 503 from a proxy.
        if not 500 <= self.error_status <= 599:
            raise errors.bad_json("error_status must be a 5xx status")
        self.rate_limit_rate = _num(body, "rate_limit_rate", float, 0.0)
        self.retry_after_ms = _num(body, "retry_after_ms", int, 1000)
        self.drop_rate = _num(body, "drop_rate", float, 0.0)
        self.drop_after_rate = _num(body, "drop_after_rate", float, 0.0)
        # Media downloads sent at this many bytes a second (0: at once), so
        # that clients' progress can be watched however fast loopback is.
        self.body_rate = _num(body, "body_rate", int, 0)
        if self.body_rate < 0:
            raise errors.bad_json("body_rate must not be negative")
        regex = body.get("path_regex")
        if regex is not None and not isinstance(regex, str):
            raise errors.bad_json("path_regex must be a string")
        try:
            self.path_regex = re.compile(regex) if regex else None
        except re.error:
            raise errors.bad_json("path_regex is not a valid regex")

    def to_json(self):
        return {"delay_ms": self.delay_ms, "error_rate": self.error_rate,
                "error_status": self.error_status,
                "rate_limit_rate": self.rate_limit_rate,
                "retry_after_ms": self.retry_after_ms, "drop_rate": self.drop_rate,
                "drop_after_rate": self.drop_after_rate, "body_rate": self.body_rate,
                "path_regex": self.path_regex.pattern if self.path_regex else None}


def _num(body, key, kind, default):
    v = body.get(key, default)
    if v is None:
        return default
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise errors.bad_json("%s must be a number" % key)
    return kind(v)


_config = FaultConfig()
# Transports of connections that have sent at least one request; used by
# restart as a fallback when aiohttp's own connection table is unavailable.
_transports = weakref.WeakSet()


def track(request):
    if request.transport is not None:
        _transports.add(request.transport)


def abort(request):
    t = request.transport
    if t is not None:
        t.abort()


def _matches(cfg, path):
    # Match the raw path and its decoded form, so a regex may use either
    # "%21room%3Aserver" or "!room:server".
    return cfg.path_regex is None or cfg.path_regex.search(path) \
        or cfg.path_regex.search(unquote(path))


def drop_answer(path):
    """After the handler ran: whether to lose its answer (drop_after_rate)."""
    cfg = _config
    return _matches(cfg, path) and cfg.drop_after_rate > 0 \
        and random.random() < cfg.drop_after_rate


def body_rate(path):
    """Bytes a second to send a media body at for this path, or 0 (no limit)."""
    cfg = _config
    return cfg.body_rate if _matches(cfg, path) else 0


async def apply(request, path):
    cfg = _config
    if not _matches(cfg, path):
        return
    if cfg.delay_ms > 0:
        await asyncio.sleep(cfg.delay_ms / 1000.0)
    if cfg.drop_rate > 0 and random.random() < cfg.drop_rate:
        raise Dropped()
    if cfg.error_rate > 0 and random.random() < cfg.error_rate:
        raise errors.MatrixError(cfg.error_status, "M_UNKNOWN", "injected fault")
    if cfg.rate_limit_rate > 0 and random.random() < cfg.rate_limit_rate:
        raise errors.limit_exceeded(cfg.retry_after_ms)


# -- admin endpoints ---------------------------------------------------------

async def set_faults(ctx):
    global _config
    _config = FaultConfig(await ctx.json(optional=True))
    return {}


async def get_faults(ctx):
    return _config.to_json()


async def restart(ctx):
    """Simulate a server restart: every connection and long poll dies, data stays."""
    from .server import ConnectionDropped
    own = ctx.request.transport
    ctx.store.abort_waiters(ConnectionDropped())
    victims = set()
    server = ctx.request.app.get("http_server")
    conns = getattr(server, "_connections", None) if server is not None else None
    if conns:
        for proto in list(conns):
            t = getattr(proto, "transport", None)
            if t is not None:
                victims.add(t)
    victims.update(t for t in list(_transports))
    victims.discard(own)

    def kill():
        for t in victims:
            if not t.is_closing():
                t.abort()
    # Abort on the next loop turn so the waiters' handlers see their
    # exceptions first; our own response is still written normally.
    asyncio.get_running_loop().call_soon(kill)
    from aiohttp import web
    resp = web.Response(body=b"{}", content_type="application/json")
    resp.force_close()
    return resp


async def room_events(ctx):
    room = ctx.store.rooms.get(ctx.params["roomId"])
    if room is None:
        raise errors.not_found("Unknown room")
    return {"events": [e.to_client() for e in room.events]}


def register(router):
    router.add("POST", "/_atrium_test/faults", set_faults, ROOT)
    router.add("GET", "/_atrium_test/faults", get_faults, ROOT)
    router.add("POST", "/_atrium_test/restart", restart, ROOT)
    router.add("GET", "/_atrium_test/rooms/{roomId}/events", room_events, ROOT)
