"""End-to-end encryption support: key upload/query/claim, to-device
messages, cross-signing keys and server-side key backup.

The server stores and hands out keys as opaque JSON exactly as the spec's
key distribution endpoints describe; the one check it makes is the one the
spec asks of /keys/device_signing/upload (the self-signing and user-signing
keys signed by the master key).
"""
from . import errors, uia
from .context import require


# -- device and one-time keys --------------------------------------------------------

def otk_counts(device):
    counts = {"signed_curve25519": 0}
    for key_id in device.otks:
        algo = key_id.split(":", 1)[0]
        counts[algo] = counts.get(algo, 0) + 1
    return counts


async def upload_keys(ctx):
    s = ctx.auth()
    body = await ctx.json(optional=True)
    dev = s.device
    store = ctx.store
    device_keys = body.get("device_keys")
    if device_keys is not None:
        if not isinstance(device_keys, dict):
            raise errors.bad_json("device_keys must be an object")
        if device_keys.get("user_id") != s.user_id or device_keys.get("device_id") != s.device_id:
            raise errors.MatrixError(400, "M_INVALID_PARAM",
                                     "device_keys user_id/device_id do not match the caller")
        if dev.keys != device_keys:
            # Keep signatures other users/devices added through signatures/upload.
            old_sigs = (dev.keys or {}).get("signatures", {})
            new = dict(device_keys)
            sigs = {u: dict(v) for u, v in old_sigs.items() if u != s.user_id}
            for u, v in (device_keys.get("signatures") or {}).items():
                sigs.setdefault(u, {}).update(v)
            new["signatures"] = sigs
            dev.keys = new
            store.device_list_changed(s.user_id)
    otks = body.get("one_time_keys")
    if otks is not None:
        if not isinstance(otks, dict):
            raise errors.bad_json("one_time_keys must be an object")
        for key_id, key in otks.items():
            if ":" not in key_id:
                raise errors.bad_json("one-time key IDs look like algorithm:id")
            dev.otks.setdefault(key_id, key)
    fallback = body.get("fallback_keys", body.get("org.matrix.msc2732.fallback_keys"))
    if fallback is not None:
        if not isinstance(fallback, dict):
            raise errors.bad_json("fallback_keys must be an object")
        for key_id, key in fallback.items():
            if ":" not in key_id:
                raise errors.bad_json("fallback key IDs look like algorithm:id")
            algo = key_id.split(":", 1)[0]
            # One fallback key per algorithm: a new one replaces the old.
            for old in [k for k in dev.fallback if k.split(":", 1)[0] == algo]:
                del dev.fallback[old]
            dev.fallback[key_id] = key
            dev.fallback_used[algo] = False
    store.changed()
    return {"one_time_key_counts": otk_counts(dev)}


def _with_display_name(dev):
    keys = dict(dev.keys)
    unsigned = dict(keys.get("unsigned") or {})
    if dev.display_name is not None:
        unsigned["device_display_name"] = dev.display_name
    keys["unsigned"] = unsigned
    return keys


async def query_keys(ctx):
    s = ctx.auth()
    body = await ctx.json()
    wanted = require(body, "device_keys", dict)
    out = {"device_keys": {}, "failures": {}, "master_keys": {},
           "self_signing_keys": {}, "user_signing_keys": {}}
    for user_id, device_ids in wanted.items():
        user = ctx.store.users.get(user_id)
        if user is None:
            continue
        if not isinstance(device_ids, list):
            raise errors.bad_json("device list must be an array")
        devs = {}
        for dev in user.devices.values():
            if dev.keys is None or (device_ids and dev.device_id not in device_ids):
                continue
            devs[dev.device_id] = _with_display_name(dev)
        out["device_keys"][user_id] = devs
        cs = user.cross_signing
        if "master" in cs:
            out["master_keys"][user_id] = cs["master"]
        if "self_signing" in cs:
            out["self_signing_keys"][user_id] = cs["self_signing"]
        if "user_signing" in cs and user_id == s.user_id:
            out["user_signing_keys"][user_id] = cs["user_signing"]
    return out


