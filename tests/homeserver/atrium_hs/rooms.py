"""Room creation, membership, sending events, state and redaction.

Authorisation follows the spec's power level rules, simplified by the fact
that state is linear: every check looks only at the current room state.
"""
import re

from . import errors
from .context import require
from .model import SUPPORTED_ROOM_VERSIONS, DEFAULT_ROOM_VERSION

MEMBERSHIPS = ("join", "invite", "leave", "ban", "knock")
ALIAS_LOCALPART_RE = re.compile(r"^[^\s:#]+$")


# -- lookups and access --------------------------------------------------------

def get_room(store, room_id, status=403):
    room = store.rooms.get(room_id)
    if room is None:
        if status == 404:
            raise errors.not_found("Unknown room %s" % room_id)
        raise errors.forbidden("You are not in room %s" % room_id)
    return room


def require_joined(room, user_id):
    if room.membership.get(user_id) != "join":
        raise errors.forbidden("User %s not in room %s" % (user_id, room.room_id))


def readable_upto(room, user_id):
    """Highest stream position the user may read in the room.

    Joined members read everything (history visibility "shared" semantics);
    former members read up to their leave; anyone reads world_readable rooms.
    """
    m = room.membership.get(user_id)
    if m == "join" or room.history_visibility == "world_readable":
        return room.last_pos
    # Someone who only ever got an invite (then left) never saw the room.
    if m in ("leave", "ban") and _was_joined(room, user_id):
        return room.member_pos[user_id]
    raise errors.forbidden("You are not allowed to read room %s" % room.room_id)


def _was_joined(room, user_id):
    return any(u == user_id and m == "join" for _, u, m in room.member_changes)


# -- membership --------------------------------------------------------------------

def profile_content(store, user_id):
    user = store.users.get(user_id)
    out = {}
    if user is not None:
        if user.displayname is not None:
            out["displayname"] = user.displayname
        if user.avatar_url is not None:
            out["avatar_url"] = user.avatar_url
    return out


def set_membership(store, room, sender, target, membership, reason=None,
                   extra=None, ts=None):
    """Write a member event (no auth checks; callers authorise first)."""
    content = {"membership": membership}
    if membership in ("join", "invite"):
        content.update(profile_content(store, target))
    if reason:
        content["reason"] = reason
    if extra:
        content.update(extra)
    return store.append_event(room, "m.room.member", sender, content,
                              state_key=target, ts=ts)


def _join_allowed(store, room, user_id):
    current = room.membership.get(user_id)
    if current == "ban":
        raise errors.forbidden("You are banned from this room")
    if current in ("join", "invite"):
        return
    rule = room.join_rule
    if rule == "public":
        return
    if rule in ("restricted", "knock_restricted"):
        allow = (room.state_content("m.room.join_rules") or {}).get("allow") or []
        for cond in allow:
            if isinstance(cond, dict) and cond.get("type") == "m.room_membership":
                other = store.rooms.get(cond.get("room_id"))
                if other is not None and other.membership.get(user_id) == "join":
                    return
    raise errors.forbidden("You are not invited to this room")


def join_room(store, room, user_id, reason=None, ts=None):
    _join_allowed(store, room, user_id)
    if room.membership.get(user_id) == "join":
        return
    extra = None
    if room.membership.get(user_id) == "invite":
        # Keep is_direct from the invite so clients can spot DMs.
        inv = room.state.get(("m.room.member", user_id))
        if inv is not None and inv.content.get("is_direct"):
            extra = {"is_direct": True}
    set_membership(store, room, user_id, user_id, "join", reason, extra, ts=ts)


def invite(store, room, sender, target, reason=None, is_direct=False):
    require_joined(room, sender)
    if room.user_level(sender) < room.action_level("invite"):
        raise errors.forbidden("You do not have permission to invite")
    current = room.membership.get(target)
    if current == "ban":
        raise errors.forbidden("%s is banned from the room" % target)
    if current == "join":
        raise errors.forbidden("%s is already in the room" % target)
    extra = {"is_direct": True} if is_direct else None
    return set_membership(store, room, sender, target, "invite", reason, extra)


def _check_target_user_id(store, body):
    target = require(body, "user_id", str)
    if not target.startswith("@") or ":" not in target:
        raise errors.invalid_param("Invalid user_id")
    return target


def _check_power_over(room, sender, target, action):
    require_joined(room, sender)
    level = room.user_level(sender)
    if level < room.action_level(action):
        raise errors.forbidden("You do not have permission to %s" % action)
    if target != sender and level <= room.user_level(target):
        raise errors.forbidden("You cannot %s a user with equal or higher power" % action)


