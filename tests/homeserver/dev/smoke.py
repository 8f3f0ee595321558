#!/usr/bin/python3
"""Developer smoke test for the test homeserver (complements tests/).

Starts the server, then drives the features the conformance suite does not
cover in depth: unread counts, relations, spaces, profiles, key backup,
push rules, thumbnails, persistence across SIGTERM, and a matrix-nio round
trip.  Run: /usr/bin/python3 tests/homeserver/dev/smoke.py
"""
import asyncio
import io
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from urllib.parse import quote

import aiohttp

RUN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "run")
FAILURES = []


def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what)
    if not cond:
        FAILURES.append(what)


def start(*args):
    p = subprocess.Popen([RUN, "--port", "0", *args], stdout=subprocess.PIPE,
                         stderr=sys.stderr, text=True)
    line = p.stdout.readline().strip()
    assert line.startswith("listening http://127.0.0.1:"), line
    return p, line.split(" ", 1)[1]


def stop(p):
    p.send_signal(signal.SIGTERM)
    return p.wait(5)


class C:
    def __init__(self, session, base, token=None):
        self.s, self.base, self.token = session, base, token

    async def req(self, method, path, body=None, raw=None, prefix="/_matrix/client/v3",
                  headers=None, token=True):
        h = dict(headers or {})
        if token and self.token:
            h["Authorization"] = "Bearer " + self.token
        data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
        async with self.s.request(method, self.base + prefix + path, data=data, headers=h) as r:
            content = await r.read()
            try:
                j = json.loads(content)
            except ValueError:
                j = None
            return r.status, j, r.headers, content

    async def ok(self, method, path, body=None, **kw):
        st, j, _, _ = await self.req(method, path, body, **kw)
        assert st == 200, (method, path, st, j)
        return j


async def register(s, base, name):
    c = C(s, base)
    j = await c.ok("POST", "/register", {"username": name, "password": "pw",
                                          "auth": {"type": "m.login.dummy"}})
    c.token, c.user_id, c.device_id = j["access_token"], j["user_id"], j["device_id"]
    return c


