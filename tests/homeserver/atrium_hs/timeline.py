"""Reading rooms: /messages, /context, /event, /members, joined_members,
relations, the space hierarchy and timestamp_to_event."""
import json

from . import errors
from .events import now_ms
from .filtering import EventFilter
from .router import CLIENT, CLIENT_V1
from .rooms import get_room, readable_upto, require_joined
from .serialize import client_event, pagination_token, parse_token


def _room_event_filter(ctx):
    raw = ctx.query.get("filter")
    if not raw:
        return EventFilter()
    try:
        d = json.loads(raw)
    except ValueError:
        raise errors.not_json("filter is not valid JSON")
    if not isinstance(d, dict):
        raise errors.bad_json("filter must be an object")
    return EventFilter(d)


def _lazy_members(room, events, user_id):
    senders = {e.sender for e in events}
    return [room.state[("m.room.member", u)] for u in senders
            if ("m.room.member", u) in room.state]


async def messages(ctx):
    s = ctx.auth()
    room = get_room(ctx.store, ctx.params["roomId"])
    upto = readable_upto(room, s.user_id)
    direction = ctx.query.get("dir", "b")
    if direction not in ("b", "f"):
        raise errors.invalid_param("dir must be 'b' or 'f'")
    limit = ctx.int_param("limit", 10, 0, 1000)
    filt = _room_event_filter(ctx)
    if filt.limit is not None:
        limit = min(limit, filt.limit)
    raw_from = ctx.query.get("from")
    to_raw = ctx.query.get("to")
    to = parse_token(to_raw) if to_raw else None
    chunk = []
    end = None
    if direction == "b":
        start_pos = min(parse_token(raw_from), upto) if raw_from else upto
        i = room.index_after(start_pos) - 1
        while i >= 0 and len(chunk) < limit:
            ev = room.events[i]
            if to is not None and ev.pos <= to:
                i = -1
                break
            if filt.allows(ev):
                chunk.append(ev)
            i -= 1
        if i >= 0 and (to is None or room.events[i].pos > to):
            end = pagination_token(room.events[i].pos)
        start = pagination_token(start_pos)
    else:
        start_pos = parse_token(raw_from) if raw_from else 0
        i = room.index_after(start_pos)
        last = start_pos
        n = len(room.events)
        while i < n and len(chunk) < limit:
            ev = room.events[i]
            if ev.pos > upto or (to is not None and ev.pos > to):
                i = n
                break
            if filt.allows(ev):
                chunk.append(ev)
            last = ev.pos
            i += 1
        if i < n and room.events[i].pos <= upto and (to is None or room.events[i].pos <= to):
            end = pagination_token(last)
        start = pagination_token(start_pos)
    now = now_ms()
    resp = {"start": start, "chunk": [client_event(room, e, now, s) for e in chunk]}
    if end is not None:
        resp["end"] = end
    if filt.lazy_load_members:
        resp["state"] = [e.to_client(now) for e in _lazy_members(room, chunk, s.user_id)]
    return resp


def _readable_event(ctx, s):
    """The room, the event named in the path, and how far the user may read;
    an event the user may not see is answered like one that does not exist."""
    room = get_room(ctx.store, ctx.params["roomId"])
    upto = readable_upto(room, s.user_id)
    ev = room.by_id.get(ctx.params["eventId"])
    if ev is None or ev.pos > upto:
        raise errors.not_found("Event not found")
    return room, ev, upto


async def context(ctx):
    s = ctx.auth()
    room, ev, upto = _readable_event(ctx, s)
    limit = ctx.int_param("limit", 10, 0, 1000)
    filt = _room_event_filter(ctx)
    n_before = limit // 2
    n_after = limit - n_before
    idx = room.index_after(ev.pos) - 1
    before, after = [], []
    i = idx - 1
    while i >= 0 and len(before) < n_before:
        if filt.allows(room.events[i]):
            before.append(room.events[i])
        i -= 1
    j = idx + 1
    while j < len(room.events) and len(after) < n_after and room.events[j].pos <= upto:
        if filt.allows(room.events[j]):
            after.append(room.events[j])
        j += 1
    now = now_ms()
    start_pos = (before[-1].pos if before else ev.pos) - 1
    end_pos = after[-1].pos if after else ev.pos
    if filt.lazy_load_members:
        state = _lazy_members(room, before + [ev] + after, s.user_id)
    else:
        state = list(room.state.values())
    return {
        "event": client_event(room, ev, now, s),
        "events_before": [client_event(room, e, now, s) for e in before],
        "events_after": [client_event(room, e, now, s) for e in after],
        "start": pagination_token(start_pos),
        "end": pagination_token(end_pos),
        "state": [e.to_client(now) for e in state],
    }