# -- handlers: membership ------------------------------------------------------------

def resolve_room_id_or_alias(store, ident):
    if ident.startswith("#"):
        rid = store.aliases.get(ident)
        if rid is None:
            raise errors.not_found("Room alias %s not found" % ident)
        return rid
    if not ident.startswith("!"):
        raise errors.invalid_param("Invalid room ID or alias")
    return ident


async def join_by_id_or_alias(ctx):
    s = ctx.auth()
    body = await ctx.json(optional=True)
    rid = resolve_room_id_or_alias(ctx.store, ctx.params["roomIdOrAlias"])
    room = get_room(ctx.store, rid, status=404)
    join_room(ctx.store, room, s.user_id, body.get("reason"))
    return {"room_id": room.room_id}


async def join_by_id(ctx):
    s = ctx.auth()
    body = await ctx.json(optional=True)
    room = get_room(ctx.store, ctx.params["roomId"], status=404)
    join_room(ctx.store, room, s.user_id, body.get("reason"))
    return {"room_id": room.room_id}


async def invite_handler(ctx):
    s = ctx.auth()
    body = await ctx.json()
    room = get_room(ctx.store, ctx.params["roomId"])
    target = _check_target_user_id(ctx.store, body)
    if target not in ctx.store.users:
        raise errors.not_found("Unknown user %s" % target)
    invite(ctx.store, room, s.user_id, target, body.get("reason"))
    return {}


async def leave(ctx):
    s = ctx.auth()
    body = await ctx.json(optional=True)
    room = get_room(ctx.store, ctx.params["roomId"], status=404)
    current = room.membership.get(s.user_id)
    if current in ("join", "invite", "knock"):
        set_membership(ctx.store, room, s.user_id, s.user_id, "leave", body.get("reason"))
    elif current == "ban":
        raise errors.forbidden("You are banned from this room")
    return {}


async def forget(ctx):
    s = ctx.auth()
    room = get_room(ctx.store, ctx.params["roomId"], status=404)
    if room.membership.get(s.user_id) in ("join", "invite", "knock"):
        raise errors.MatrixError(400, "M_UNKNOWN", "You must leave the room first")
    ctx.store.user_rooms.get(s.user_id, set()).discard(room.room_id)
    ctx.store.changed()
    return {}


async def kick(ctx):
    s = ctx.auth()
    body = await ctx.json()
    room = get_room(ctx.store, ctx.params["roomId"])
    target = _check_target_user_id(ctx.store, body)
    if room.membership.get(target) not in ("join", "invite", "knock"):
        raise errors.forbidden("%s is not in the room" % target)
    _check_power_over(room, s.user_id, target, "kick")
    set_membership(ctx.store, room, s.user_id, target, "leave", body.get("reason"))
    return {}


async def ban(ctx):
    s = ctx.auth()
    body = await ctx.json()
    room = get_room(ctx.store, ctx.params["roomId"])
    target = _check_target_user_id(ctx.store, body)
    _check_power_over(room, s.user_id, target, "ban")
    if room.membership.get(target) != "ban":
        set_membership(ctx.store, room, s.user_id, target, "ban", body.get("reason"))
    return {}


async def unban(ctx):
    s = ctx.auth()
    body = await ctx.json()
    room = get_room(ctx.store, ctx.params["roomId"])
    target = _check_target_user_id(ctx.store, body)
    require_joined(room, s.user_id)
    if room.user_level(s.user_id) < room.action_level("ban"):
        raise errors.forbidden("You do not have permission to unban")
    if room.membership.get(target) != "ban":
        raise errors.forbidden("%s is not banned" % target)
    set_membership(ctx.store, room, s.user_id, target, "leave", body.get("reason"))
    return {}


async def joined_rooms(ctx):
    s = ctx.auth()
    store = ctx.store
    return {"joined_rooms": [rid for rid in store.user_rooms.get(s.user_id, ())
                             if store.rooms[rid].membership.get(s.user_id) == "join"]}


# -- createRoom ----------------------------------------------------------------------

def default_power_levels(creator, preset, invitees):
    users = {creator: 100}
    if preset == "trusted_private_chat":
        for u in invitees:
            users[u] = 100
    return {
        "users": users, "users_default": 0,
        "events": {"m.room.name": 50, "m.room.power_levels": 100,
                   "m.room.history_visibility": 100, "m.room.canonical_alias": 50,
                   "m.room.avatar": 50, "m.room.tombstone": 100,
                   "m.room.server_acl": 100, "m.room.encryption": 100},
        "events_default": 0, "state_default": 50,
        "ban": 50, "kick": 50, "redact": 50,
        "invite": 50 if preset == "public_chat" else 0,
        "historical": 100, "notifications": {"room": 50},
    }


