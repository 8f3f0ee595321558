"""--seed large:ROOMS,EVENTS,MEMBERS[,BIG] — a big account for benchmarks.

User `bench` (password `bench`) is joined to ROOMS rooms, each with EVENTS
messages, and MEMBERS other users (`member0`…, password `member`) spread
over the rooms; with BIG, one more room ("Big room") holds BIG messages.
Rooms are built straight into the Store (no HTTP, no
per-event notification) so 1000 rooms x 50 events take about a second.
"""
import math
import random
import time

from .rooms import create_room, set_membership

WORDS = ("build deploy review merge branch test flaky cache sync timeline "
         "release crash fix refactor docs benchmark latency memory thread "
         "qml model view render socket token retry backoff schema index").split()


def seed(store, n_rooms, n_events, n_members, big_room_events=0):
    rng = random.Random(4242)
    bench = store.create_user("bench", "bench", "Bench User")
    # One hash for all members: hashing 5000 passwords would dominate startup.
    member_hash = store.hash_password("member")
    members = []
    for i in range(n_members):
        u = store.create_user("member%d" % i, None, "Member %d" % i)
        u.password_hash = member_hash
        members.append(u.user_id)

    per_room = min(n_members, max(2, math.ceil(n_members / max(1, n_rooms)))) if n_members else 0
    now = int(time.time() * 1000)
    span = 3 * 24 * 3600 * 1000
    total = max(1, n_rooms * (n_events + per_room + 10) + big_room_events)
    clock = _Clock(now - span, max(1, span // total))

    notify, store.on_change = store.on_change, None  # no saves while seeding
    try:
        if big_room_events:
            # Oldest activity, so the big room sorts last in the room list.
            _fill_room(store, rng, clock, bench.user_id, "Big room", members[:per_room],
                       big_room_events)
        for r in range(n_rooms):
            room_members = [members[(r * per_room + j) % n_members] for j in range(per_room)]
            _fill_room(store, rng, clock, bench.user_id, "Bench room %d" % r, room_members,
                       n_events)
        # Warm bench's unread-count cache so the first /sync is fast.
        from . import push
        for rid in store.user_rooms[bench.user_id]:
            push.unread_counts(store, store.rooms[rid], bench.user_id)
    finally:
        store.on_change = notify
    return [("bench", "bench")] + ([("member0..member%d" % (n_members - 1), "member")]
                                   if n_members else [])


class _Clock:
    """Origin server timestamps, one tick apart, oldest first."""

    def __init__(self, start, tick):
        self.now = start
        self.tick = tick

    def next(self, ticks=1):
        ts = self.now
        self.now += self.tick * ticks
        return ts


def _fill_room(store, rng, clock, owner, name, room_members, n_events):
    room = create_room(store, owner, {"preset": "public_chat", "name": name,
                                      "topic": "Generated room: %s" % name}, ts=clock.next(8))
    for uid in room_members:
        set_membership(store, room, uid, uid, "join", ts=clock.next())
    senders = [owner] + room_members
    for e in range(n_events):
        sender = senders[rng.randrange(len(senders))]
        body = "%s: %s" % (e, " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 12))))
        store.append_event(room, "m.room.message", sender,
                           {"msgtype": "m.text", "body": body}, ts=clock.next(), notify=False)