async def claim_keys(ctx):
    ctx.auth()
    body = await ctx.json()
    wanted = require(body, "one_time_keys", dict)
    out = {}
    for user_id, devices in wanted.items():
        user = ctx.store.users.get(user_id)
        if user is None or not isinstance(devices, dict):
            continue
        for device_id, algo in devices.items():
            dev = user.devices.get(device_id)
            if dev is None or not isinstance(algo, str):
                continue
            key_id = next((k for k in dev.otks if k.split(":", 1)[0] == algo), None)
            if key_id is not None:
                key = dev.otks.pop(key_id)
            else:
                # No one-time key left: hand out the fallback key, now "used".
                key_id = next((k for k in dev.fallback if k.split(":", 1)[0] == algo), None)
                if key_id is None:
                    continue
                key = dev.fallback[key_id]
                dev.fallback_used[algo] = True
            out.setdefault(user_id, {}).setdefault(device_id, {})[key_id] = key
    ctx.store.changed()
    return {"one_time_keys": out, "failures": {}}


async def key_changes(ctx):
    s = ctx.auth()
    from .serialize import parse_token
    from .sync import SyncBuilder
    from .filtering import Filter
    frm = ctx.query.get("from")
    if not frm:
        raise errors.missing_param("from is required")
    since = parse_token(frm)
    return SyncBuilder(ctx.store, s, since, Filter(), False).device_lists()


# -- to-device messages ----------------------------------------------------------------

async def send_to_device(ctx):
    s = ctx.auth()
    store = ctx.store
    key = ctx.params["eventType"] + "|" + ctx.params["txnId"]
    if key in s.device.td_txns:
        return {}
    body = await ctx.json()
    messages = require(body, "messages", dict)
    targets = set()
    for user_id, per_device in messages.items():
        user = store.users.get(user_id)
        if user is None or not isinstance(per_device, dict):
            continue
        for device_id, content in per_device.items():
            if not isinstance(content, dict):
                raise errors.bad_json("to-device content must be an object")
            devs = user.devices.values() if device_id == "*" else \
                [user.devices[device_id]] if device_id in user.devices else []
            for dev in devs:
                dev.inbox.append((store.next_pos(), {
                    "sender": s.user_id, "type": ctx.params["eventType"],
                    "content": content}))
                targets.add(user_id)
    s.device.td_txns[key] = store.pos
    store.notify(targets)
    store.changed()
    return {}


# -- cross-signing -----------------------------------------------------------------------

CS_FIELDS = {"master_key": "master", "self_signing_key": "self_signing",
             "user_signing_key": "user_signing"}


async def upload_signing_keys(ctx):
    s = ctx.auth()
    body = await ctx.json()
    cs = s.user.cross_signing
    new = {}
    for field, name in CS_FIELDS.items():
        key = body.get(field)
        if key is None:
            continue
        if not isinstance(key, dict) or key.get("user_id") != s.user_id \
                or not isinstance(key.get("keys"), dict) or len(key["keys"]) != 1 \
                or not isinstance(key.get("usage"), list) or name not in key["usage"]:
            raise errors.bad_json("Invalid %s" % field)
        new[name] = key
    # Spec: the self-signing and user-signing keys must be signed by the
    # master key (the new one, or the one already uploaded).
    master = new.get("master") or cs.get("master")
    for name in ("self_signing", "user_signing"):
        if name not in new:
            continue
        if master is None:
            raise errors.missing_param("No master key is available")
        if not _signed_by(new[name], s.user_id, master):
            raise errors.MatrixError(400, "M_INVALID_SIGNATURE",
                                     "The %s key is not signed by the master key" % name)
    # Spec v1.11: UIA is needed only to replace existing keys; a first
    # upload, or re-uploading identical keys, goes through without it.
    replaces = "master" in cs and any(cs.get(n) != k for n, k in new.items())
    if replaces:
        uia.check(ctx, body, [["m.login.password"]], s.user)
    if new:
        cs.update(new)
        ctx.store.device_list_changed(s.user_id)
        ctx.store.changed()
    return {}


def _signed_by(obj, user_id, signing_key):
    """Whether `obj` carries a valid signature by the cross-signing key
    `signing_key` (its single ed25519 key) of `user_id`."""
    import json
    import olm
    (key_id, public_key), = signing_key["keys"].items()
    sig = ((obj.get("signatures") or {}).get(user_id) or {}).get(key_id)
    if not isinstance(sig, str):
        return False
    payload = {k: v for k, v in obj.items() if k not in ("signatures", "unsigned")}
    message = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    try:
        olm.ed25519_verify(public_key, message, sig)
    except Exception:
        return False
    return True


def _canonical(obj):
    import json
    payload = {k: v for k, v in obj.items() if k not in ("signatures", "unsigned")}
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _signing_key_of(user, key_id):
    """The ed25519 public key behind `key_id` ("ed25519:<device id or
    cross-signing public key>") of `user`, or None."""
    name = key_id[len("ed25519:"):] if key_id.startswith("ed25519:") else None
    if name is None:
        return None
    dev = user.devices.get(name)
    if dev is not None and dev.keys is not None:
        return (dev.keys.get("keys") or {}).get(key_id)
    for cs_key in user.cross_signing.values():
        if name in (cs_key.get("keys") or {}).values():
            return name
    return None