async def get_event(ctx):
    s = ctx.auth()
    room, ev, _ = _readable_event(ctx, s)
    return client_event(room, ev, now_ms(), s)


async def members(ctx):
    s = ctx.auth()
    room = get_room(ctx.store, ctx.params["roomId"])
    upto = readable_upto(room, s.user_id)
    at = ctx.query.get("at")
    if at:
        upto = min(upto, parse_token(at))
    if upto >= room.last_pos:
        state = room.state
    else:
        state = room.state_before(room.index_after(upto))
    only = ctx.query.get("membership")
    exclude = ctx.query.get("not_membership")
    now = now_ms()
    chunk = []
    for (type_, _), ev in state.items():
        if type_ != "m.room.member":
            continue
        m = ev.content.get("membership")
        if only is not None and m != only:
            continue
        if exclude is not None and m == exclude:
            continue
        chunk.append(ev.to_client(now))
    return {"chunk": chunk}


async def joined_members(ctx):
    s = ctx.auth()
    room = get_room(ctx.store, ctx.params["roomId"])
    require_joined(room, s.user_id)
    joined = {}
    for u, m in room.membership.items():
        if m == "join":
            c = room.state[("m.room.member", u)].content
            joined[u] = {"display_name": c.get("displayname"),
                         "avatar_url": c.get("avatar_url")}
    return {"joined": joined}


async def relations(ctx):
    s = ctx.auth()
    room = get_room(ctx.store, ctx.params["roomId"])
    upto = readable_upto(room, s.user_id)
    parent = room.by_id.get(ctx.params["eventId"])
    if parent is None or parent.pos > upto:
        raise errors.not_found("Event not found")
    rel_type = ctx.params.get("relType")
    event_type = ctx.params.get("eventType")
    children = [c for c in room.relations.get(parent.event_id, []) if c.pos <= upto]
    if rel_type is not None:
        children = [c for c in children
                    if c.content.get("m.relates_to", {}).get("rel_type") == rel_type]
    if event_type is not None:
        children = [c for c in children if c.type == event_type]
    direction = ctx.query.get("dir", "b")
    if direction not in ("b", "f"):
        raise errors.invalid_param("dir must be 'b' or 'f'")
    limit = ctx.int_param("limit", 50, 1, 1000)
    raw_from, raw_to = ctx.query.get("from"), ctx.query.get("to")
    frm = parse_token(raw_from) if raw_from else None
    to = parse_token(raw_to) if raw_to else None
    if direction == "b":
        seq = [c for c in reversed(children)
               if (frm is None or c.pos <= frm) and (to is None or c.pos > to)]
    else:
        seq = [c for c in children
               if (frm is None or c.pos > frm) and (to is None or c.pos <= to)]
    page, rest = seq[:limit], seq[limit:]
    now = now_ms()
    resp = {"chunk": [client_event(room, c, now, s) for c in page]}
    if rest:
        last = page[-1].pos
        resp["next_batch"] = pagination_token(last - 1 if direction == "b" else last)
    if raw_from:
        resp["prev_batch"] = raw_from
    return resp


def _can_peek(room, user_id):
    m = room.membership.get(user_id)
    return m in ("join", "invite") or room.join_rule in ("public",) \
        or room.history_visibility == "world_readable"


