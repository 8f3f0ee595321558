"""Client-format events with bundled aggregations (unsigned.m.relations)."""


def client_event(room, ev, now, session=None, with_room_id=True):
    d = ev.to_client(now, session.device_key if session else None, with_room_id)
    children = room.relations.get(ev.event_id)
    if children and ev.redacted_because is None:
        rel = _bundle(ev, children, now, session)
        if rel:
            d["unsigned"]["m.relations"] = rel
    return d


def _rel_type(child):
    r = child.content.get("m.relates_to")
    return r.get("rel_type") if isinstance(r, dict) else None


def _bundle(ev, children, now, session):
    rel = {}
    edits = [c for c in children if _rel_type(c) == "m.replace"
             and c.sender == ev.sender and c.type == ev.type]
    if edits:
        # Since v1.7 the bundled edit is the whole most recent edit event.
        rel["m.replace"] = edits[-1].to_client(now, None, True)
    threads = [c for c in children if _rel_type(c) == "m.thread"]
    if threads:
        uid = session.user_id if session else None
        rel["m.thread"] = {
            "latest_event": threads[-1].to_client(now, None, True),
            "count": len(threads),
            "current_user_participated": uid is not None and (
                ev.sender == uid or any(c.sender == uid for c in threads)),
        }
    refs = [c for c in children if _rel_type(c) == "m.reference"]
    if refs:
        rel["m.reference"] = {"chunk": [{"event_id": c.event_id} for c in refs]}
    return rel


def pagination_token(pos):
    return "t%d" % pos


def sync_token(pos):
    return "s%d" % pos


def parse_token(tok):
    """Both sync ("s…") and pagination ("t…") tokens carry a stream position."""
    from . import errors
    if not isinstance(tok, str) or len(tok) < 2 or tok[0] not in "st":
        raise errors.invalid_param("Invalid token %r" % tok)
    try:
        pos = int(tok[1:].split("_", 1)[0])
    except ValueError:
        raise errors.invalid_param("Invalid token %r" % tok)
    if pos < 0:
        raise errors.invalid_param("Invalid token %r" % tok)
    return pos