def _new_signature_failure(target, signed, uploader):
    """Why the signatures `signed` adds to `target` are refused, or None.
    Spec: the object must be the one published, and each new signature must
    be the uploader's own, by a key of theirs, and valid."""
    import olm
    if _canonical(signed) != _canonical(target):
        return "The signed object differs from the published one"
    old = target.get("signatures") or {}
    for signer, by_key in (signed.get("signatures") or {}).items():
        if not isinstance(by_key, dict):
            return "Invalid signatures"
        for key_id, sig in by_key.items():
            if (old.get(signer) or {}).get(key_id) == sig:
                continue
            if signer != uploader.user_id:
                return "Only your own signatures can be uploaded"
            public_key = _signing_key_of(uploader, key_id)
            if public_key is None:
                return "Unknown signing key %s" % key_id
            try:
                olm.ed25519_verify(public_key, _canonical(target), sig)
            except Exception:
                return "Invalid signature by %s" % key_id
    return None


def _merge_signatures(target, signed):
    sigs = target.setdefault("signatures", {})
    for signer, by_key in (signed.get("signatures") or {}).items():
        if isinstance(by_key, dict):
            sigs.setdefault(signer, {}).update(by_key)


def _signature_target(user, key_id):
    """The published object `key_id` names: a device's keys or a
    cross-signing key (by its public key)."""
    dev = user.devices.get(key_id)
    if dev is not None and dev.keys is not None:
        return dev.keys
    for cs_key in user.cross_signing.values():
        if key_id in (cs_key.get("keys") or {}).values():
            return cs_key
    return None


async def upload_signatures(ctx):
    s = ctx.auth()
    body = await ctx.json()
    failures = {}
    touched = set()
    for user_id, objs in body.items():
        user = ctx.store.users.get(user_id)
        if not isinstance(objs, dict):
            raise errors.bad_json("Invalid signatures object")
        for key_id, signed in objs.items():
            target = _signature_target(user, key_id) if user is not None else None
            if target is None or not isinstance(signed, dict):
                failures.setdefault(user_id, {})[key_id] = {
                    "errcode": "M_NOT_FOUND", "error": "Unknown user or key"}
                continue
            why = _new_signature_failure(target, signed, s.user)
            if why is not None:
                failures.setdefault(user_id, {})[key_id] = {
                    "errcode": "M_INVALID_SIGNATURE", "error": why}
                continue
            _merge_signatures(target, signed)
            touched.add(user_id)
    for user_id in touched:
        ctx.store.device_list_changed(user_id)
    ctx.store.changed()
    return {"failures": failures}


# -- server-side key backup ------------------------------------------------------------------

def _current_version(user):
    live = [int(v) for v, b in user.key_backups.items() if not b.get("deleted")]
    return str(max(live)) if live else None


def _backup_info(version, b):
    return {"algorithm": b["algorithm"], "auth_data": b["auth_data"],
            "count": sum(len(x) for x in b["rooms"].values()),
            "etag": str(b["etag"]), "version": version}


async def create_backup(ctx):
    s = ctx.auth()
    body = await ctx.json()
    algorithm = require(body, "algorithm", str)
    auth_data = require(body, "auth_data", dict)
    version = str(s.user.key_backup_next)
    s.user.key_backup_next += 1
    s.user.key_backups[version] = {"algorithm": algorithm, "auth_data": auth_data,
                                   "rooms": {}, "etag": 0}
    ctx.store.changed()
    return {"version": version}


def _get_backup(user, version):
    b = user.key_backups.get(version) if version is not None else None
    if b is None or b.get("deleted"):
        raise errors.not_found("Unknown backup version")
    return b


async def get_backup(ctx):
    s = ctx.auth()
    version = ctx.params.get("version") or _current_version(s.user)
    if version is None:
        raise errors.not_found("No current backup version")
    return _backup_info(version, _get_backup(s.user, version))


async def update_backup(ctx):
    s = ctx.auth()
    version = ctx.params["version"]
    b = _get_backup(s.user, version)
    body = await ctx.json()
    if require(body, "algorithm", str) != b["algorithm"]:
        raise errors.invalid_param("Algorithm does not match")
    if body.get("version") not in (None, version):
        raise errors.invalid_param("Version does not match")
    b["auth_data"] = require(body, "auth_data", dict)
    ctx.store.changed()
    return {}