PRESETS = {
    "public_chat": [("m.room.join_rules", {"join_rule": "public"}),
                    ("m.room.history_visibility", {"history_visibility": "shared"}),
                    ("m.room.guest_access", {"guest_access": "forbidden"})],
    "private_chat": [("m.room.join_rules", {"join_rule": "invite"}),
                     ("m.room.history_visibility", {"history_visibility": "shared"}),
                     ("m.room.guest_access", {"guest_access": "can_join"})],
    "trusted_private_chat": [("m.room.join_rules", {"join_rule": "invite"}),
                             ("m.room.history_visibility", {"history_visibility": "shared"}),
                             ("m.room.guest_access", {"guest_access": "can_join"})],
}


def validate_alias_localpart(store, name):
    if not isinstance(name, str) or not ALIAS_LOCALPART_RE.match(name):
        raise errors.invalid_param("Invalid room_alias_name")
    alias = "#%s:%s" % (name, store.server_name)
    if alias in store.aliases:
        raise errors.MatrixError(400, "M_ROOM_IN_USE", "Room alias already taken")
    return alias


def create_room(store, creator, body, ts=None):
    """Create a room from a createRoom body; returns the Room.

    Also used by the seeds, which pass ``ts`` to place the room in the past.
    """
    visibility = body.get("visibility", "private")
    if visibility not in ("public", "private"):
        raise errors.bad_json("visibility must be public or private")
    preset = body.get("preset") or ("public_chat" if visibility == "public" else "private_chat")
    if preset not in PRESETS:
        raise errors.bad_json("Unknown preset %r" % preset)
    version = body.get("room_version", DEFAULT_ROOM_VERSION)
    if version not in SUPPORTED_ROOM_VERSIONS:
        raise errors.MatrixError(400, "M_UNSUPPORTED_ROOM_VERSION",
                                 "Room version %r is not supported" % version)
    invitees = body.get("invite") or []
    if not isinstance(invitees, list) or not all(isinstance(u, str) for u in invitees):
        raise errors.bad_json("invite must be a list of user IDs")
    initial_state = body.get("initial_state") or []
    if not isinstance(initial_state, list) or not all(
            isinstance(e, dict) and isinstance(e.get("type"), str)
            and isinstance(e.get("content", {}), dict) for e in initial_state):
        raise errors.bad_json("initial_state must be a list of state events")
    creation_content = require(body, "creation_content", dict, optional=True) or {}
    pl_override = require(body, "power_level_content_override", dict, optional=True) or {}
    name = require(body, "name", str, optional=True)
    topic = require(body, "topic", str, optional=True)
    alias = None
    if body.get("room_alias_name") is not None:
        alias = validate_alias_localpart(store, body["room_alias_name"])

    room = store.new_room(version)

    def send_state(type_, content, state_key=""):
        store.append_event(room, type_, creator, content, state_key=state_key, ts=ts)

    create = dict(creation_content)
    create["creator"] = creator
    create["room_version"] = version
    send_state("m.room.create", create)
    set_membership(store, room, creator, creator, "join", ts=ts)
    pl = default_power_levels(creator, preset, invitees)
    pl.update(pl_override)
    send_state("m.room.power_levels", pl)
    if alias is not None:
        store.aliases[alias] = room.room_id
        store.alias_creators[alias] = creator
        send_state("m.room.canonical_alias", {"alias": alias})
    given = {(e["type"], e.get("state_key", "")) for e in initial_state}
    for type_, content in PRESETS[preset]:
        if (type_, "") not in given:
            send_state(type_, content)
    for e in initial_state:
        send_state(e["type"], e.get("content", {}), e.get("state_key", ""))
    if name is not None:
        send_state("m.room.name", {"name": name})
    if topic is not None:
        send_state("m.room.topic", {"topic": topic})
    for target in invitees:
        set_membership(store, room, creator, target, "invite",
                       extra={"is_direct": True} if body.get("is_direct") else None, ts=ts)
    if visibility == "public":
        room.published = True
    return room


