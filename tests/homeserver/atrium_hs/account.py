"""Filters, account data (global and per room) and room tags."""
from . import errors
from .filtering import validate_filter_json


def _own_user(ctx):
    s = ctx.auth()
    if ctx.params["userId"] != s.user_id:
        raise errors.forbidden("Cannot access another user's data")
    return s


async def create_filter(ctx):
    s = _own_user(ctx)
    body = await ctx.json()
    validate_filter_json(body)
    s.user.filters.append(body)
    ctx.store.changed()
    return {"filter_id": str(len(s.user.filters) - 1)}


async def get_filter(ctx):
    s = _own_user(ctx)
    try:
        idx = int(ctx.params["filterId"])
    except ValueError:
        raise errors.not_found("No such filter")
    if not 0 <= idx < len(s.user.filters):
        raise errors.not_found("No such filter")
    return s.user.filters[idx]


async def get_account_data(ctx):
    s = _own_user(ctx)
    content = s.user.account_data.get(ctx.params["type"])
    if content is None:
        raise errors.not_found("Account data not found")
    return content


async def put_account_data(ctx):
    s = _own_user(ctx)
    body = await ctx.json()
    type_ = ctx.params["type"]
    if type_ in ("m.fully_read", "m.push_rules"):
        raise errors.MatrixError(400, "M_BAD_JSON", "Cannot set %s through this API" % type_)
    ctx.store.set_account_data(s.user, type_, body)
    return {}


def _room_for_account_data(ctx):
    room_id = ctx.params["roomId"]
    if not room_id.startswith("!"):
        raise errors.invalid_param("Invalid room ID")
    return room_id


async def get_room_account_data(ctx):
    s = _own_user(ctx)
    room_id = _room_for_account_data(ctx)
    content = s.user.room_account_data.get(room_id, {}).get(ctx.params["type"])
    if content is None:
        raise errors.not_found("Account data not found")
    return content


async def put_room_account_data(ctx):
    s = _own_user(ctx)
    room_id = _room_for_account_data(ctx)
    body = await ctx.json()
    if ctx.params["type"] in ("m.fully_read", "m.push_rules"):
        raise errors.MatrixError(400, "M_BAD_JSON", "Cannot set this type through this API")
    ctx.store.set_account_data(s.user, ctx.params["type"], body, room_id)
    return {}


async def get_tags(ctx):
    s = _own_user(ctx)
    tags = s.user.room_account_data.get(ctx.params["roomId"], {}).get("m.tag", {})
    return {"tags": tags.get("tags", {})}


async def put_tag(ctx):
    s = _own_user(ctx)
    body = await ctx.json(optional=True)
    room_id = ctx.params["roomId"]
    current = s.user.room_account_data.get(room_id, {}).get("m.tag", {"tags": {}})
    tags = dict(current.get("tags", {}))
    tags[ctx.params["tag"]] = body
    ctx.store.set_account_data(s.user, "m.tag", {"tags": tags}, room_id)
    return {}


async def delete_tag(ctx):
    s = _own_user(ctx)
    room_id = ctx.params["roomId"]
    current = s.user.room_account_data.get(room_id, {}).get("m.tag", {"tags": {}})
    tags = dict(current.get("tags", {}))
    tags.pop(ctx.params["tag"], None)
    ctx.store.set_account_data(s.user, "m.tag", {"tags": tags}, room_id)
    return {}


def register(router):
    router.add("POST", "/user/{userId}/filter", create_filter)
    router.add("GET", "/user/{userId}/filter/{filterId}", get_filter)
    router.add("GET", "/user/{userId}/account_data/{type}", get_account_data)
    router.add("PUT", "/user/{userId}/account_data/{type}", put_account_data)
    router.add("GET", "/user/{userId}/rooms/{roomId}/account_data/{type}", get_room_account_data)
    router.add("PUT", "/user/{userId}/rooms/{roomId}/account_data/{type}", put_room_account_data)
    router.add("GET", "/user/{userId}/rooms/{roomId}/tags", get_tags)
    router.add("PUT", "/user/{userId}/rooms/{roomId}/tags/{tag}", put_tag)
    router.add("DELETE", "/user/{userId}/rooms/{roomId}/tags/{tag}", delete_tag)
