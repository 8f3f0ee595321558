"""--seed large:ROOMS,EVENTS,MEMBERS — a big account for benchmarks.

User `bench` (password `bench`) is joined to ROOMS rooms, each with EVENTS
messages, and MEMBERS other users (`member0`…, password `member`) spread
over the rooms.  Rooms are built straight into the Store (no HTTP, no
per-event notification) so 1000 rooms x 50 events take about a second.
"""
import math
import random
import time

from .rooms import create_room, set_membership

WORDS = ("build deploy review merge branch test flaky cache sync timeline "
         "release crash fix refactor docs benchmark latency memory thread "
         "qml model view render socket token retry backoff schema index").split()


def seed(store, n_rooms, n_events, n_members):
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
    total = max(1, n_rooms * (n_events + per_room + 10))
    tick = max(1, span // total)
    ts = now - span

    notify, store.on_change = store.on_change, None  # no saves while seeding
    try:
        for r in range(n_rooms):
            room = create_room(store, bench.user_id,
                               {"preset": "public_chat", "name": "Bench room %d" % r,
                                "topic": "Generated room %d" % r}, ts=ts)
            ts += tick * 8
            room_members = [members[(r * per_room + j) % n_members] for j in range(per_room)]
            for uid in room_members:
                set_membership(store, room, uid, uid, "join", ts=ts)
                ts += tick
            senders = [bench.user_id] + room_members
            for e in range(n_events):
                sender = senders[rng.randrange(len(senders))]
                body = "%s: %s" % (e, " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 12))))
                store.append_event(room, "m.room.message", sender,
                                   {"msgtype": "m.text", "body": body},
                                   ts=ts, notify=False)
                ts += tick
        # Warm bench's unread-count cache so the first /sync is fast.
        from . import push
        for rid in store.user_rooms[bench.user_id]:
            push.unread_counts(store, store.rooms[rid], bench.user_id)
    finally:
        store.on_change = notify
    return [("bench", "bench")] + ([("member0..member%d" % (n_members - 1), "member")]
                                   if n_members else [])
