"""Discovery, login, registration, logout, whoami and device management."""
import re
import secrets

from . import errors, uia
from .context import require
from .model import SUPPORTED_ROOM_VERSIONS, DEFAULT_ROOM_VERSION
from .router import ROOT

SPEC_VERSIONS = ["r0.0.1", "r0.1.0", "r0.2.0", "r0.3.0", "r0.4.0", "r0.5.0",
                 "r0.6.0", "r0.6.1"] + ["v1.%d" % i for i in range(1, 12)]

# The historical user ID grammar: lowercase ASCII letters, digits and ._=-/+
LOCALPART_RE = re.compile(r"^[a-z0-9._=\-/+]+$")


async def versions(ctx):
    return {"versions": SPEC_VERSIONS, "unstable_features": {}}


async def well_known(ctx):
    return {"m.homeserver": {"base_url": ctx.base_url()}}


async def capabilities(ctx):
    ctx.auth()
    return {"capabilities": {
        "m.change_password": {"enabled": True},
        "m.room_versions": {
            "default": DEFAULT_ROOM_VERSION,
            "available": {v: "stable" for v in SUPPORTED_ROOM_VERSIONS},
        },
        "m.set_displayname": {"enabled": True},
        "m.set_avatar_url": {"enabled": True},
        "m.3pid_changes": {"enabled": False},
        "m.get_login_token": {"enabled": False},
    }}


# -- login -------------------------------------------------------------------

async def login_flows(ctx):
    return {"flows": [{"type": t} for t in ctx.store.login_types]}


def _login_response(ctx, user, token, device):
    return {"user_id": user.user_id, "access_token": token,
            "device_id": device.device_id, "home_server": ctx.store.server_name,
            "well_known": {"m.homeserver": {"base_url": ctx.base_url()}}}


def _resolve_login_user(store, name):
    if not isinstance(name, str) or not name:
        raise errors.bad_json("Invalid user identifier")
    if name.startswith("@"):
        localpart, _, server = name[1:].partition(":")
        if server != store.server_name:
            raise errors.forbidden("Invalid username or password")
    else:
        localpart = name
    return store.users.get(store.user_id(localpart.lower()))


async def login(ctx):
    body = await ctx.json()
    store = ctx.store
    login_type = body.get("type")
    if login_type != "m.login.password" or login_type not in store.login_types:
        raise errors.MatrixError(400, "M_UNKNOWN", "Unknown login type %r" % login_type)
    ident = body.get("identifier")
    if ident is not None:
        if not isinstance(ident, dict):
            raise errors.bad_json("identifier must be an object")
        if ident.get("type") != "m.id.user":
            raise errors.forbidden("Only m.id.user identifiers are supported")
        name = ident.get("user")
    elif "user" in body:
        name = body["user"]          # deprecated top-level form
    else:
        raise errors.bad_json("Missing identifier")
    user = _resolve_login_user(store, name)
    password = body.get("password")
    if not isinstance(password, str):
        raise errors.bad_json("Missing password")
    if user is None or user.deactivated or not store.check_password(user.password_hash, password):
        raise errors.forbidden("Invalid username or password")
    device_id = require(body, "device_id", str, optional=True)
    display = require(body, "initial_device_display_name", str, optional=True)
    token, device = store.login(user, device_id, display)
    return _login_response(ctx, user, token, device)


# -- registration --------------------------------------------------------------

def _check_localpart(store, username):
    if not isinstance(username, str) or not username or not LOCALPART_RE.match(username):
        raise errors.MatrixError(400, "M_INVALID_USERNAME",
                                 "User ID may only contain a-z, 0-9, '.', '_', '=', '-', '/', '+'")
    if len(store.user_id(username)) > 255:
        raise errors.MatrixError(400, "M_INVALID_USERNAME", "User ID too long")
    if store.user_id(username) in store.users:
        raise errors.MatrixError(400, "M_USER_IN_USE", "User ID already taken")


async def register_available(ctx):
    username = ctx.query.get("username")
    if username is None:
        raise errors.missing_param("username required")
    _check_localpart(ctx.store, username)
    return {"available": True}


async def register_account(ctx):
    store = ctx.store
    kind = ctx.query.get("kind", "user")
    if kind == "guest":
        raise errors.MatrixError(403, "M_GUEST_ACCESS_FORBIDDEN", "Guest access is disabled")
    if kind != "user":
        raise errors.invalid_param("kind must be 'user' or 'guest'")
    body = await ctx.json(optional=True)
    username = body.get("username")
    if username is None:
        while True:
            username = "user" + secrets.token_hex(4)
            if store.user_id(username) not in store.users:
                break
    _check_localpart(store, username)
    password = require(body, "password", str, optional=True)
    if store.registration == "closed":
        raise errors.forbidden("Registration is disabled")
    stages = [["m.login.email.identity"]] if store.registration == "email" else [["m.login.dummy"]]
    uia.check(ctx, body, stages)
    # The username may have been taken while UIA was in progress.
    _check_localpart(store, username)
    user = store.create_user(username, password)
    if body.get("inhibit_login"):
        return {"user_id": user.user_id, "home_server": store.server_name}
    token, device = store.login(user, require(body, "device_id", str, optional=True),
                                require(body, "initial_device_display_name", str, optional=True))
    return {"user_id": user.user_id, "access_token": token,
            "device_id": device.device_id, "home_server": store.server_name}