async def main_checks(base):
    async with aiohttp.ClientSession() as s:
        a = await register(s, base, "alice")
        b = await register(s, base, "bob")
        st, j, h, _ = await a.req("OPTIONS", "/sync", token=False)
        check(st == 200 and h.get("Access-Control-Allow-Origin") == "*", "CORS preflight")
        wk = (await a.ok("GET", "/.well-known/matrix/client", prefix=""))
        check(wk["m.homeserver"]["base_url"] == base, "well-known points at base URL")

        # DM with unread counts and highlights.
        room = (await a.ok("POST", "/createRoom", {"preset": "trusted_private_chat",
                                                   "is_direct": True, "invite": [b.user_id]}))["room_id"]
        bs = await b.ok("GET", "/sync")
        inv = bs["rooms"]["invite"].get(room)
        check(inv is not None and any(e["type"] == "m.room.member" and e["content"].get("is_direct")
                                      for e in inv["invite_state"]["events"]), "stripped invite with is_direct")
        await b.ok("POST", "/join/" + quote(room))
        since = (await b.ok("GET", "/sync"))["next_batch"]
        await a.ok("PUT", "/rooms/%s/send/m.room.message/1" % quote(room), {"msgtype": "m.text", "body": "hello"})
        await a.ok("PUT", "/rooms/%s/send/m.room.message/2" % quote(room), {"msgtype": "m.text", "body": "hey bob, look"})
        ev3 = (await a.ok("PUT", "/rooms/%s/send/m.room.message/3" % quote(room),
                          {"msgtype": "m.text", "body": "ping", "m.mentions": {"user_ids": [b.user_id]}}))["event_id"]
        bs = await b.ok("GET", "/sync?since=" + since)
        un = bs["rooms"]["join"][room]["unread_notifications"]
        check(un == {"notification_count": 3, "highlight_count": 2}, "unread counts in DM (got %s)" % un)
        summ = bs["rooms"]["join"][room]["summary"]
        check(summ["m.heroes"] == [a.user_id] and summ["m.joined_member_count"] == 2, "room summary heroes")
        await b.ok("POST", "/rooms/%s/receipt/m.read/%s" % (quote(room), quote(ev3)), {})
        bs2 = await b.ok("GET", "/sync?since=" + bs["next_batch"])
        check(bs2["rooms"]["join"][room]["unread_notifications"]["notification_count"] == 0, "receipt clears unread")
        await b.ok("POST", "/rooms/%s/receipt/m.read.private/%s" % (quote(room), quote(ev3)), {})
        as_ = await a.ok("GET", "/sync")
        receipts = [e for e in as_["rooms"]["join"][room]["ephemeral"]["events"] if e["type"] == "m.receipt"]
        check(receipts and "m.read.private" not in json.dumps(receipts), "private receipts hidden from others")

        # Relations: edit, reaction, thread; bundled aggregations.
        r = quote(room)
        await a.ok("PUT", "/rooms/%s/send/m.room.message/e1" % r, {
            "msgtype": "m.text", "body": "* pong", "m.new_content": {"msgtype": "m.text", "body": "pong"},
            "m.relates_to": {"rel_type": "m.replace", "event_id": ev3}})
        await b.ok("PUT", "/rooms/%s/send/m.reaction/x1" % r, {
            "m.relates_to": {"rel_type": "m.annotation", "event_id": ev3, "key": "👍"}})
        rel = await a.ok("GET", "/rooms/%s/relations/%s" % (r, quote(ev3)), prefix="/_matrix/client/v1")
        check(len(rel["chunk"]) == 2, "relations lists edit + reaction")
        rel = await a.ok("GET", "/rooms/%s/relations/%s/m.annotation/m.reaction" % (r, quote(ev3)),
                         prefix="/_matrix/client/v1")
        check(len(rel["chunk"]) == 1, "relations filtered by rel_type/event_type")
        ev = await a.ok("GET", "/rooms/%s/event/%s" % (r, quote(ev3)))
        check(ev["unsigned"].get("m.relations", {}).get("m.replace", {}).get("content", {}).get("m.new_content", {}).get("body") == "pong",
              "bundled m.replace")
        ctxr = await a.ok("GET", "/rooms/%s/context/%s?limit=4" % (r, quote(ev3)))
        check(ctxr["event"]["event_id"] == ev3 and len(ctxr["events_before"]) == 2, "context")

        nt = await b.ok("GET", "/notifications")
        check(len(nt["notifications"]) >= 3 and nt["notifications"][0]["room_id"] == room, "notifications")
        sr = await b.ok("POST", "/search", {"search_categories": {"room_events": {"search_term": "look"}}})
        check(sr["search_categories"]["room_events"]["count"] == 1, "search")

        # Power levels: bob (PL 100 in trusted_private_chat) vs a public room.
        pub = (await a.ok("POST", "/createRoom", {"preset": "public_chat", "visibility": "public", "name": "Pub",
                                                  "room_alias_name": "pub", "topic": "t"}))["room_id"]
        p = quote(pub)
        await b.ok("POST", "/join/%23pub:localhost")
        st, j, _, _ = await b.req("PUT", "/rooms/%s/state/m.room.name" % p, {"name": "x"})
        check(st == 403, "PL enforced for state events")
        st, j, _, _ = await b.req("POST", "/rooms/%s/kick" % p, {"user_id": a.user_id})
        check(st == 403, "PL enforced for kick")
        await a.ok("POST", "/rooms/%s/ban" % p, {"user_id": b.user_id, "reason": "test"})
        st, j, _, _ = await b.req("POST", "/rooms/%s/join" % p)
        check(st == 403, "banned user cannot join")
        await a.ok("POST", "/rooms/%s/unban" % p, {"user_id": b.user_id})
        await b.ok("POST", "/rooms/%s/join" % p)
        mem = await a.ok("GET", "/rooms/%s/members?membership=join" % p)
        check(len(mem["chunk"]) == 2, "members with membership filter")
        pr = await a.ok("POST", "/publicRooms", {"filter": {"generic_search_term": "pub"}})
        check([x["room_id"] for x in pr["chunk"]] == [pub], "publicRooms search")

        # Space hierarchy.
        space = (await a.ok("POST", "/createRoom", {"preset": "public_chat", "name": "Space",
                                                    "creation_content": {"type": "m.space"}}))["room_id"]
        await a.ok("PUT", "/rooms/%s/state/m.space.child/%s" % (quote(space), p), {"via": ["localhost"]})
        hier = await a.ok("GET", "/rooms/%s/hierarchy" % quote(space), prefix="/_matrix/client/v1")
        check([x["room_id"] for x in hier["rooms"]] == [space, pub] and hier["rooms"][0].get("room_type") == "m.space",
              "space hierarchy")

        # Profile updates produce member events.
        since = (await b.ok("GET", "/sync"))["next_batch"]
        await a.ok("PUT", "/profile/%s/displayname" % quote(a.user_id), {"displayname": "Alice A."})
        bs = await b.ok("GET", "/sync?since=%s&timeout=2000" % since)
        names = [e["content"].get("displayname") for rr in bs["rooms"]["join"].values()
                 for e in rr["timeline"]["events"] if e["type"] == "m.room.member"]
        check(names.count("Alice A.") >= 2, "displayname change emits member events in joined rooms")
        ud = await b.ok("POST", "/user_directory/search", {"search_term": "alice a"})
        check(ud["results"] and ud["results"][0]["user_id"] == a.user_id, "user directory search")

        # Long-poll latency.
        since = (await b.ok("GET", "/sync"))["next_batch"]
        t0 = time.monotonic()
        task = asyncio.ensure_future(b.ok("GET", "/sync?timeout=10000&since=" + since))
        await asyncio.sleep(0.3)
        t1 = time.monotonic()
        await a.ok("PUT", "/rooms/%s/send/m.room.message/lp" % r, {"msgtype": "m.text", "body": "wake"})
        await task
        check(time.monotonic() - t1 < 0.2, "long-poll wakes quickly (%.3fs)" % (time.monotonic() - t1))

        # Leave + include_leave + forget.
        await b.ok("POST", "/rooms/%s/leave" % p)
        f = quote(json.dumps({"room": {"include_leave": True}}))
        bs = await b.ok("GET", "/sync?filter=" + f)
        check(pub in bs["rooms"]["leave"], "include_leave shows left room")
        await b.ok("POST", "/rooms/%s/forget" % p)
        bs = await b.ok("GET", "/sync?filter=" + f)
        check(pub not in bs["rooms"]["leave"], "forgotten room disappears")

        # Stored filter.
        fid = (await a.ok("POST", "/user/%s/filter" % quote(a.user_id),
                          {"room": {"timeline": {"limit": 1, "types": ["m.room.message"]}}}))["filter_id"]
        as_ = await a.ok("GET", "/sync?filter=" + fid)
        tl = as_["rooms"]["join"][room]["timeline"]
        check(len(tl["events"]) == 1 and tl["limited"], "stored filter with limit/types")

        # Account data (global, room) in sync.
        await a.ok("PUT", "/user/%s/account_data/org.example" % quote(a.user_id), {"x": 1})
        await a.ok("PUT", "/user/%s/rooms/%s/tags/u.work" % (quote(a.user_id), r), {"order": 0.5})
        as_ = await a.ok("GET", "/sync")
        check(any(e["type"] == "org.example" for e in as_["account_data"]["events"]), "global account data")
        check(any(e["type"] == "m.tag" for e in as_["rooms"]["join"][room]["account_data"]["events"]), "room tags")

        # Push rules.
        pr = await a.ok("GET", "/pushrules/")
        ids = [x["rule_id"] for x in pr["global"]["override"]]
        check(".m.rule.master" in ids and ".m.rule.is_user_mention" in ids, "default push rules")
        await a.ok("PUT", "/pushrules/global/override/.m.rule.master/enabled", {"enabled": True})
        en = await a.ok("GET", "/pushrules/global/override/.m.rule.master/enabled")
        check(en == {"enabled": True}, "push rule enabled toggle")
        await a.ok("PUT", "/pushrules/global/override/.m.rule.master/enabled", {"enabled": False})

        # Devices with UIA.
        a2 = C(s, base)
        j = await a2.ok("POST", "/login", {"type": "m.login.password", "user": "alice", "password": "pw"})
        a2.token = j["access_token"]
        st, j, _, _ = await a.req("DELETE", "/devices/" + quote(j["device_id"]), {})
        check(st == 401 and "session" in j, "device delete needs UIA")
        await a.ok("DELETE", "/devices/" + quote(a2_dev := (await a2.ok("GET", "/account/whoami"))["device_id"]),
                   {"auth": {"type": "m.login.password", "session": j["session"], "password": "pw",
                             "identifier": {"type": "m.id.user", "user": "alice"}}})
        st, j, _, _ = await a2.req("GET", "/account/whoami")
        check(st == 401 and j["errcode"] == "M_UNKNOWN_TOKEN", "deleted device's token is dead")

        # Key backup.
        v = (await a.ok("POST", "/room_keys/version", {"algorithm": "m.megolm_backup.v1.curve25519-aes-sha2",
                                                       "auth_data": {"public_key": "abc"}}))["version"]
        await a.ok("PUT", "/room_keys/keys/%s/sess1?version=%s" % (r, v),
                   {"first_message_index": 1, "forwarded_count": 0, "is_verified": False, "session_data": {}})
        info = await a.ok("GET", "/room_keys/version")
        check(info["version"] == v and info["count"] == 1, "key backup count")
        st, j, _, _ = await a.req("PUT", "/room_keys/keys?version=999", {"rooms": {}})
        check(st == 403 and j["errcode"] == "M_WRONG_ROOM_KEYS_VERSION", "wrong backup version")

        # Cross-signing: first upload needs no UIA (spec v1.11), replacing does.
        mk = {"user_id": a.user_id, "usage": ["master"], "keys": {"ed25519:AAA": "AAA"}}
        await a.ok("POST", "/keys/device_signing/upload", {"master_key": mk})
        st, j, _, _ = await a.req("POST", "/keys/device_signing/upload",
                                  {"master_key": dict(mk, keys={"ed25519:BBB": "BBB"})})
        check(st == 401 and j.get("flows"), "replacing cross-signing keys needs UIA")

        # Media: thumbnail and disposition.
        from PIL import Image
        buf = io.BytesIO()
        Image.new("RGB", (400, 200), (200, 10, 10)).save(buf, "PNG")
        up = await a.ok("POST", "/upload?filename=red.png", raw=buf.getvalue(), prefix="/_matrix/media/v3",
                        headers={"Content-Type": "image/png"})
        mxc = up["content_uri"][len("mxc://"):]
        st, _, h, body = await a.req("GET", "/thumbnail/%s?width=100&height=100&method=crop" % mxc,
                                     prefix="/_matrix/client/v1/media")
        img = Image.open(io.BytesIO(body))
        check(st == 200 and img.size == (100, 100), "crop thumbnail 100x100")
        st, _, h, body = await a.req("GET", "/thumbnail/%s?width=100&height=100&method=scale" % mxc,
                                     prefix="/_matrix/media/v3")
        check(st == 200 and Image.open(io.BytesIO(body)).size == (100, 50), "scale thumbnail keeps aspect")
        st, _, h, body = await a.req("GET", "/download/%s/other.png" % mxc, prefix="/_matrix/media/v3")
        check("other.png" in h.get("Content-Disposition", "") and h["Content-Type"] == "image/png",
              "download with filename")

        # Restart drops an idle keep-alive connection and a long poll.
        task = asyncio.ensure_future(b.req("GET", "/sync?timeout=20000&since=" + (await b.ok("GET", "/sync"))["next_batch"]))
        await asyncio.sleep(0.2)
        await a.ok("POST", "/_atrium_test/restart", {}, prefix="")
        try:
            await asyncio.wait_for(task, 3)
            check(False, "restart aborted long poll")
        except (aiohttp.ClientError, asyncio.TimeoutError) as e:
            check(not isinstance(e, asyncio.TimeoutError), "restart aborted long poll")
        check((await a.ok("GET", "/account/whoami"))["user_id"] == a.user_id, "server fine after restart")


