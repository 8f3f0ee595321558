"""In-memory data model: users, devices and rooms.

Plain classes with to_json/from_json so persistence.py can write the whole
server to one JSON file.  No HTTP knowledge lives here.
"""
import bisect

from .events import Event

DEFAULT_ROOM_VERSION = "10"
SUPPORTED_ROOM_VERSIONS = [str(v) for v in range(1, 12)]


class Device:
    def __init__(self, device_id, display_name=None):
        self.device_id = device_id
        self.display_name = display_name
        self.last_seen_ts = None
        self.last_seen_ip = None
        self.keys = None            # signed device_keys object, once uploaded
        self.otks = {}              # "algo:key_id" -> key object
        self.fallback = {}          # "algo:key_id" -> key object
        self.fallback_used = {}     # algo -> bool
        self.inbox = []             # [(pos, to-device event)], until acked
        self.txns = {}              # txn_id -> event_id for room sends
        self.td_txns = {}           # txn_id -> pos for sendToDevice

    def to_json(self):
        return dict(self.__dict__, inbox=[list(x) for x in self.inbox])

    @classmethod
    def from_json(cls, d):
        dev = cls(d["device_id"])
        dev.__dict__.update(d)
        dev.inbox = [tuple(x) for x in d.get("inbox", [])]
        return dev


class User:
    def __init__(self, user_id, password_hash, displayname=None):
        self.user_id = user_id
        self.localpart = user_id[1:].split(":", 1)[0]
        self.password_hash = password_hash
        self.displayname = displayname
        self.avatar_url = None
        self.devices = {}
        self.account_data = {}          # type -> content
        self.account_data_pos = {}      # type -> stream pos of last change
        self.room_account_data = {}     # room_id -> {type: content}
        self.room_account_data_pos = {}  # room_id -> {type: pos}
        self.filters = []
        self.push_rules = None          # None = server defaults untouched
        self.pushers = []
        self.cross_signing = {}         # "master"/"self_signing"/"user_signing" -> key
        self.key_backups = {}           # version -> {"algorithm","auth_data","rooms","etag"}
        self.key_backup_next = 1
        self.presence = {"presence": "online", "status_msg": None, "ts": None}
        self.deactivated = False

    def to_json(self):
        d = dict(self.__dict__)
        d["devices"] = {k: v.to_json() for k, v in self.devices.items()}
        return d

    @classmethod
    def from_json(cls, d):
        u = cls(d["user_id"], d["password_hash"])
        devices = d.pop("devices", {})
        u.__dict__.update(d)
        u.devices = {k: Device.from_json(v) for k, v in devices.items()}
        d["devices"] = devices
        return u