def room_summary(room):
    """The PublishedRoomsChunk fields shared by publicRooms and hierarchy."""
    d = {
        "room_id": room.room_id,
        "num_joined_members": sum(1 for m in room.membership.values() if m == "join"),
        "world_readable": room.history_visibility == "world_readable",
        "guest_can_join": (room.state_content("m.room.guest_access") or {}).get(
            "guest_access") == "can_join",
        "join_rule": room.join_rule,
    }
    name = room.name
    if name is not None:
        d["name"] = name
    topic = (room.state_content("m.room.topic") or {}).get("topic")
    if topic is not None:
        d["topic"] = topic
    alias = (room.state_content("m.room.canonical_alias") or {}).get("alias")
    if alias:
        d["canonical_alias"] = alias
    avatar = (room.state_content("m.room.avatar") or {}).get("url")
    if avatar:
        d["avatar_url"] = avatar
    if room.room_type is not None:
        d["room_type"] = room.room_type
    return d


def _children(room, suggested_only):
    out = []
    for (type_, key), ev in room.state.items():
        if type_ != "m.space.child":
            continue
        via = ev.content.get("via")
        if not isinstance(via, list) or not via:
            continue  # a child event without via is a removed child
        if suggested_only and not ev.content.get("suggested"):
            continue
        out.append(ev)
    # Order by the spec's "order" key, then by state key for stability.
    out.sort(key=lambda e: (e.content.get("order") if isinstance(e.content.get("order"), str)
                            else "\x7f", e.ts, e.state_key))
    return out


async def hierarchy(ctx):
    s = ctx.auth()
    store = ctx.store
    root = get_room(store, ctx.params["roomId"])
    if not _can_peek(root, s.user_id):
        raise errors.forbidden("You cannot view this space")
    suggested_only = ctx.bool_param("suggested_only")
    max_depth = ctx.int_param("max_depth", None, 0)
    limit = ctx.int_param("limit", 50, 1, 1000)
    offset = 0
    if ctx.query.get("from"):
        try:
            offset = int(ctx.query["from"])
        except ValueError:
            raise errors.invalid_param("Invalid from token")
    result, seen = [], {root.room_id}
    queue = [(root, 0)]
    while queue:
        room, depth = queue.pop(0)
        kids = _children(room, suggested_only)
        entry = room_summary(room)
        entry["children_state"] = [dict(k.stripped(), origin_server_ts=k.ts) for k in kids]
        result.append(entry)
        if max_depth is not None and depth >= max_depth:
            continue
        for k in kids:
            child = store.rooms.get(k.state_key)
            if child is None or child.room_id in seen or not _can_peek(child, s.user_id):
                continue
            seen.add(child.room_id)
            queue.append((child, depth + 1))
    page = result[offset:offset + limit]
    resp = {"rooms": page}
    if offset + limit < len(result):
        resp["next_batch"] = str(offset + limit)
    return resp


async def timestamp_to_event(ctx):
    s = ctx.auth()
    room = get_room(ctx.store, ctx.params["roomId"])
    upto = readable_upto(room, s.user_id)
    ts = ctx.int_param("ts")
    if ts is None:
        raise errors.missing_param("ts required")
    direction = ctx.query.get("dir", "f")
    visible = [e for e in room.events if e.pos <= upto]
    if direction == "f":
        cands = [e for e in visible if e.ts >= ts]
        ev = min(cands, key=lambda e: (e.ts, e.pos)) if cands else None
    else:
        cands = [e for e in visible if e.ts <= ts]
        ev = max(cands, key=lambda e: (e.ts, e.pos)) if cands else None
    if ev is None:
        raise errors.not_found("No event found")
    return {"event_id": ev.event_id, "origin_server_ts": ev.ts}


def register(router):
    router.add("GET", "/rooms/{roomId}/messages", messages)
    router.add("GET", "/rooms/{roomId}/context/{eventId}", context)
    router.add("GET", "/rooms/{roomId}/event/{eventId}", get_event)
    router.add("GET", "/rooms/{roomId}/members", members)
    router.add("GET", "/rooms/{roomId}/joined_members", joined_members)
    both = CLIENT_V1 + CLIENT
    router.add("GET", "/rooms/{roomId}/relations/{eventId}", relations, both)
    router.add("GET", "/rooms/{roomId}/relations/{eventId}/{relType}", relations, both)
    router.add("GET", "/rooms/{roomId}/relations/{eventId}/{relType}/{eventType}",
               relations, both)
    router.add("GET", "/rooms/{roomId}/hierarchy", hierarchy, both)
    router.add("GET", "/rooms/{roomId}/timestamp_to_event", timestamp_to_event, both)
