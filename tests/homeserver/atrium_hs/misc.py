"""Small endpoints: VoIP TURN config and presence."""
from . import errors
from .events import now_ms


async def turn_server(ctx):
    ctx.auth()
    # Configured with --turn-uri; otherwise an empty object, which clients
    # read as "no TURN server" (Synapse does the same when unconfigured).
    return dict(ctx.store.turn)


async def get_presence(ctx):
    ctx.auth()
    user = ctx.store.users.get(ctx.params["userId"])
    if user is None:
        raise errors.not_found("Unknown user")
    p = user.presence
    out = {"presence": p.get("presence", "offline")}
    if p.get("status_msg"):
        out["status_msg"] = p["status_msg"]
    if p.get("ts"):
        out["last_active_ago"] = max(0, now_ms() - p["ts"])
    out["currently_active"] = out["presence"] == "online"
    return out


async def put_presence(ctx):
    s = ctx.auth()
    if ctx.params["userId"] != s.user_id:
        raise errors.forbidden("Cannot set another user's presence")
    body = await ctx.json()
    presence = body.get("presence")
    if presence not in ("online", "offline", "unavailable"):
        raise errors.bad_json("presence must be online, offline or unavailable")
    status = body.get("status_msg")
    if status is not None and not isinstance(status, str):
        raise errors.bad_json("status_msg must be a string")
    s.user.presence = {"presence": presence, "status_msg": status, "ts": now_ms()}
    return {}


async def notifications(ctx):
    """GET /notifications: events that notified the user, newest first."""
    from . import push
    from .serialize import client_event
    s = ctx.auth()
    store = ctx.store
    limit = ctx.int_param("limit", 20, 1, 100)
    only_highlight = ctx.query.get("only") == "highlight"
    before = ctx.int_param("from", None)
    rules = push.compiled_rules_for(s.user_id, s.user)
    found = []
    for rid in store.user_rooms.get(s.user_id, ()):
        room = store.rooms[rid]
        if room.membership.get(s.user_id) != "join":
            continue
        anchor = push.read_anchor(room, s.user_id)
        ectx = push.EvalContext(room, s.user_id, s.user.displayname,
                                sum(1 for m in room.membership.values() if m == "join"))
        for ev in room.events:
            if ev.sender == s.user_id or (before is not None and ev.pos >= before):
                continue
            d = {"type": ev.type, "content": ev.content, "sender": ev.sender, "room_id": rid}
            if ev.state_key is not None:
                d["state_key"] = ev.state_key
            actions = push.evaluate(rules, d, ectx)
            notify, highlight = push.flags(actions)
            if notify and (highlight or not only_highlight):
                found.append((ev.pos, room, ev, actions, ev.pos <= anchor))
    found.sort(key=lambda t: -t[0])
    page = found[:limit]
    now = now_ms()
    resp = {"notifications": [
        {"actions": actions, "event": client_event(room, ev, now, s), "read": read,
         "room_id": room.room_id, "ts": ev.ts}
        for _, room, ev, actions, read in page]}
    if len(found) > limit:
        resp["next_token"] = str(page[-1][0])
    return resp


async def search(ctx):
    """POST /search: plain substring search over readable room messages."""
    from .filtering import EventFilter
    from .rooms import readable_upto
    from .serialize import client_event
    s = ctx.auth()
    body = await ctx.json()
    cats = body.get("search_categories")
    if not isinstance(cats, dict) or not isinstance(cats.get("room_events"), dict):
        raise errors.bad_json("search_categories.room_events is required")
    crit = cats["room_events"]
    term = crit.get("search_term")
    if not isinstance(term, str):
        raise errors.bad_json("search_term must be a string")
    keys = crit.get("keys") or ["content.body", "content.name", "content.topic"]
    filt = EventFilter(crit.get("filter") if isinstance(crit.get("filter"), dict) else None)
    needle = term.lower()
    store = ctx.store
    hits = []
    for rid in store.user_rooms.get(s.user_id, ()):
        room = store.rooms[rid]
        if not filt.allows_room(rid):
            continue
        try:
            upto = readable_upto(room, s.user_id)
        except errors.MatrixError:
            continue
        for ev in room.events:
            if ev.pos > upto or not filt.allows(ev):
                continue
            for k in keys:
                v = ev.content.get(k.split(".", 1)[1]) if k.startswith("content.") else None
                if isinstance(v, str) and needle in v.lower():
                    hits.append((room, ev))
                    break
    hits.sort(key=lambda h: -h[1].pos)
    limit = filt.limit or 10
    now = now_ms()
    return {"search_categories": {"room_events": {
        "count": len(hits), "highlights": [term],
        "results": [{"rank": 1.0, "result": client_event(room, ev, now, s)}
                    for room, ev in hits[:limit]]}}}


def register(router):
    router.add("GET", "/notifications", notifications)
    router.add("POST", "/search", search)
    router.add("GET", "/voip/turnServer", turn_server)
    router.add("GET", "/presence/{userId}/status", get_presence)
    router.add("PUT", "/presence/{userId}/status", put_presence)
