"""The homeserver's whole state and the few operations that touch many parts.

One Store instance lives on the aiohttp app.  Handlers in the other modules
validate requests and then call into it.  Everything runs on one asyncio
loop, so no locking is needed: a handler's synchronous section is atomic.
"""
import asyncio
import hashlib
import secrets

from .events import Event, apply_redaction, new_event_id, now_ms, random_string
from .model import Room, User, Device


class Store:
    def __init__(self, server_name="localhost", max_upload_bytes=50 * 1024 * 1024):
        self.server_name = server_name
        self.max_upload_bytes = max_upload_bytes
        self.turn = {}                  # voip/turnServer answer
        self.login_types = ["m.login.password"]  # GET /login's flows
        self.registration = "open"      # "open" (dummy stage), "email" or "closed"
        self.pos = 0                    # global stream position
        self.users = {}                 # user_id -> User
        self.tokens = {}                # access token -> (user_id, device_id)
        self.rooms = {}                 # room_id -> Room
        self.aliases = {}               # "#alias:server" -> room_id
        self.alias_creators = {}        # alias -> user_id
        self.user_rooms = {}            # user_id -> set of room_ids with any membership
        self.device_list_changes = []   # [(pos, user_id)] device/key changes
        self.media = {}                 # media_id -> metadata dict
        self.uia_sessions = {}          # session -> {"completed": [...]} (not persisted)
        self.waiters = {}               # user_id -> set of futures (long-polling syncs)
        self.on_change = None           # persistence hook, set by persistence.py
        self.media_store = None         # media.MediaStore, set by server.py
        self.notif_cache = {}           # push.py's unread-count cache

    # -- stream and wake-ups ---------------------------------------------
    def next_pos(self):
        self.pos += 1
        return self.pos

    def changed(self):
        if self.on_change is not None:
            self.on_change()

    def wait_for(self, user_id):
        fut = asyncio.get_running_loop().create_future()
        self.waiters.setdefault(user_id, set()).add(fut)
        return fut

    def stop_waiting(self, user_id, fut):
        s = self.waiters.get(user_id)
        if s is not None:
            s.discard(fut)
            if not s:
                del self.waiters[user_id]

    def notify(self, user_ids):
        if not self.waiters:
            return
        for uid in user_ids:
            for fut in self.waiters.pop(uid, ()):
                if not fut.done():
                    fut.set_result(True)

    def notify_room(self, room, extra=()):
        if not self.waiters:
            return
        users = [u for u, m in room.membership.items() if m in ("join", "invite")]
        users.extend(extra)
        self.notify(users)

    def abort_waiters(self, exc):
        """Fail every long poll (used by /_atrium_test/restart)."""
        waiters, self.waiters = self.waiters, {}
        for futs in waiters.values():
            for fut in futs:
                if not fut.done():
                    fut.set_exception(exc)

    # -- identifiers -------------------------------------------------------
    def user_id(self, localpart):
        return "@%s:%s" % (localpart, self.server_name)

    def new_room_id(self):
        return "!%s:%s" % (random_string(18), self.server_name)

    # -- users, devices, tokens --------------------------------------------
    @staticmethod
    def hash_password(password):
        salt = secrets.token_hex(8)
        digest = hashlib.sha256((salt + password).encode()).hexdigest()
        return salt + "$" + digest

    @staticmethod
    def check_password(stored, password):
        if not stored or not isinstance(password, str):
            return False
        salt, _, digest = stored.partition("$")
        return secrets.compare_digest(
            hashlib.sha256((salt + password).encode()).hexdigest(), digest)

    def create_user(self, localpart, password, displayname=None):
        uid = self.user_id(localpart)
        user = User(uid, self.hash_password(password) if password is not None else None,
                    displayname if displayname is not None else localpart)
        self.users[uid] = user
        self.user_rooms.setdefault(uid, set())
        self.changed()
        return user

    def login(self, user, device_id=None, display_name=None):
        """Create (or reuse) a device and return a fresh access token."""
        if device_id is None:
            device_id = random_string(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        dev = user.devices.get(device_id)
        if dev is None:
            dev = Device(device_id, display_name)
            user.devices[device_id] = dev
            self.device_list_changed(user.user_id)
        else:
            # Re-using a device ID invalidates the tokens it had.
            self.drop_tokens(user.user_id, device_id)
            if display_name is not None:
                dev.display_name = display_name
        dev.last_seen_ts = now_ms()
        token = "syt_" + secrets.token_urlsafe(24)
        self.tokens[token] = (user.user_id, device_id)
        self.changed()
        return token, dev

    def drop_tokens(self, user_id, device_id=None):
        for tok, (uid, did) in list(self.tokens.items()):
            if uid == user_id and (device_id is None or did == device_id):
                del self.tokens[tok]

    def delete_device(self, user, device_id):
        self.drop_tokens(user.user_id, device_id)
        if user.devices.pop(device_id, None) is not None:
            self.device_list_changed(user.user_id)
        self.changed()

    def device_list_changed(self, user_id):
        pos = self.next_pos()
        self.device_list_changes.append((pos, user_id))
        self.notify(self.users_sharing_rooms(user_id) | {user_id})

    def users_sharing_rooms(self, user_id):
        out = set()
        for rid in self.user_rooms.get(user_id, ()):
            room = self.rooms[rid]
            if room.membership.get(user_id) != "join":
                continue
            out.update(u for u, m in room.membership.items() if m == "join")
        return out

    def shares_room(self, a, b):
        for rid in self.user_rooms.get(a, ()):
            room = self.rooms[rid]
            if room.membership.get(a) == "join" and room.membership.get(b) == "join":
                return True
        return False

    # -- account data --------------------------------------------------------
    def set_account_data(self, user, type_, content, room_id=None):
        pos = self.next_pos()
        if room_id is None:
            user.account_data[type_] = content
            user.account_data_pos[type_] = pos
        else:
            user.room_account_data.setdefault(room_id, {})[type_] = content
            user.room_account_data_pos.setdefault(room_id, {})[type_] = pos
        self.notify([user.user_id])
        self.changed()

    # -- rooms and events ------------------------------------------------------
    def new_room(self, version):
        room = Room(self.new_room_id(), version)
        self.rooms[room.room_id] = room
        return room

    def append_event(self, room, type_, sender, content, state_key=None,
                     txn=None, redacts=None, ts=None, notify=True):
        """Add an event to a room (already authorised by the caller)."""
        ev = Event(self.next_pos(), new_event_id(), room.room_id, sender, type_,
                   content, state_key, ts, redacts)
        ev.txn = txn
        room.add(ev)
        if type_ == "m.room.member":
            target = state_key
            self.user_rooms.setdefault(target, set()).add(room.room_id)
        if type_ == "m.room.redaction" and redacts is not None:
            target_ev = room.by_id.get(redacts)
            if target_ev is not None and target_ev.type != "m.room.create":
                room.drop_relation(target_ev)
                apply_redaction(target_ev, ev, room.version)
        if notify:
            self.notify_room(room, (state_key,) if type_ == "m.room.member" else ())
            self.changed()
        return ev

    def new_device_key(self, user_id, device_id):
        return user_id + "|" + device_id
