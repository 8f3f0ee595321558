"""Sync and /messages filters (the spec's Filter, RoomFilter, EventFilter)."""
import json

from . import errors


def _glob_match(pattern, value):
    # Filters allow a trailing or embedded '*' wildcard in type names.
    if "*" not in pattern:
        return pattern == value
    import fnmatch
    return fnmatch.fnmatchcase(value, pattern)


class EventFilter:
    """types/not_types/senders/not_senders/limit (+ room event extras)."""

    def __init__(self, d=None, default_limit=None):
        d = d if isinstance(d, dict) else {}
        self.limit = d.get("limit", default_limit)
        if self.limit is not None:
            if isinstance(self.limit, bool) or not isinstance(self.limit, int):
                raise errors.bad_json("filter limit must be an integer")
            self.limit = max(0, self.limit)
        self.types = _str_list(d, "types")
        self.not_types = _str_list(d, "not_types") or []
        self.senders = _str_list(d, "senders")
        self.not_senders = set(_str_list(d, "not_senders") or [])
        self.rooms = _str_list(d, "rooms")
        self.not_rooms = set(_str_list(d, "not_rooms") or [])
        self.lazy_load_members = bool(d.get("lazy_load_members", False))
        self.include_redundant_members = bool(d.get("include_redundant_members", False))
        self.contains_url = d.get("contains_url")
        self.unread_thread_notifications = bool(d.get("unread_thread_notifications", False))
        self._trivial = (self.types is None and not self.not_types and self.senders is None
                         and not self.not_senders and self.contains_url is None)

    def allows_room(self, room_id):
        if room_id in self.not_rooms:
            return False
        return self.rooms is None or room_id in self.rooms

    def allows_type(self, type_):
        if any(_glob_match(p, type_) for p in self.not_types):
            return False
        return self.types is None or any(_glob_match(p, type_) for p in self.types)

    def allows(self, ev):
        if self._trivial:
            return True
        if not self.allows_type(ev.type):
            return False
        if ev.sender in self.not_senders:
            return False
        if self.senders is not None and ev.sender not in self.senders:
            return False
        if self.contains_url is not None:
            has = isinstance(ev.content.get("url"), str)
            if has != bool(self.contains_url):
                return False
        return True


def _str_list(d, key):
    v = d.get(key)
    if v is None:
        return None
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        raise errors.bad_json("filter field %s must be a list of strings" % key)
    return v


class Filter:
    """A whole sync filter."""

    def __init__(self, d=None):
        d = d if isinstance(d, dict) else {}
        room = d.get("room") if isinstance(d.get("room"), dict) else {}
        self.account_data = EventFilter(d.get("account_data"))
        self.presence = EventFilter(d.get("presence"))
        self.rooms = _str_list(room, "rooms")
        self.not_rooms = set(_str_list(room, "not_rooms") or [])
        self.include_leave = bool(room.get("include_leave", False))
        # Synapse's default of 10 timeline events per room.
        self.timeline = EventFilter(room.get("timeline"), default_limit=10)
        self.state = EventFilter(room.get("state"))
        self.ephemeral = EventFilter(room.get("ephemeral"))
        self.room_account_data = EventFilter(room.get("account_data"))
        self.lazy_load_members = (self.state.lazy_load_members
                                  or self.timeline.lazy_load_members)
        self.include_redundant_members = self.state.include_redundant_members

    def allows_room(self, room_id):
        if room_id in self.not_rooms:
            return False
        return self.rooms is None or room_id in self.rooms


def validate_filter_json(d):
    Filter(d)  # raises M_BAD_JSON on malformed fields


def load_filter(user, raw):
    """The sync/messages `filter` parameter: inline JSON or a stored filter id."""
    if raw is None or raw == "":
        return {}
    if raw.lstrip().startswith("{"):
        try:
            d = json.loads(raw)
        except ValueError:
            raise errors.not_json("filter is not valid JSON")
        if not isinstance(d, dict):
            raise errors.bad_json("filter must be an object")
        return d
    try:
        idx = int(raw)
    except ValueError:
        raise errors.invalid_param("Unknown filter %r" % raw)
    if idx < 0 or idx >= len(user.filters):
        raise errors.not_found("Unknown filter %r" % raw)
    return user.filters[idx]