async def delete_backup(ctx):
    s = ctx.auth()
    b = _get_backup(s.user, ctx.params["version"])
    b["deleted"] = True
    b["rooms"] = {}
    ctx.store.changed()
    return {}


def _backup_for_write(ctx):
    user = ctx.auth().user
    version = ctx.query.get("version")
    if not version:
        raise errors.missing_param("version is required")
    current = _current_version(user)
    if current is None:
        raise errors.not_found("No current backup version")
    if version != current:
        raise errors.MatrixError(403, "M_WRONG_ROOM_KEYS_VERSION",
                                 "Wrong backup version", current_version=current)
    return user.key_backups[version]


def _better(new, old):
    """The spec's rule for whether an uploaded session key replaces a stored one."""
    if old is None:
        return True
    if bool(new.get("is_verified")) != bool(old.get("is_verified")):
        return bool(new.get("is_verified"))
    if new.get("first_message_index", 0) != old.get("first_message_index", 0):
        return new.get("first_message_index", 0) < old.get("first_message_index", 0)
    return new.get("forwarded_count", 0) < old.get("forwarded_count", 0)


def _store_sessions(b, room_id, sessions):
    if not isinstance(sessions, dict):
        raise errors.bad_json("sessions must be an object")
    room = b["rooms"].setdefault(room_id, {})
    for sid, data in sessions.items():
        if not isinstance(data, dict):
            raise errors.bad_json("session data must be an object")
        if _better(data, room.get(sid)):
            room[sid] = data


def _etag_count(ctx, b):
    b["etag"] += 1
    ctx.store.changed()
    return {"etag": str(b["etag"]), "count": sum(len(x) for x in b["rooms"].values())}


async def put_keys(ctx):
    b = _backup_for_write(ctx)
    body = await ctx.json()
    room_id, session_id = ctx.params.get("roomId"), ctx.params.get("sessionId")
    if room_id is None:
        for rid, r in require(body, "rooms", dict).items():
            _store_sessions(b, rid, (r or {}).get("sessions", {}) if isinstance(r, dict) else None)
    elif session_id is None:
        _store_sessions(b, room_id, require(body, "sessions", dict))
    else:
        _store_sessions(b, room_id, {session_id: body})
    return _etag_count(ctx, b)


def _backup_for_read(ctx):
    user = ctx.auth().user
    version = ctx.query.get("version")
    if not version:
        raise errors.missing_param("version is required")
    return _get_backup(user, version)


async def get_keys(ctx):
    b = _backup_for_read(ctx)
    room_id, session_id = ctx.params.get("roomId"), ctx.params.get("sessionId")
    if room_id is None:
        return {"rooms": {rid: {"sessions": s} for rid, s in b["rooms"].items() if s}}
    sessions = b["rooms"].get(room_id, {})
    if session_id is None:
        return {"sessions": sessions}
    if session_id not in sessions:
        raise errors.not_found("Unknown session")
    return sessions[session_id]


async def delete_keys(ctx):
    b = _backup_for_read(ctx)
    room_id, session_id = ctx.params.get("roomId"), ctx.params.get("sessionId")
    if room_id is None:
        b["rooms"] = {}
    elif session_id is None:
        b["rooms"].pop(room_id, None)
    else:
        b["rooms"].get(room_id, {}).pop(session_id, None)
    return _etag_count(ctx, b)


def register(router):
    router.add("POST", "/keys/upload", upload_keys)
    router.add("POST", "/keys/query", query_keys)
    router.add("POST", "/keys/claim", claim_keys)
    router.add("GET", "/keys/changes", key_changes)
    router.add("PUT", "/sendToDevice/{eventType}/{txnId}", send_to_device)
    router.add("POST", "/keys/device_signing/upload", upload_signing_keys)
    router.add("POST", "/keys/signatures/upload", upload_signatures)
    router.add("POST", "/room_keys/version", create_backup)
    router.add("GET", "/room_keys/version", get_backup)
    router.add("GET", "/room_keys/version/{version}", get_backup)
    router.add("PUT", "/room_keys/version/{version}", update_backup)
    router.add("DELETE", "/room_keys/version/{version}", delete_backup)
    for path in ("/room_keys/keys", "/room_keys/keys/{roomId}",
                 "/room_keys/keys/{roomId}/{sessionId}"):
        router.add("PUT", path, put_keys)
        router.add("GET", path, get_keys)
        router.add("DELETE", path, delete_keys)