class Room:
    """A room: a linear timeline plus the current state and indexes over it."""

    def __init__(self, room_id, version=DEFAULT_ROOM_VERSION):
        self.room_id = room_id
        self.version = version
        self.events = []            # timeline, in stream order
        self.positions = []         # parallel list of event.pos, for bisect
        self.by_id = {}
        self.state = {}             # (type, state_key) -> Event
        self.membership = {}        # user_id -> membership string
        self.member_pos = {}        # user_id -> pos of their latest member event
        self.member_changes = []    # [(pos, user_id, membership)] in order
        self.join_pos = {}          # user_id -> pos where they last became joined
        self.relations = {}         # parent event_id -> [child Event]
        self.typing = {}            # user_id -> expiry (monotonic seconds)
        self.typing_pos = 0
        self.receipts = {}          # (rtype, user_id, thread_id) -> {event_id, ts, pos}
        self.receipts_pos = 0
        self.published = False      # listed in the public room directory

    # -- timeline ------------------------------------------------------
    @property
    def last_pos(self):
        return self.positions[-1] if self.positions else 0

    def add(self, ev):
        """Append an event and update state and indexes.  No auth here."""
        self.events.append(ev)
        self.positions.append(ev.pos)
        self.by_id[ev.event_id] = ev
        if ev.state_key is not None:
            prev = self.state.get(ev.key)
            ev.prev_state = prev
            if prev is not None and not ev.unsigned:
                ev.unsigned = {"replaces_state": prev.event_id,
                               "prev_content": prev.content,
                               "prev_sender": prev.sender}
            self.state[ev.key] = ev
            if ev.type == "m.room.member":
                self._note_member(ev)
        rel = ev.content.get("m.relates_to") if isinstance(ev.content, dict) else None
        if isinstance(rel, dict) and isinstance(rel.get("event_id"), str) \
                and rel.get("rel_type"):
            self.relations.setdefault(rel["event_id"], []).append(ev)

    def _note_member(self, ev):
        m = ev.content.get("membership", "leave")
        if m == "join" and self.membership.get(ev.state_key) != "join":
            # Profile changes are join -> join; only real joins count here.
            self.join_pos[ev.state_key] = ev.pos
        self.membership[ev.state_key] = m
        self.member_pos[ev.state_key] = ev.pos
        self.member_changes.append((ev.pos, ev.state_key, m))

    def index_after(self, pos):
        """Index of the first event with a stream position > pos."""
        return bisect.bisect_right(self.positions, pos)

    def state_before(self, index):
        """State as it was just before events[index] (linear state rollback)."""
        state = dict(self.state)
        for ev in reversed(self.events[index:]):
            if ev.state_key is not None:
                if ev.prev_state is None:
                    state.pop(ev.key, None)
                else:
                    state[ev.key] = ev.prev_state
        return state

    def membership_at(self, index, user_id):
        """A user's membership just before events[index]."""
        ev = self.state.get(("m.room.member", user_id))
        if ev is None:
            return None
        # Walk the chain of this user's member events back past index.
        while ev is not None and self.positions and index < len(self.events) \
                and ev.pos >= self.positions[index]:
            ev = ev.prev_state
        return ev.content.get("membership") if ev is not None else None

    # -- state helpers -------------------------------------------------
    def get_state(self, type_, state_key=""):
        return self.state.get((type_, state_key))

    def state_content(self, type_, state_key=""):
        ev = self.state.get((type_, state_key))
        return ev.content if ev is not None else None

    def members(self, membership="join"):
        return [u for u, m in self.membership.items() if m == membership]

    @property
    def creator(self):
        ev = self.get_state("m.room.create")
        if ev is None:
            return None
        return ev.content.get("creator") or ev.sender

    @property
    def room_type(self):
        c = self.state_content("m.room.create") or {}
        return c.get("type")

    @property
    def join_rule(self):
        return (self.state_content("m.room.join_rules") or {}).get("join_rule", "invite")

    @property
    def history_visibility(self):
        return (self.state_content("m.room.history_visibility") or {}).get(
            "history_visibility", "shared")

    @property
    def name(self):
        return (self.state_content("m.room.name") or {}).get("name")

    @property
    def is_encrypted(self):
        return self.get_state("m.room.encryption") is not None

    # -- power levels --------------------------------------------------
    def power_levels(self):
        c = self.state_content("m.room.power_levels")
        if c is None:
            # Spec defaults when a room has no power levels event: the
            # creator is 100, everything else 0 (ban/kick/redact 50).
            creator = self.creator
            return {"users": {creator: 100} if creator else {}, "users_default": 0,
                    "events": {}, "events_default": 0, "state_default": 0,
                    "ban": 50, "kick": 50, "redact": 50, "invite": 0,
                    "notifications": {"room": 50}}
        return c

    @staticmethod
    def _int(v, default):
        try:
            return int(v)
        except (TypeError, ValueError):
            return default

    def user_level(self, user_id):
        pl = self.power_levels()
        users = pl.get("users") if isinstance(pl.get("users"), dict) else {}
        if user_id in users:
            return self._int(users[user_id], 0)
        return self._int(pl.get("users_default"), 0)

    def required_level(self, event_type, is_state):
        pl = self.power_levels()
        events = pl.get("events") if isinstance(pl.get("events"), dict) else {}
        if event_type in events:
            return self._int(events[event_type], 0)
        if is_state:
            return self._int(pl.get("state_default"), 50)
        return self._int(pl.get("events_default"), 0)

    def action_level(self, action):
        defaults = {"ban": 50, "kick": 50, "redact": 50, "invite": 0}
        if action == "room_notif":
            n = self.power_levels().get("notifications")
            return self._int(n.get("room") if isinstance(n, dict) else None, 50)
        return self._int(self.power_levels().get(action), defaults[action])

    # -- persistence ---------------------------------------------------
    def to_json(self):
        return {
            "room_id": self.room_id, "version": self.version,
            "events": [e.to_json() for e in self.events],
            "receipts": [[k[0], k[1], k[2], v] for k, v in self.receipts.items()],
            "receipts_pos": self.receipts_pos,
            "published": self.published,
        }

    @classmethod
    def from_json(cls, d):
        room = cls(d["room_id"], d.get("version", DEFAULT_ROOM_VERSION))
        for ed in d["events"]:
            ev = Event.from_json(room.room_id, ed)
            saved_unsigned = ev.unsigned
            prev_id = ev.prev_state
            room.add(ev)
            ev.unsigned = saved_unsigned
            ev.prev_state = room.by_id.get(prev_id) if prev_id else None
            # Relations of redacted events no longer count.
            if ev.redacted_because is not None:
                room.drop_relation(ev)
        room.receipts = {(r[0], r[1], r[2]): r[3] for r in d.get("receipts", [])}
        room.receipts_pos = d.get("receipts_pos", 0)
        room.published = d.get("published", False)
        return room

    def drop_relation(self, ev):
        for children in self.relations.values():
            if ev in children:
                children.remove(ev)
