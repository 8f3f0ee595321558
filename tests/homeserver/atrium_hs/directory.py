"""Profiles, the user directory, room aliases and the public room list."""
from . import errors
from .context import require
from .rooms import get_room
from .timeline import room_summary


# -- profile -------------------------------------------------------------------

def _user(ctx):
    user = ctx.store.users.get(ctx.params["userId"])
    if user is None or user.deactivated:
        raise errors.not_found("Profile not found")
    return user


async def get_profile(ctx):
    user = _user(ctx)
    out = {}
    if user.displayname is not None:
        out["displayname"] = user.displayname
    if user.avatar_url is not None:
        out["avatar_url"] = user.avatar_url
    return out


async def get_profile_field(ctx):
    user = _user(ctx)
    field = ctx.params["field"]
    if field not in ("displayname", "avatar_url"):
        raise errors.not_found("Unknown profile field")
    value = getattr(user, field)
    if value is None:
        raise errors.not_found("Profile field not set")
    return {field: value}


def update_profile(store, user, field, value):
    setattr(user, field, value)
    # Every joined room gets a fresh member event carrying the new profile.
    for rid in list(store.user_rooms.get(user.user_id, ())):
        room = store.rooms[rid]
        if room.membership.get(user.user_id) != "join":
            continue
        current = dict(room.state[("m.room.member", user.user_id)].content)
        current.pop("reason", None)
        if value is None:
            current.pop(field, None)
        else:
            current[field] = value
        store.append_event(room, "m.room.member", user.user_id, current,
                           state_key=user.user_id)
    store.changed()


async def put_profile_field(ctx):
    s = ctx.auth()
    if ctx.params["userId"] != s.user_id:
        raise errors.forbidden("Cannot change another user's profile")
    field = ctx.params["field"]
    if field not in ("displayname", "avatar_url"):
        raise errors.MatrixError(400, "M_UNRECOGNIZED", "Unknown profile field")
    body = await ctx.json()
    value = body.get(field)
    if value is not None and not isinstance(value, str):
        raise errors.bad_json("%s must be a string" % field)
    update_profile(ctx.store, s.user, field, value)
    return {}


# -- user directory -----------------------------------------------------------------

async def user_directory_search(ctx):
    s = ctx.auth()
    body = await ctx.json()
    term = require(body, "search_term", str).lower()
    limit = body.get("limit", 10)
    if isinstance(limit, bool) or not isinstance(limit, int):
        raise errors.bad_json("limit must be an integer")
    matches = []
    for user in ctx.store.users.values():
        if user.deactivated:
            continue
        name = user.displayname or ""
        if term in user.user_id.lower() or term in name.lower():
            matches.append(user)
    # People you share rooms with first, then by name.
    shared = ctx.store.users_sharing_rooms(s.user_id)
    matches.sort(key=lambda u: (u.user_id not in shared, (u.displayname or u.user_id).lower()))
    results = [{"user_id": u.user_id, "display_name": u.displayname,
                "avatar_url": u.avatar_url} for u in matches[:max(limit, 0)]]
    return {"results": results, "limited": len(matches) > len(results)}


# -- aliases -----------------------------------------------------------------------

def _check_alias(ctx):
    alias = ctx.params["roomAlias"]
    if not alias.startswith("#") or ":" not in alias:
        raise errors.invalid_param("Invalid room alias")
    return alias


async def get_alias(ctx):
    alias = _check_alias(ctx)
    rid = ctx.store.aliases.get(alias)
    if rid is None:
        raise errors.not_found("Room alias %s not found" % alias)
    return {"room_id": rid, "servers": [ctx.store.server_name]}


async def put_alias(ctx):
    s = ctx.auth()
    alias = _check_alias(ctx)
    if alias.split(":", 1)[1] != ctx.store.server_name:
        raise errors.invalid_param("Alias must be on this server")
    body = await ctx.json()
    room = get_room(ctx.store, require(body, "room_id", str), status=404)
    if alias in ctx.store.aliases:
        raise errors.MatrixError(409, "M_UNKNOWN", "Room alias %s already exists" % alias)
    ctx.store.aliases[alias] = room.room_id
    ctx.store.alias_creators[alias] = s.user_id
    ctx.store.changed()
    return {}


