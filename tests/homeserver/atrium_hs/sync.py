"""GET /sync: initial and incremental sync with long polling.

The sync token is the global stream position ("s<pos>").  Everything the
server stores carries the position at which it changed, so "what is new
since the token" is a set of position comparisons; rooms find their new
events by bisecting their position list.
"""
import asyncio
import bisect

from . import push
from .events import now_ms
from .filtering import Filter, load_filter
from .serialize import client_event, pagination_token, parse_token, sync_token

# Stripped state events shown with invites so clients can render them.
INVITE_STATE_TYPES = ("m.room.create", "m.room.join_rules", "m.room.name",
                      "m.room.avatar", "m.room.canonical_alias", "m.room.encryption",
                      "m.room.topic")


class SyncBuilder:
    def __init__(self, store, session, since, filt, full_state):
        self.store = store
        self.session = session
        self.uid = session.user_id
        self.since = since
        self.filt = filt
        self.full_state = full_state
        self.now = now_ms()

    # -- entry point ----------------------------------------------------------
    def build(self):
        store, uid, since = self.store, self.uid, self.since
        cur = store.pos
        join, invite, leave = {}, {}, {}
        for rid in list(store.user_rooms.get(uid, ())):
            if not self.filt.allows_room(rid):
                continue
            room = store.rooms[rid]
            m = room.membership.get(uid)
            mpos = room.member_pos.get(uid, 0)
            if m == "join":
                fresh = since is None or room.join_pos.get(uid, 0) > since
                entry = self.joined_room(room, fresh)
                if entry is not None:
                    join[rid] = entry
            elif m == "invite":
                if since is None or mpos > since or self.full_state:
                    invite[rid] = {"invite_state": {"events": self.invite_state(room)}}
            elif m in ("leave", "ban"):
                if (since is None or self.full_state) and self.filt.include_leave \
                        or since is not None and mpos > since:
                    leave[rid] = self.left_room(room, mpos)
        account_data = self.global_account_data()
        to_device = self.to_device()
        device_lists = self.device_lists()
        resp = {
            "next_batch": sync_token(cur),
            "rooms": {"join": join, "invite": invite, "leave": leave, "knock": {}},
            "account_data": {"events": account_data},
            "to_device": {"events": to_device},
            "presence": {"events": []},
            "device_lists": device_lists,
            "device_one_time_keys_count": self.otk_counts(),
            "device_unused_fallback_key_types": self.unused_fallback_types(),
            # Older clients (matrix-nio) read the unstable name.
            "org.matrix.msc2732.device_unused_fallback_key_types": self.unused_fallback_types(),
        }
        has_data = bool(join or invite or leave or account_data or to_device
                        or device_lists["changed"] or device_lists["left"])
        return resp, has_data

    # -- rooms ------------------------------------------------------------------
    def _timeline(self, room, lo, hi, tfilter):
        """Pick the last `limit` matching events in room.events[lo:hi].

        Returns (events, limited, start_index) where start_index is where
        the returned timeline begins (hi when it is empty).
        """
        limit = tfilter.limit if tfilter.limit is not None else 10
        picked = []
        limited = False
        i = hi - 1
        start = hi
        while i >= lo:
            ev = room.events[i]
            if tfilter.allows(ev):
                if len(picked) >= limit:
                    limited = True
                    break
                picked.append(ev)
                start = i
            i -= 1
        picked.reverse()
        if not picked:
            start = hi
            # Everything filtered or no room left: limited only if events exist.
            limited = limit == 0 and hi > lo
        return picked, limited, start

    def _state_events(self, room, state, timeline, keys=None):
        """Filter a state map for the response (lazy-loading aware)."""
        sfilter = self.filt.state
        lazy = self.filt.lazy_load_members
        in_timeline = {ev.event_id for ev in timeline}
        wanted_members = None
        if lazy:
            wanted_members = {ev.sender for ev in timeline}
            wanted_members.add(self.uid)
        out = []
        items = state.items() if keys is None else ((k, state[k]) for k in keys if k in state)
        for key, ev in items:
            if ev.event_id in in_timeline:
                continue
            if lazy and key[0] == "m.room.member" and key[1] not in wanted_members:
                continue
            if not sfilter.allows(ev):
                continue
            out.append(ev)
        return out

    def joined_room(self, room, fresh):
        """One rooms.join entry; None when nothing changed for an incremental sync.

        `fresh` (initial sync, or joined since the token) sends the latest
        events and the complete state before them.  full_state=true keeps
        the incremental timeline but also sends the complete state.
        """
        since, filt = self.since, self.filt
        n = len(room.events)
        lo = 0 if fresh else room.index_after(since)
        timeline, limited, start = self._timeline(room, lo, n, filt.timeline)
        if fresh or self.full_state:
            state = self._state_events(room, room.state_before(start), timeline)
        else:
            state = []
            if limited or (filt.lazy_load_members and timeline):
                state_map = room.state_before(start)
                keys = set()
                if limited:
                    # State that changed inside the gap the client will not see.
                    keys.update(ev.key for ev in room.events[lo:start] if ev.state_key is not None)
                if filt.lazy_load_members:
                    keys.update(("m.room.member", ev.sender) for ev in timeline)
                state = self._state_events(room, state_map, timeline, keys)
        ephemeral = self.ephemeral(room)
        account_data = self.room_account_data(room)
        if not fresh and not self.full_state and not timeline and not state \
                and not ephemeral and not account_data:
            return None
        if timeline:
            prev_batch = pagination_token(timeline[0].pos - 1)
        else:
            prev_batch = pagination_token(room.positions[start - 1] if start > 0 else 0)
        notif, highlight = push.unread_counts(self.store, room, self.uid)
        return {
            "timeline": {"events": [self._ev(room, e) for e in timeline],
                         "limited": limited, "prev_batch": prev_batch},
            "state": {"events": [self._ev(room, e) for e in state]},
            "ephemeral": {"events": ephemeral},
            "account_data": {"events": account_data},
            "summary": self.summary(room),
            "unread_notifications": {"notification_count": notif,
                                     "highlight_count": highlight},
        }

    def left_room(self, room, mpos):
        hi = room.index_after(mpos)
        since = self.since
        member = room.state.get(("m.room.member", self.uid))
        was_joined = any(u == self.uid and m == "join" for _, u, m in room.member_changes)
        if not was_joined:
            # Rejected or retracted invite: the client only learns it is over.
            timeline, limited, start = [member], False, hi - 1
            state = []
        else:
            lo = 0 if since is None or self.full_state else room.index_after(since)
            timeline, limited, start = self._timeline(room, lo, hi, self.filt.timeline)
            if since is None or self.full_state or limited:
                state = self._state_events(room, room.state_before(start), timeline)
            else:
                state = []
        prev = timeline[0].pos - 1 if timeline else mpos
        return {
            "timeline": {"events": [self._ev(room, e) for e in timeline],
                         "limited": limited, "prev_batch": pagination_token(prev)},
            "state": {"events": [self._ev(room, e) for e in state]},
            "account_data": {"events": self.room_account_data(room)},
        }

    def invite_state(self, room):
        out = [room.state[(t, "")].stripped() for t in INVITE_STATE_TYPES
               if (t, "") in room.state]
        me = room.state.get(("m.room.member", self.uid))
        if me is not None:
            # As Synapse does: the inviter's own membership too (their name).
            inviter = room.state.get(("m.room.member", me.sender))
            if inviter is not None and me.sender != self.uid:
                out.append(inviter.stripped())
            d = me.stripped()
            d["event_id"] = me.event_id
            d["origin_server_ts"] = me.ts
            out.append(d)
        return out

    def _ev(self, room, ev):
        return client_event(room, ev, self.now, self.session, with_room_id=False)

    def summary(self, room):
        joined, invited, others = [], [], []
        for u, m in room.membership.items():
            if m == "join":
                joined.append(u)
            elif m == "invite":
                invited.append(u)
            else:
                others.append(u)
        order = room.member_pos.get
        heroes = sorted((u for u in joined + invited if u != self.uid), key=order)[:5]
        if not heroes:
            heroes = sorted((u for u in others if u != self.uid), key=order)[:5]
        return {"m.heroes": heroes, "m.joined_member_count": len(joined),
                "m.invited_member_count": len(invited)}

    def ephemeral(self, room):
        since = self.since
        fresh = since is None or self.full_state
        out = []
        # Initial syncs mention typing only if someone types; incremental ones
        # also report the change back to "nobody".
        if (room.typing if fresh else room.typing_pos > since):
            out.append({"type": "m.typing",
                        "content": {"user_ids": sorted(room.typing)}})
        if room.receipts and (fresh or room.receipts_pos > since):
            content = {}
            for (rtype, user, thread), r in room.receipts.items():
                if not fresh and r["pos"] <= since:
                    continue
                if rtype == "m.read.private" and user != self.uid:
                    continue
                data = {"ts": r["ts"]}
                if thread is not None:
                    data["thread_id"] = thread
                content.setdefault(r["event_id"], {}).setdefault(rtype, {})[user] = data
            if content:
                out.append({"type": "m.receipt", "content": content})
        return [e for e in out if self.filt.ephemeral.allows_type(e["type"])]

    def room_account_data(self, room):
        user = self.session.user
        data = user.room_account_data.get(room.room_id)
        if not data:
            return []
        positions = user.room_account_data_pos.get(room.room_id, {})
        f = self.filt.room_account_data
        return [{"type": t, "content": c} for t, c in data.items()
                if (self.since is None or self.full_state or positions.get(t, 0) > self.since)
                and f.allows_type(t)]

    # -- global sections ----------------------------------------------------------
    def global_account_data(self):
        user = self.session.user
        f = self.filt.account_data
        return [{"type": t, "content": c} for t, c in user.account_data.items()
                if (self.since is None or self.full_state
                    or user.account_data_pos.get(t, 0) > self.since)
                and f.allows_type(t)]

    def to_device(self):
        return [ev for _, ev in self.session.device.inbox]

    def device_lists(self):
        since = self.since
        if since is None:
            return {"changed": [], "left": []}
        store, uid = self.store, self.uid
        changed, gone = set(), set()
        changes = store.device_list_changes
        for pos, u in changes[bisect.bisect_right(changes, since, key=lambda t: t[0]):]:
            if u == uid or store.shares_room(uid, u):
                changed.add(u)
        for rid in store.user_rooms.get(uid, ()):
            room = store.rooms[rid]
            mine = room.membership.get(uid)
            if mine == "join" and room.join_pos.get(uid, 0) > since:
                # Newly joined: every member's devices are news to us.
                changed.update(u for u, m in room.membership.items() if m == "join")
                continue
            if mine in ("leave", "ban") and room.member_pos.get(uid, 0) > since:
                gone.update(u for u, m in room.membership.items() if m == "join")
                continue
            mc = room.member_changes
            if mine != "join" or not mc or mc[-1][0] <= since:
                continue
            for pos, u, m in mc[bisect.bisect_right(mc, since, key=lambda t: t[0]):]:
                if m == "join":
                    changed.add(u)
                elif m in ("leave", "ban"):
                    gone.add(u)
        left = {u for u in gone if u != uid and not store.shares_room(uid, u)}
        changed -= left
        return {"changed": sorted(changed), "left": sorted(left)}

    def otk_counts(self):
        from .e2ee import otk_counts
        return otk_counts(self.session.device)

    def unused_fallback_types(self):
        dev = self.session.device
        algos = {k.split(":", 1)[0] for k in dev.fallback}
        return sorted(a for a in algos if not dev.fallback_used.get(a))


