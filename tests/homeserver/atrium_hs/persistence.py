"""--state FILE: save the whole Store as JSON and load it back.

Saving is debounced: every change schedules one save shortly after, so a
burst of writes costs one file write, and SIGTERM saves whatever is left.
The file is replaced atomically (write to a temp file, then rename), so a
crash mid-save leaves the previous state intact.
"""
import asyncio
import json
import os
import sys
import time

from .model import Room, User

FORMAT = 1
DEBOUNCE_SECONDS = 0.05


class Persistence:
    def __init__(self, store, path):
        self.store = store
        self.path = path
        self._handle = None
        self._last_duration = 0.0

    def attach(self):
        self.store.on_change = self.schedule

    def schedule(self):
        if self._handle is not None:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return  # seeding before the loop runs; the startup save covers it
        # A big store (large seed) takes a while to dump; waiting a few times
        # the last save's duration keeps saving under ~20% of the loop's time.
        self._handle = loop.call_later(max(DEBOUNCE_SECONDS, 4 * self._last_duration),
                                       self._flush)

    def _flush(self):
        self._handle = None
        self.save()

    # -- file format ----------------------------------------------------------
    def save(self):
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        started = time.monotonic()
        s = self.store
        data = {
            "format": FORMAT,
            "server_name": s.server_name,
            "pos": s.pos,
            "users": [u.to_json() for u in s.users.values()],
            "tokens": {t: list(v) for t, v in s.tokens.items()},
            "rooms": [r.to_json() for r in s.rooms.values()],
            "aliases": s.aliases,
            "alias_creators": s.alias_creators,
            "user_rooms": {u: sorted(r) for u, r in s.user_rooms.items()},
            "device_list_changes": s.device_list_changes,
            "media": s.media,
        }
        tmp = self.path + ".tmp"
        with open(tmp, "w") as f:
            json.dump(data, f, separators=(",", ":"))
        os.replace(tmp, self.path)
        self._last_duration = time.monotonic() - started

    def load(self):
        if not os.path.exists(self.path):
            return False
        with open(self.path) as f:
            data = json.load(f)
        if data.get("format") != FORMAT:
            print("ignoring state file with unknown format", file=sys.stderr)
            return False
        s = self.store
        s.pos = data["pos"]
        s.users = {d["user_id"]: User.from_json(d) for d in data["users"]}
        s.tokens = {t: tuple(v) for t, v in data["tokens"].items()}
        s.rooms = {}
        for rd in data["rooms"]:
            room = Room.from_json(rd)
            s.rooms[room.room_id] = room
        s.aliases = data["aliases"]
        s.alias_creators = data.get("alias_creators", {})
        s.user_rooms = {u: set(r) for u, r in data["user_rooms"].items()}
        s.device_list_changes = [tuple(x) for x in data["device_list_changes"]]
        s.media = data["media"]
        return True