async def create_room_handler(ctx):
    s = ctx.auth()
    body = await ctx.json(optional=True)
    invitees = body.get("invite") or []
    if not isinstance(invitees, list):
        raise errors.bad_json("invite must be a list of user IDs")
    for u in invitees:
        if isinstance(u, str) and u not in ctx.store.users:
            raise errors.not_found("Unknown user %s" % u)
    room = create_room(ctx.store, s.user_id, body)
    return {"room_id": room.room_id}


# -- sending events --------------------------------------------------------------------

def check_can_send(room, user_id, event_type, state_key=None):
    require_joined(room, user_id)
    is_state = state_key is not None
    if room.user_level(user_id) < room.required_level(event_type, is_state):
        raise errors.forbidden("You don't have permission to send %s" % event_type)
    if is_state and state_key.startswith("@") and state_key != user_id \
            and event_type != "m.room.member":
        raise errors.forbidden("You cannot set a state key for another user")


def check_power_levels_change(room, user_id, new):
    """A user may not grant or change power above their own level."""
    old = room.power_levels()
    mine = room.user_level(user_id)

    def as_int(v):
        try:
            return int(v)
        except (TypeError, ValueError):
            raise errors.bad_json("Power levels must be integers")

    for key in ("ban", "kick", "redact", "invite", "state_default",
                "events_default", "users_default"):
        if key in new or key in old:
            o, n = old.get(key), new.get(key)
            if o != n and ((o is not None and as_int(o) > mine) or
                           (n is not None and as_int(n) > mine)):
                raise errors.forbidden("Cannot change %s beyond your own level" % key)
    for section in ("events", "users"):
        o_map = old.get(section) or {}
        n_map = new.get(section) or {}
        if not isinstance(n_map, dict):
            raise errors.bad_json("%s must be an object" % section)
        for k in set(o_map) | set(n_map):
            o, n = o_map.get(k), n_map.get(k)
            if o == n:
                continue
            if n is not None and as_int(n) > mine:
                raise errors.forbidden("Cannot grant a level above your own")
            if o is not None and as_int(o) > mine:
                raise errors.forbidden("Cannot change a level above your own")
            if section == "users" and k != user_id and o is not None and as_int(o) >= mine:
                raise errors.forbidden("Cannot change the level of a peer")


def txn_key(room_id, kind, txn_id):
    return "%s|%s|%s" % (room_id, kind, txn_id)


async def send_message(ctx):
    s = ctx.auth()
    room = get_room(ctx.store, ctx.params["roomId"])
    event_type, txn_id = ctx.params["eventType"], ctx.params["txnId"]
    key = txn_key(room.room_id, event_type, txn_id)
    known = s.device.txns.get(key)
    if known is not None:
        return {"event_id": known}
    content = await ctx.json()
    check_can_send(room, s.user_id, event_type)
    ev = ctx.store.append_event(room, event_type, s.user_id, content,
                                txn=(s.device_key, txn_id))
    s.device.txns[key] = ev.event_id
    if room.typing.pop(s.user_id, None) is not None:
        # Sending a message ends typing, as other clients would expect.
        room.typing_pos = ctx.store.next_pos()
        ctx.store.notify_room(room)
    return {"event_id": ev.event_id}


async def put_state(ctx):
    s = ctx.auth()
    store = ctx.store
    room = get_room(store, ctx.params["roomId"])
    event_type = ctx.params["eventType"]
    state_key = ctx.params.get("stateKey", "")
    content = await ctx.json()
    if event_type == "m.room.member":
        return _put_member_state(ctx, s, room, state_key, content)
    check_can_send(room, s.user_id, event_type, state_key)
    if event_type == "m.room.power_levels":
        check_power_levels_change(room, s.user_id, content)
    if event_type == "m.room.canonical_alias":
        for a in [content.get("alias")] + list(content.get("alt_aliases") or []):
            if a is not None and store.aliases.get(a) != room.room_id:
                raise errors.MatrixError(400, "M_BAD_ALIAS", "Alias %s does not point to this room" % a)
    current = room.state.get((event_type, state_key))
    if current is not None and current.content == content and current.sender == s.user_id:
        # Re-sending identical state is a no-op (keeps retries idempotent).
        return {"event_id": current.event_id}
    ev = store.append_event(room, event_type, s.user_id, content, state_key=state_key)
    return {"event_id": ev.event_id}