async def sync(ctx):
    s = ctx.auth()
    store = ctx.store
    since_raw = ctx.query.get("since")
    since = parse_token(since_raw) if since_raw else None
    timeout_ms = ctx.int_param("timeout", 0, 0, 10 * 60 * 1000)
    full_state = ctx.bool_param("full_state")
    filt = Filter(load_filter(s.user, ctx.query.get("filter")))
    presence = ctx.query.get("set_presence")
    if presence in ("online", "offline", "unavailable"):
        s.user.presence["presence"] = presence

    if since is not None:
        # Using a token acknowledges every to-device message delivered before it.
        inbox = s.device.inbox
        if inbox and inbox[0][0] <= since:
            s.device.inbox = [m for m in inbox if m[0] > since]
            store.changed()

    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_ms / 1000.0
    while True:
        resp, has_data = SyncBuilder(store, s, since, filt, full_state).build()
        if has_data or since is None or full_state:
            return resp
        remaining = deadline - loop.time()
        if remaining <= 0:
            return resp
        fut = store.wait_for(s.user_id)
        try:
            await asyncio.wait_for(fut, remaining)
        except asyncio.TimeoutError:
            pass
        finally:
            store.stop_waiting(s.user_id, fut)


def register(router):
    router.add("GET", "/sync", sync)
