"""Receipts, read markers and typing notifications (the ephemeral bits)."""
import asyncio
import time

from . import errors
from .rooms import get_room, require_joined

RECEIPT_TYPES = ("m.read", "m.read.private", "m.fully_read")


def set_receipt(store, room, user_id, rtype, event_id, thread_id=None):
    if rtype == "m.fully_read":
        # The fully-read marker is per-room account data, not a receipt.
        store.set_account_data(store.users[user_id], "m.fully_read",
                               {"event_id": event_id}, room.room_id)
        return
    key = (rtype, user_id, thread_id)
    old = room.receipts.get(key)
    if old is not None and old["event_id"] == event_id:
        return
    ev = room.by_id.get(event_id)
    if old is not None and ev is not None:
        prev = room.by_id.get(old["event_id"])
        if prev is not None and prev.pos > ev.pos:
            return  # receipts only move forward
    pos = store.next_pos()
    room.receipts[key] = {"event_id": event_id, "ts": int(time.time() * 1000), "pos": pos}
    room.receipts_pos = pos
    if rtype == "m.read.private":
        store.notify([user_id])
    else:
        store.notify_room(room)
    store.changed()


async def post_receipt(ctx):
    s = ctx.auth()
    room = get_room(ctx.store, ctx.params["roomId"])
    require_joined(room, s.user_id)
    rtype = ctx.params["receiptType"]
    if rtype not in RECEIPT_TYPES:
        raise errors.invalid_param("Unknown receipt type %r" % rtype)
    body = await ctx.json(optional=True)
    event_id = ctx.params["eventId"]
    if event_id not in room.by_id:
        raise errors.not_found("Unknown event")
    thread_id = body.get("thread_id")
    if thread_id is not None and not isinstance(thread_id, str):
        raise errors.bad_json("thread_id must be a string")
    if thread_id is not None and rtype == "m.fully_read":
        raise errors.bad_json("m.fully_read cannot be threaded")
    set_receipt(ctx.store, room, s.user_id, rtype, event_id, thread_id)
    return {}


async def read_markers(ctx):
    s = ctx.auth()
    room = get_room(ctx.store, ctx.params["roomId"])
    require_joined(room, s.user_id)
    body = await ctx.json(optional=True)
    for rtype in ("m.fully_read", "m.read", "m.read.private"):
        event_id = body.get(rtype)
        if event_id is None:
            continue
        if not isinstance(event_id, str) or event_id not in room.by_id:
            raise errors.bad_json("Unknown event for %s" % rtype)
        set_receipt(ctx.store, room, s.user_id, rtype, event_id)
    return {}


def _expire_typing(store, room, user_id, expiry):
    if room.typing.get(user_id) == expiry:
        del room.typing[user_id]
        room.typing_pos = store.next_pos()
        store.notify_room(room)


async def typing(ctx):
    s = ctx.auth()
    if ctx.params["userId"] != s.user_id:
        raise errors.forbidden("Cannot set typing for another user")
    room = get_room(ctx.store, ctx.params["roomId"])
    require_joined(room, s.user_id)
    body = await ctx.json()
    is_typing = body.get("typing")
    if not isinstance(is_typing, bool):
        raise errors.bad_json("typing must be a boolean")
    store = ctx.store
    if is_typing:
        timeout = body.get("timeout", 30000)
        if isinstance(timeout, bool) or not isinstance(timeout, (int, float)):
            raise errors.bad_json("timeout must be a number")
        timeout = min(max(timeout, 0), 120000) / 1000.0
        loop = asyncio.get_running_loop()
        expiry = loop.time() + timeout
        changed = s.user_id not in room.typing
        room.typing[s.user_id] = expiry
        loop.call_later(timeout, _expire_typing, store, room, s.user_id, expiry)
    else:
        changed = room.typing.pop(s.user_id, None) is not None
    if changed:
        room.typing_pos = store.next_pos()
        store.notify_room(room)
    return {}


def register(router):
    router.add("POST", "/rooms/{roomId}/receipt/{receiptType}/{eventId}", post_receipt)
    router.add("POST", "/rooms/{roomId}/read_markers", read_markers)
    router.add("PUT", "/rooms/{roomId}/typing/{userId}", typing)