async def nio_round_trip(base):
    from nio import AsyncClient, RoomMessageText
    c = AsyncClient(base, "nio1")
    await c.register("nio1", "pw")
    r = await c.room_create(name="nio room")
    await c.sync(timeout=0)
    await c.room_send(r.room_id, "m.room.message", {"msgtype": "m.text", "body": "from nio"})
    resp = await c.sync(timeout=1000, full_state=True)
    got = [e.body for e in resp.rooms.join[r.room_id].timeline.events if isinstance(e, RoomMessageText)]
    check(got == ["from nio"], "matrix-nio register/create/send/sync")
    await c.close()


async def persistence(tmp):
    state = os.path.join(tmp, "state.json")
    p, base = start("--state", state)
    async with aiohttp.ClientSession() as s:
        a = await register(s, base, "persist")
        room = (await a.ok("POST", "/createRoom", {}))["room_id"]
        e1 = (await a.ok("PUT", "/rooms/%s/send/m.room.message/T1" % quote(room), {"body": "x", "msgtype": "m.text"}))["event_id"]
    stop(p)
    p, base = start("--state", state)
    async with aiohttp.ClientSession() as s:
        a2 = C(s, base, a.token)
        e2 = (await a2.ok("PUT", "/rooms/%s/send/m.room.message/T1" % quote(room), {"body": "x", "msgtype": "m.text"}))["event_id"]
        check(e1 == e2, "txn dedupe survives restart with --state")
        evs = (await a2.ok("GET", "/_atrium_test/rooms/%s/events" % quote(room), prefix=""))["events"]
        check(sum(1 for e in evs if e["type"] == "m.room.message") == 1, "no duplicate after restart")
    stop(p)


async def amain():
    p, base = start()
    try:
        await main_checks(base)
        await nio_round_trip(base)
    finally:
        check(stop(p) == 0, "clean exit on SIGTERM")
    with tempfile.TemporaryDirectory() as tmp:
        await persistence(tmp)
    print("\n%d failure(s)" % len(FAILURES))
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(amain()))