def _put_member_state(ctx, s, room, target, content):
    store = ctx.store
    membership = content.get("membership")
    if membership not in MEMBERSHIPS:
        raise errors.bad_json("Invalid membership")
    current = room.membership.get(target)
    if target == s.user_id and membership == "join" and current == "join":
        # Profile change within the room (per-room display name).
        ev = store.append_event(room, "m.room.member", s.user_id, content, state_key=target)
        return {"event_id": ev.event_id}
    if membership == "join":
        if target != s.user_id:
            raise errors.forbidden("Cannot join on behalf of another user")
        join_room(store, room, target)
    elif membership == "invite":
        invite(store, room, s.user_id, target, content.get("reason"),
               bool(content.get("is_direct")))
    elif membership == "leave":
        if target == s.user_id:
            if current in ("join", "invite", "knock"):
                set_membership(store, room, s.user_id, target, "leave", content.get("reason"))
        else:
            if current == "ban":
                _check_power_over(room, s.user_id, target, "ban")
            else:
                _check_power_over(room, s.user_id, target, "kick")
            set_membership(store, room, s.user_id, target, "leave", content.get("reason"))
    elif membership == "ban":
        _check_power_over(room, s.user_id, target, "ban")
        set_membership(store, room, s.user_id, target, "ban", content.get("reason"))
    else:
        raise errors.forbidden("Knocking is not supported")
    return {"event_id": room.state[("m.room.member", target)].event_id}


def _readable_state(room, user_id):
    """Current state for members; state at their leave for former members."""
    upto = readable_upto(room, user_id)
    if upto >= room.last_pos:
        return room.state
    return room.state_before(room.index_after(upto))


async def get_state(ctx):
    s = ctx.auth()
    room = get_room(ctx.store, ctx.params["roomId"])
    state = _readable_state(room, s.user_id)
    return [ev.to_client() for ev in state.values()]


async def get_state_event(ctx):
    s = ctx.auth()
    room = get_room(ctx.store, ctx.params["roomId"])
    state = _readable_state(room, s.user_id)
    ev = state.get((ctx.params["eventType"], ctx.params.get("stateKey", "")))
    if ev is None:
        raise errors.not_found("Event not found.")
    if ctx.query.get("format") == "event":
        return ev.to_client()
    return ev.content


async def redact(ctx):
    s = ctx.auth()
    store = ctx.store
    room = get_room(store, ctx.params["roomId"])
    event_id, txn_id = ctx.params["eventId"], ctx.params["txnId"]
    key = txn_key(room.room_id, "redact", txn_id)
    known = s.device.txns.get(key)
    if known is not None:
        return {"event_id": known}
    body = await ctx.json(optional=True)
    require_joined(room, s.user_id)
    target = room.by_id.get(event_id)
    if target is None:
        raise errors.not_found("Event not found")
    if target.sender == s.user_id:
        check_can_send(room, s.user_id, "m.room.redaction")
    elif room.user_level(s.user_id) < room.action_level("redact"):
        raise errors.forbidden("You don't have permission to redact this event")
    content = {}
    if isinstance(body.get("reason"), str):
        content["reason"] = body["reason"]
    if room.version == "11":
        content["redacts"] = event_id
    ev = store.append_event(room, "m.room.redaction", s.user_id, content,
                            txn=(s.device_key, txn_id), redacts=event_id)
    s.device.txns[key] = ev.event_id
    return {"event_id": ev.event_id}


def register(router):
    router.add("POST", "/createRoom", create_room_handler)
    router.add("POST", "/join/{roomIdOrAlias}", join_by_id_or_alias)
    router.add("POST", "/rooms/{roomId}/join", join_by_id)
    router.add("POST", "/rooms/{roomId}/invite", invite_handler)
    router.add("POST", "/rooms/{roomId}/leave", leave)
    router.add("POST", "/rooms/{roomId}/forget", forget)
    router.add("POST", "/rooms/{roomId}/kick", kick)
    router.add("POST", "/rooms/{roomId}/ban", ban)
    router.add("POST", "/rooms/{roomId}/unban", unban)
    router.add("GET", "/joined_rooms", joined_rooms)
    router.add("PUT", "/rooms/{roomId}/send/{eventType}/{txnId}", send_message)
    router.add("PUT", "/rooms/{roomId}/state/{eventType}", put_state)
    router.add("PUT", "/rooms/{roomId}/state/{eventType}/{stateKey?}", put_state)
    router.add("GET", "/rooms/{roomId}/state", get_state)
    router.add("GET", "/rooms/{roomId}/state/{eventType}", get_state_event)
    router.add("GET", "/rooms/{roomId}/state/{eventType}/{stateKey?}", get_state_event)
    router.add("PUT", "/rooms/{roomId}/redact/{eventId}/{txnId}", redact)