async def delete_alias(ctx):
    s = ctx.auth()
    alias = _check_alias(ctx)
    rid = ctx.store.aliases.get(alias)
    if rid is None:
        raise errors.not_found("Room alias not found")
    room = ctx.store.rooms.get(rid)
    creator = ctx.store.alias_creators.get(alias)
    allowed = creator == s.user_id or (
        room is not None and room.membership.get(s.user_id) == "join"
        and room.user_level(s.user_id) >= room.required_level("m.room.canonical_alias", True))
    if not allowed:
        raise errors.forbidden("You cannot delete this alias")
    del ctx.store.aliases[alias]
    ctx.store.alias_creators.pop(alias, None)
    ctx.store.changed()
    return {}


async def room_aliases(ctx):
    s = ctx.auth()
    room = get_room(ctx.store, ctx.params["roomId"])
    if room.membership.get(s.user_id) != "join" and room.history_visibility != "world_readable":
        raise errors.forbidden("You are not in this room")
    return {"aliases": sorted(a for a, r in ctx.store.aliases.items() if r == room.room_id)}


# -- public room directory -----------------------------------------------------------

async def get_visibility(ctx):
    room = ctx.store.rooms.get(ctx.params["roomId"])
    if room is None:
        raise errors.not_found("Unknown room")
    return {"visibility": "public" if room.published else "private"}


async def put_visibility(ctx):
    s = ctx.auth()
    room = get_room(ctx.store, ctx.params["roomId"], status=404)
    body = await ctx.json()
    vis = body.get("visibility", "public")
    if vis not in ("public", "private"):
        raise errors.bad_json("visibility must be public or private")
    if room.membership.get(s.user_id) != "join" or \
            room.user_level(s.user_id) < room.required_level("m.room.canonical_alias", True):
        raise errors.forbidden("You cannot change this room's visibility")
    room.published = vis == "public"
    ctx.store.changed()
    return {}


def _public_rooms(store, limit, since, term, room_types):
    rooms = [r for r in store.rooms.values() if r.published]
    entries = [room_summary(r) for r in rooms]
    if term:
        t = term.lower()
        entries = [e for e in entries if any(
            t in (e.get(k) or "").lower() for k in ("name", "topic", "canonical_alias"))
            or t in e["room_id"].lower()]
    if room_types is not None:
        entries = [e for e in entries if e.get("room_type") in room_types]
    entries.sort(key=lambda e: (-e["num_joined_members"], e["room_id"]))
    try:
        offset = int(since) if since else 0
    except ValueError:
        raise errors.invalid_param("Invalid since token")
    page = entries[offset:offset + limit] if limit is not None else entries[offset:]
    resp = {"chunk": page, "total_room_count_estimate": len(entries)}
    if offset + len(page) < len(entries):
        resp["next_batch"] = str(offset + len(page))
    if offset > 0:
        resp["prev_batch"] = str(max(0, offset - (limit or offset)))
    return resp


async def public_rooms_get(ctx):
    limit = ctx.int_param("limit", None, 0)
    return _public_rooms(ctx.store, limit, ctx.query.get("since"), None, None)


async def public_rooms_post(ctx):
    ctx.auth()
    body = await ctx.json(optional=True)
    limit = body.get("limit")
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int)):
        raise errors.bad_json("limit must be an integer")
    flt = body.get("filter") or {}
    if not isinstance(flt, dict):
        raise errors.bad_json("filter must be an object")
    term = flt.get("generic_search_term")
    if term is not None and not isinstance(term, str):
        raise errors.bad_json("generic_search_term must be a string")
    room_types = flt.get("room_types")
    if room_types is not None and not isinstance(room_types, list):
        raise errors.bad_json("room_types must be a list")
    return _public_rooms(ctx.store, limit, body.get("since"), term, room_types)


async def thirdparty_protocols(ctx):
    ctx.auth()
    return {}


def register(router):
    router.add("GET", "/profile/{userId}", get_profile)
    router.add("GET", "/profile/{userId}/{field}", get_profile_field)
    router.add("PUT", "/profile/{userId}/{field}", put_profile_field)
    router.add("POST", "/user_directory/search", user_directory_search)
    router.add("GET", "/directory/room/{roomAlias}", get_alias)
    router.add("PUT", "/directory/room/{roomAlias}", put_alias)
    router.add("DELETE", "/directory/room/{roomAlias}", delete_alias)
    router.add("GET", "/rooms/{roomId}/aliases", room_aliases)
    router.add("GET", "/directory/list/room/{roomId}", get_visibility)
    router.add("PUT", "/directory/list/room/{roomId}", put_visibility)
    router.add("GET", "/publicRooms", public_rooms_get)
    router.add("POST", "/publicRooms", public_rooms_post)
    router.add("GET", "/thirdparty/protocols", thirdparty_protocols)