# -- sessions ------------------------------------------------------------------

async def logout(ctx):
    s = ctx.auth()
    ctx.store.delete_device(s.user, s.device_id)
    return {}


async def logout_all(ctx):
    s = ctx.auth()
    for device_id in list(s.user.devices):
        ctx.store.delete_device(s.user, device_id)
    ctx.store.drop_tokens(s.user_id)
    return {}


async def whoami(ctx):
    s = ctx.auth()
    return {"user_id": s.user_id, "device_id": s.device_id, "is_guest": False}


# -- devices ---------------------------------------------------------------------

def _device_json(dev):
    return {"device_id": dev.device_id, "display_name": dev.display_name,
            "last_seen_ip": dev.last_seen_ip, "last_seen_ts": dev.last_seen_ts}


async def list_devices(ctx):
    s = ctx.auth()
    return {"devices": [_device_json(d) for d in s.user.devices.values()]}


async def get_device(ctx):
    s = ctx.auth()
    dev = s.user.devices.get(ctx.params["deviceId"])
    if dev is None:
        raise errors.not_found("Unknown device")
    return _device_json(dev)


async def update_device(ctx):
    s = ctx.auth()
    body = await ctx.json(optional=True)
    dev = s.user.devices.get(ctx.params["deviceId"])
    if dev is None:
        raise errors.not_found("Unknown device")
    name = require(body, "display_name", str, optional=True)
    if name is not None:
        dev.display_name = name
        ctx.store.device_list_changed(s.user_id)
        ctx.store.changed()
    return {}


async def delete_device(ctx):
    s = ctx.auth()
    body = await ctx.json(optional=True)
    device_id = ctx.params["deviceId"]
    if device_id not in s.user.devices:
        raise errors.not_found("Unknown device")
    uia.check(ctx, body, [["m.login.password"]], s.user)
    ctx.store.delete_device(s.user, device_id)
    return {}


async def delete_devices(ctx):
    s = ctx.auth()
    body = await ctx.json()
    ids = require(body, "devices", list)
    uia.check(ctx, body, [["m.login.password"]], s.user)
    for device_id in ids:
        if isinstance(device_id, str):
            ctx.store.delete_device(s.user, device_id)
    return {}


# -- password and deactivation ------------------------------------------------------

async def change_password(ctx):
    s = ctx.auth()
    body = await ctx.json()
    new_password = require(body, "new_password", str)
    uia.check(ctx, body, [["m.login.password"]], s.user)
    s.user.password_hash = ctx.store.hash_password(new_password)
    if body.get("logout_devices", True):
        for device_id in list(s.user.devices):
            if device_id != s.device_id:
                ctx.store.delete_device(s.user, device_id)
    ctx.store.changed()
    return {}


async def deactivate(ctx):
    s = ctx.auth()
    body = await ctx.json(optional=True)
    uia.check(ctx, body, [["m.login.password"]], s.user)
    from . import rooms
    for rid in list(ctx.store.user_rooms.get(s.user_id, ())):
        room = ctx.store.rooms[rid]
        if room.membership.get(s.user_id) in ("join", "invite", "knock"):
            rooms.set_membership(ctx.store, room, s.user_id, s.user_id, "leave")
    for device_id in list(s.user.devices):
        ctx.store.delete_device(s.user, device_id)
    s.user.deactivated = True
    ctx.store.changed()
    return {"id_server_unbind_result": "no-support"}


async def threepids(ctx):
    ctx.auth()
    return {"threepids": []}


def register(router):
    router.add("GET", "/_matrix/client/versions", versions, ROOT)
    router.add("GET", "/.well-known/matrix/client", well_known, ROOT)
    router.add("GET", "/capabilities", capabilities)
    router.add("GET", "/login", login_flows)
    router.add("POST", "/login", login)
    router.add("GET", "/register/available", register_available)
    router.add("POST", "/register", register_account)
    router.add("POST", "/logout", logout)
    router.add("POST", "/logout/all", logout_all)
    router.add("GET", "/account/whoami", whoami)
    router.add("POST", "/account/password", change_password)
    router.add("POST", "/account/deactivate", deactivate)
    router.add("GET", "/account/3pid", threepids)
    router.add("GET", "/devices", list_devices)
    router.add("GET", "/devices/{deviceId}", get_device)
    router.add("PUT", "/devices/{deviceId}", update_device)
    router.add("DELETE", "/devices/{deviceId}", delete_device)
    router.add("POST", "/delete_devices", delete_devices)
