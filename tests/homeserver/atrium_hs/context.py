"""Per-request helpers handed to every handler: body parsing and auth."""
import json

from . import errors
from .events import now_ms


class Session:
    """The authenticated caller: user, device and the token used."""
    __slots__ = ("user", "device", "token")

    def __init__(self, user, device, token):
        self.user = user
        self.device = device
        self.token = token

    @property
    def user_id(self):
        return self.user.user_id

    @property
    def device_id(self):
        return self.device.device_id

    @property
    def device_key(self):
        # Transaction IDs are scoped to the device (spec v1.7+).
        return self.user.user_id + "|" + self.device.device_id


class Ctx:
    def __init__(self, request, store, params):
        self.request = request
        self.store = store
        self.params = params
        self.query = request.query
        self._session = None

    # -- body ----------------------------------------------------------
    async def json(self, optional=False):
        raw = await self.request.read()
        if not raw.strip():
            if optional:
                return {}
            raise errors.not_json("Request body is empty; expected a JSON object")
        try:
            body = json.loads(raw)
        except (ValueError, UnicodeDecodeError):
            raise errors.not_json("Content not JSON")
        except RecursionError:
            raise errors.bad_json("JSON nested too deeply")
        if not isinstance(body, dict):
            raise errors.bad_json("Request body must be a JSON object")
        return body

    # -- auth ----------------------------------------------------------
    def token(self):
        header = self.request.headers.get("Authorization", "")
        scheme, _, value = header.partition(" ")
        if scheme.lower() == "bearer" and value.strip():
            return value.strip()
        return self.query.get("access_token")

    def auth(self):
        if self._session is not None:
            return self._session
        token = self.token()
        if not token:
            raise errors.missing_token()
        entry = self.store.tokens.get(token)
        if entry is None:
            raise errors.unknown_token()
        user = self.store.users.get(entry[0])
        device = user.devices.get(entry[1]) if user else None
        if user is None or device is None or user.deactivated:
            raise errors.unknown_token()
        device.last_seen_ts = now_ms()
        device.last_seen_ip = self.request.remote
        self._session = Session(user, device, token)
        return self._session

    # -- query helpers ---------------------------------------------------
    def int_param(self, name, default=None, minimum=None, maximum=None):
        v = self.query.get(name)
        if v is None or v == "":
            return default
        try:
            n = int(v)
        except ValueError:
            raise errors.invalid_param("%s must be an integer" % name)
        if minimum is not None and n < minimum:
            n = minimum
        if maximum is not None and n > maximum:
            n = maximum
        return n

    def bool_param(self, name, default=False):
        v = self.query.get(name)
        if v is None:
            return default
        return v.lower() in ("true", "1", "yes")

    def base_url(self):
        host = self.request.headers.get("Host") or self.request.host
        return "http://" + host


def require(body, key, kind=str, optional=False):
    """Fetch body[key], insisting on its JSON type (M_BAD_JSON otherwise)."""
    if key not in body or body[key] is None:
        if optional:
            return None
        raise errors.bad_json("Missing field '%s'" % key)
    value = body[key]
    if kind is int and isinstance(value, bool):
        raise errors.bad_json("Field '%s' has the wrong type" % key)
    if not isinstance(value, kind):
        raise errors.bad_json("Field '%s' has the wrong type" % key)
    return value
