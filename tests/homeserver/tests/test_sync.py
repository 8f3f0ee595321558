"""/sync: incremental tokens, long-polling, ephemeral events, to-device,
lazy-loaded members and limited timelines."""

import asyncio
import time
import unittest

from homeserver_fixture import (
    HomeserverTestCase,
    ephemeral_events,
    joined_room,
    q,
    timeline_events,
    unique_localpart,
)


class IncrementalSyncTest(HomeserverTestCase):
    async def test_initial_sync_contains_joined_room_with_create_event(self):
        user = await self.register_user("init")
        room_id = await self.create_room(user["access_token"])
        resp = await self.sync(user["access_token"])
        self.assertIsInstance(resp.get("next_batch"), str)
        room = joined_room(resp, room_id)
        self.assertTrue(room, f"room {room_id} missing from initial sync")
        all_events = room.get("state", {}).get("events", []) + room.get("timeline", {}).get("events", [])
        self.assertIn("m.room.create", [e["type"] for e in all_events])

    async def test_since_token_sync_returns_only_new_events(self):
        user = await self.register_user("since")
        token = user["access_token"]
        room_id = await self.create_room(token)
        old_id = await self.send_text(token, room_id, "before token")
        first = await self.sync(token)
        self.assertIn(old_id, [e["event_id"] for e in timeline_events(first, room_id)])
        new_id = await self.send_text(token, room_id, "after token")
        second = await self.sync(token, since=first["next_batch"])
        ids = [e["event_id"] for e in timeline_events(second, room_id)]
        self.assertEqual(ids, [new_id])

    async def test_since_token_sync_without_news_has_no_timeline_events(self):
        user = await self.register_user("quiet")
        token = user["access_token"]
        room_id = await self.create_room(token)
        first = await self.sync(token)
        second = await self.sync(token, since=first["next_batch"])
        self.assertEqual(timeline_events(second, room_id), [])

    async def test_timeline_events_carry_required_fields(self):
        user = await self.register_user("fields")
        token = user["access_token"]
        room_id = await self.create_room(token)
        event_id = await self.send_text(token, room_id, "hello")
        resp = await self.sync(token)
        ev = [e for e in timeline_events(resp, room_id) if e["event_id"] == event_id][0]
        self.assertEqual(ev["type"], "m.room.message")
        self.assertEqual(ev["sender"], user["user_id"])
        self.assertEqual(ev["content"], {"msgtype": "m.text", "body": "hello"})
        self.assertIsInstance(ev["origin_server_ts"], int)

    async def test_newly_joined_room_arrives_with_full_state(self):
        alice = await self.register_user("joinstate")
        bob = await self.register_user("joiner")
        room_id = await self.create_room(alice["access_token"], preset="public_chat",
                                         name="Full state")
        since = (await self.sync(bob["access_token"]))["next_batch"]
        await self.join(bob["access_token"], room_id)
        resp = await self.sync(bob["access_token"], since=since)
        room = joined_room(resp, room_id)
        types = {e["type"] for e in
                 room.get("state", {}).get("events", []) + room.get("timeline", {}).get("events", [])}
        for t in ("m.room.create", "m.room.power_levels", "m.room.name", "m.room.join_rules"):
            self.assertIn(t, types)

    async def test_kicked_user_sees_room_in_leave_with_kick_event(self):
        (alice, bob), room_id = await self.room_with_members(2)
        since = (await self.sync(bob["access_token"]))["next_batch"]
        await self.ok("POST", f"/rooms/{q(room_id)}/kick", token=alice["access_token"],
                      json_body={"user_id": bob["user_id"], "reason": "bye"})
        resp = await self.sync(bob["access_token"], since=since)
        left = resp.get("rooms", {}).get("leave", {}).get(room_id)
        self.assertIsNotNone(left, resp)
        kicks = [e for e in left.get("timeline", {}).get("events", [])
                 if e["type"] == "m.room.member" and e["state_key"] == bob["user_id"]]
        self.assertEqual(kicks[-1]["content"]["membership"], "leave")
        self.assertEqual(kicks[-1]["sender"], alice["user_id"])

    async def test_invite_appears_in_invitees_sync(self):
        alice = await self.register_user("inviter")
        bob = await self.register_user("invitee")
        room_id = await self.create_room(alice["access_token"], name="Invite me")
        start = await self.sync(bob["access_token"])
        await self.invite(alice["access_token"], room_id, bob["user_id"])
        resp = await self.sync(bob["access_token"], since=start["next_batch"])
        invite = resp.get("rooms", {}).get("invite", {}).get(room_id)
        self.assertIsNotNone(invite, resp)
        types = {(e["type"], e.get("state_key")) for e in invite["invite_state"]["events"]}
        self.assertIn(("m.room.member", bob["user_id"]), types)

    async def test_initial_sync_reports_joined_member_count(self):
        users, room_id = await self.room_with_members(3)
        resp = await self.sync(users[0]["access_token"])
        summary = joined_room(resp, room_id).get("summary", {})
        self.assertEqual(summary.get("m.joined_member_count"), 3)

    async def test_uploaded_filter_id_is_honoured_by_sync(self):
        user = await self.register_user("filterid")
        token = user["access_token"]
        room_id = await self.create_room(token)
        for i in range(4):
            await self.send_text(token, room_id, f"f{i}")
        data = await self.ok("POST", f"/user/{q(user['user_id'])}/filter", token=token,
                             json_body={"room": {"timeline": {"limit": 2}}})
        filter_id = data["filter_id"]
        self.assertIsInstance(filter_id, str)
        got = await self.ok("GET", f"/user/{q(user['user_id'])}/filter/{q(filter_id)}",
                            token=token)
        self.assertEqual(got["room"]["timeline"]["limit"], 2)
        resp = await self.sync(token, filter=filter_id)
        self.assertEqual(len(timeline_events(resp, room_id)), 2)

    async def test_state_change_in_gap_appears_in_state_of_limited_sync(self):
        user = await self.register_user("gapstate")
        token = user["access_token"]
        room_id = await self.create_room(token, name="Before")
        since = (await self.sync(token))["next_batch"]
        await self.ok("PUT", f"/rooms/{q(room_id)}/state/m.room.name/", token=token,
                      json_body={"name": "After"})
        for i in range(5):
            await self.send_text(token, room_id, f"filler {i}")
        resp = await self.sync(token, since=since,
                               filter={"room": {"timeline": {"limit": 2}}})
        room = joined_room(resp, room_id)
        self.assertIs(room["timeline"].get("limited"), True)
        names = [e["content"].get("name") for e in room.get("state", {}).get("events", [])
                 if e["type"] == "m.room.name"]
        self.assertEqual(names, ["After"])

    async def test_global_account_data_appears_in_sync(self):
        user = await self.register_user("acctdata")
        token = user["access_token"]
        since = (await self.sync(token))["next_batch"]
        await self.ok("PUT", f"/user/{q(user['user_id'])}/account_data/org.atrium.test",
                      token=token, json_body={"answer": 42})
        resp = await self.sync(token, since=since)
        evs = [e for e in resp.get("account_data", {}).get("events", [])
               if e["type"] == "org.atrium.test"]
        self.assertEqual(evs, [{"type": "org.atrium.test", "content": {"answer": 42}}])

    async def test_room_account_data_appears_in_room_sync(self):
        user = await self.register_user("roomdata")
        token = user["access_token"]
        room_id = await self.create_room(token)
        since = (await self.sync(token))["next_batch"]
        await self.ok("PUT", f"/user/{q(user['user_id'])}/rooms/{q(room_id)}"
                             "/account_data/org.atrium.tag", token=token,
                      json_body={"pinned": True})
        resp = await self.sync(token, since=since)
        evs = [e for e in joined_room(resp, room_id).get("account_data", {}).get("events", [])
               if e["type"] == "org.atrium.tag"]
        self.assertEqual(len(evs), 1)
        self.assertEqual(evs[0]["content"], {"pinned": True})

    async def test_timeline_type_filter_excludes_other_types(self):
        user = await self.register_user("typefilter")
        token = user["access_token"]
        room_id = await self.create_room(token)
        await self.send_text(token, room_id, "keep me")
        await self.send_event(token, room_id, {"x": 1}, event_type="org.atrium.noise")
        resp = await self.sync(token, filter={"room": {"timeline": {
            "types": ["m.room.message"], "limit": 10}}})
        types = {e["type"] for e in timeline_events(resp, room_id)}
        self.assertEqual(types, {"m.room.message"})

    async def test_initial_sync_of_small_room_is_not_limited(self):
        user = await self.register_user("small")
        token = user["access_token"]
        room_id = await self.create_room(token)
        await self.send_text(token, room_id, "one")
        resp = await self.sync(token, filter={"room": {"timeline": {"limit": 50}}})
        timeline = joined_room(resp, room_id)["timeline"]
        self.assertFalse(timeline.get("limited", False))
        self.assertEqual(timeline["events"][0]["type"], "m.room.create")

    async def test_unnamed_room_summary_has_heroes(self):
        (alice, bob), room_id = await self.room_with_members(2)
        resp = await self.sync(alice["access_token"])
        summary = joined_room(resp, room_id).get("summary", {})
        self.assertEqual(summary.get("m.heroes"), [bob["user_id"]])

    async def test_unread_notification_count_counts_and_clears(self):
        (alice, bob), room_id = await self.room_with_members(2)
        await self.send_text(alice["access_token"], room_id, "first")
        last = await self.send_text(alice["access_token"], room_id, "second")
        resp = await self.sync(bob["access_token"])
        counts = joined_room(resp, room_id).get("unread_notifications", {})
        self.assertEqual(counts.get("notification_count"), 2)
        await self.ok("POST", f"/rooms/{q(room_id)}/receipt/m.read/{q(last)}",
                      token=bob["access_token"], json_body={})
        resp = await self.sync(bob["access_token"])
        counts = joined_room(resp, room_id).get("unread_notifications", {})
        self.assertEqual(counts.get("notification_count"), 0)


class LongPollTest(HomeserverTestCase):
    async def test_long_poll_returns_within_a_second_of_new_event(self):
        (alice, bob), room_id = await self.room_with_members(2)
        since = (await self.sync(bob["access_token"]))["next_batch"]

        async def send_later():
            await asyncio.sleep(0.3)
            return await self.send_text(alice["access_token"], room_id, "wake up")

        started = time.monotonic()
        sync_task = asyncio.ensure_future(
            self.sync(bob["access_token"], since=since, timeout_ms=10000))
        event_id = await send_later()
        resp = await sync_task
        elapsed = time.monotonic() - started
        self.assertLess(elapsed, 1.5, f"long-poll took {elapsed:.2f}s")
        self.assertIn(event_id, [e["event_id"] for e in timeline_events(resp, room_id)])

    async def long_poll_after(self, token, since, action):
        """Start a 10 s long-poll, run `action` after 300 ms; return (resp, secs)."""
        started = time.monotonic()
        task = asyncio.ensure_future(self.sync(token, since=since, timeout_ms=10000))
        await asyncio.sleep(0.3)
        await action()
        resp = await task
        return resp, time.monotonic() - started

    async def test_long_poll_wakes_for_to_device_message(self):
        alice = await self.register_user("lptd")
        bob = await self.register_user("lptdr")
        since = (await self.sync(bob["access_token"]))["next_batch"]

        async def send():
            await self.ok("PUT", f"/sendToDevice/m.atrium.wake/{unique_localpart('w')}",
                          token=alice["access_token"],
                          json_body={"messages": {bob["user_id"]: {bob["device_id"]: {}}}})

        resp, elapsed = await self.long_poll_after(bob["access_token"], since, send)
        self.assertLess(elapsed, 1.5, f"long-poll took {elapsed:.2f}s")
        types = [e["type"] for e in resp.get("to_device", {}).get("events", [])]
        self.assertIn("m.atrium.wake", types)

    async def test_long_poll_wakes_for_typing(self):
        (alice, bob), room_id = await self.room_with_members(2)
        since = (await self.sync(bob["access_token"]))["next_batch"]

        async def type_():
            await self.ok("PUT", f"/rooms/{q(room_id)}/typing/{q(alice['user_id'])}",
                          token=alice["access_token"],
                          json_body={"typing": True, "timeout": 30000})

        resp, elapsed = await self.long_poll_after(bob["access_token"], since, type_)
        self.assertLess(elapsed, 1.5, f"long-poll took {elapsed:.2f}s")
        self.assertTrue(ephemeral_events(resp, room_id, "m.typing"))

    async def test_long_poll_wakes_for_invite(self):
        alice = await self.register_user("lpinv")
        bob = await self.register_user("lpinvd")
        room_id = await self.create_room(alice["access_token"])
        since = (await self.sync(bob["access_token"]))["next_batch"]

        async def invite():
            await self.invite(alice["access_token"], room_id, bob["user_id"])

        resp, elapsed = await self.long_poll_after(bob["access_token"], since, invite)
        self.assertLess(elapsed, 1.5, f"long-poll took {elapsed:.2f}s")
        self.assertIn(room_id, resp.get("rooms", {}).get("invite", {}))

    async def test_concurrent_long_polls_all_wake(self):
        (alice, bob), room_id = await self.room_with_members(2)
        bob2 = await self.login(bob["localpart"])
        tokens = [alice["access_token"], bob["access_token"], bob2["access_token"]]
        sinces = [(await self.sync(t))["next_batch"] for t in tokens]
        started = time.monotonic()
        polls = [asyncio.ensure_future(self.sync(t, since=s, timeout_ms=10000))
                 for t, s in zip(tokens, sinces)]
        await asyncio.sleep(0.3)
        event_id = await self.send_text(alice["access_token"], room_id, "everyone")
        results = await asyncio.gather(*polls)
        self.assertLess(time.monotonic() - started, 1.5)
        for resp in results:
            self.assertIn(event_id, [e["event_id"] for e in timeline_events(resp, room_id)])

    async def test_long_poll_without_events_waits_for_the_timeout(self):
        user = await self.register_user("idle")
        since = (await self.sync(user["access_token"]))["next_batch"]
        started = time.monotonic()
        await self.sync(user["access_token"], since=since, timeout_ms=1000)
        elapsed = time.monotonic() - started
        self.assertGreaterEqual(elapsed, 0.8, f"returned early after {elapsed:.2f}s")
        self.assertLess(elapsed, 5.0)


class EphemeralTest(HomeserverTestCase):
    async def asyncSetUp(self):
        await super().asyncSetUp()
        (self.alice, self.bob), self.room_id = await self.room_with_members(2)

    async def test_typing_appears_in_other_users_sync(self):
        since = (await self.sync(self.bob["access_token"]))["next_batch"]
        await self.ok("PUT", f"/rooms/{q(self.room_id)}/typing/{q(self.alice['user_id'])}",
                      token=self.alice["access_token"],
                      json_body={"typing": True, "timeout": 30000})

        def typing_users(resp):
            for ev in ephemeral_events(resp, self.room_id, "m.typing"):
                if self.alice["user_id"] in ev["content"].get("user_ids", []):
                    return ev["content"]["user_ids"]
            return None

        users, _ = await self.sync_until(self.bob["access_token"], since, typing_users)
        self.assertIn(self.alice["user_id"], users)

    async def test_typing_stop_clears_user_ids(self):
        path = f"/rooms/{q(self.room_id)}/typing/{q(self.alice['user_id'])}"
        await self.ok("PUT", path, token=self.alice["access_token"],
                      json_body={"typing": True, "timeout": 30000})
        since = (await self.sync(self.bob["access_token"]))["next_batch"]
        await self.ok("PUT", path, token=self.alice["access_token"],
                      json_body={"typing": False})

        def stopped(resp):
            for ev in ephemeral_events(resp, self.room_id, "m.typing"):
                if self.alice["user_id"] not in ev["content"].get("user_ids", []):
                    return True
            return False

        found, _ = await self.sync_until(self.bob["access_token"], since, stopped)
        self.assertTrue(found)

    async def test_typing_expires_after_its_timeout(self):
        await self.ok("PUT", f"/rooms/{q(self.room_id)}/typing/{q(self.alice['user_id'])}",
                      token=self.alice["access_token"],
                      json_body={"typing": True, "timeout": 500})

        def typing_now(resp):
            evs = ephemeral_events(resp, self.room_id, "m.typing")
            return evs[-1]["content"].get("user_ids") if evs else None

        first = await self.sync(self.bob["access_token"])
        self.assertEqual(typing_now(first), [self.alice["user_id"]])

        def cleared(resp):
            ids = typing_now(resp)
            return ids is not None and self.alice["user_id"] not in ids

        ok, _ = await self.sync_until(self.bob["access_token"], first["next_batch"], cleared,
                                      deadline_s=5)
        self.assertTrue(ok)

    async def test_private_read_receipt_is_not_shared(self):
        event_id = await self.send_text(self.alice["access_token"], self.room_id, "private")
        since = (await self.sync(self.alice["access_token"]))["next_batch"]
        await self.ok("POST",
                      f"/rooms/{q(self.room_id)}/receipt/m.read.private/{q(event_id)}",
                      token=self.bob["access_token"], json_body={})
        # A public marker afterwards so the sync has something to return.
        await self.ok("PUT", f"/rooms/{q(self.room_id)}/typing/{q(self.bob['user_id'])}",
                      token=self.bob["access_token"], json_body={"typing": True,
                                                                 "timeout": 5000})
        resp = await self.sync(self.alice["access_token"], since=since)
        for ev in ephemeral_events(resp, self.room_id, "m.receipt"):
            self.assertNotIn("m.read.private", ev["content"].get(event_id, {}))
        own = await self.sync(self.bob["access_token"])
        private = [ev["content"][event_id]["m.read.private"]
                   for ev in ephemeral_events(own, self.room_id, "m.receipt")
                   if "m.read.private" in ev["content"].get(event_id, {})]
        self.assertTrue(private and self.bob["user_id"] in private[0])

    async def test_read_receipt_appears_in_other_users_sync(self):
        event_id = await self.send_text(self.alice["access_token"], self.room_id, "read me")
        since = (await self.sync(self.alice["access_token"]))["next_batch"]
        await self.ok("POST",
                      f"/rooms/{q(self.room_id)}/receipt/m.read/{q(event_id)}",
                      token=self.bob["access_token"], json_body={})

        def receipt(resp):
            for ev in ephemeral_events(resp, self.room_id, "m.receipt"):
                entry = ev["content"].get(event_id, {}).get("m.read", {}).get(self.bob["user_id"])
                if entry is not None:
                    return entry
            return None

        entry, _ = await self.sync_until(self.alice["access_token"], since, receipt)
        self.assertIsInstance(entry.get("ts"), int)


class ToDeviceTest(HomeserverTestCase):
    async def test_to_device_message_is_redelivered_until_acknowledged(self):
        alice = await self.register_user("tdsender")
        bob = await self.register_user("tdreceiver")
        s0 = (await self.sync(bob["access_token"]))["next_batch"]
        payload = {"hello": "device", "n": 1}
        await self.ok("PUT", f"/sendToDevice/m.atrium.test/{unique_localpart('td')}",
                      token=alice["access_token"],
                      json_body={"messages": {bob["user_id"]: {bob["device_id"]: payload}}})

        def to_device(resp):
            return [e for e in resp.get("to_device", {}).get("events", [])
                    if e.get("type") == "m.atrium.test"]

        first = await self.sync(bob["access_token"], since=s0)
        evs = to_device(first)
        self.assertEqual(len(evs), 1, first)
        self.assertEqual(evs[0]["sender"], alice["user_id"])
        self.assertEqual(evs[0]["content"], payload)

        # Not acknowledged yet (same since token): delivered again.
        again = await self.sync(bob["access_token"], since=s0)
        self.assertEqual(to_device(again), evs)

        # Acknowledged by using the next_batch token: gone.
        after = await self.sync(bob["access_token"], since=first["next_batch"])
        self.assertEqual(to_device(after), [])

    async def test_to_device_same_txn_id_is_delivered_once(self):
        alice = await self.register_user("tdtxn")
        bob = await self.register_user("tdtxnr")
        body = {"messages": {bob["user_id"]: {bob["device_id"]: {"n": 1}}}}
        for _ in range(2):
            await self.ok("PUT", "/sendToDevice/m.atrium.once/fixedtxn",
                          token=alice["access_token"], json_body=body)
        resp = await self.sync(bob["access_token"])
        evs = [e for e in resp.get("to_device", {}).get("events", [])
               if e["type"] == "m.atrium.once"]
        self.assertEqual(len(evs), 1)

    async def test_to_device_wildcard_reaches_all_devices(self):
        alice = await self.register_user("tdwild")
        bob = await self.register_user("tdmulti")
        bob2 = await self.login(bob["localpart"])
        await self.ok("PUT", f"/sendToDevice/m.atrium.test/{unique_localpart('td')}",
                      token=alice["access_token"],
                      json_body={"messages": {bob["user_id"]: {"*": {"x": 1}}}})
        for token in (bob["access_token"], bob2["access_token"]):
            resp = await self.sync(token)
            types = [e["type"] for e in resp.get("to_device", {}).get("events", [])]
            self.assertIn("m.atrium.test", types)

    async def test_to_device_is_not_delivered_to_other_devices(self):
        alice = await self.register_user("tdsender2")
        bob = await self.register_user("tdtarget")
        bob2 = await self.login(bob["localpart"])
        await self.ok("PUT", f"/sendToDevice/m.atrium.test/{unique_localpart('td')}",
                      token=alice["access_token"],
                      json_body={"messages": {bob["user_id"]: {bob["device_id"]: {"x": 1}}}})
        resp = await self.sync(bob2["access_token"])
        types = [e["type"] for e in resp.get("to_device", {}).get("events", [])]
        self.assertNotIn("m.atrium.test", types)


class LazyLoadMembersTest(HomeserverTestCase):
    async def test_lazy_load_members_only_includes_timeline_senders(self):
        users, room_id = await self.room_with_members(4)
        alice, bob, carol, dave = users
        await self.send_text(alice["access_token"], room_id, "early message from alice")
        await self.send_text(carol["access_token"], room_id, "last message from carol")
        lazy = {"room": {"state": {"lazy_load_members": True},
                         "timeline": {"limit": 1}}}
        resp = await self.sync(dave["access_token"], filter=lazy)
        room = joined_room(resp, room_id)
        timeline = room["timeline"]["events"]
        self.assertEqual([e["sender"] for e in timeline], [carol["user_id"]])
        members = {e["state_key"] for e in room.get("state", {}).get("events", [])
                   if e["type"] == "m.room.member"}
        self.assertIn(carol["user_id"], members)
        self.assertNotIn(alice["user_id"], members)
        self.assertNotIn(bob["user_id"], members)

    async def test_lazy_load_incremental_sync_adds_new_senders_member(self):
        users, room_id = await self.room_with_members(3)
        alice, bob, carol = users
        await self.send_text(alice["access_token"], room_id, "from alice")
        lazy = {"room": {"state": {"lazy_load_members": True}, "timeline": {"limit": 1}}}
        first = await self.sync(carol["access_token"], filter=lazy)
        await self.send_text(bob["access_token"], room_id, "bob speaks")
        resp = await self.sync(carol["access_token"], since=first["next_batch"], filter=lazy)
        room = joined_room(resp, room_id)
        members = {e["state_key"] for e in
                   room.get("state", {}).get("events", []) + room["timeline"]["events"]
                   if e["type"] == "m.room.member"}
        self.assertIn(bob["user_id"], members)

    async def test_without_lazy_loading_all_members_are_in_state(self):
        users, room_id = await self.room_with_members(4)
        await self.send_text(users[2]["access_token"], room_id, "only message")
        resp = await self.sync(users[3]["access_token"],
                               filter={"room": {"timeline": {"limit": 1}}})
        room = joined_room(resp, room_id)
        members = {e["state_key"] for e in
                   room.get("state", {}).get("events", []) + room["timeline"]["events"]
                   if e["type"] == "m.room.member"}
        self.assertEqual(members, {u["user_id"] for u in users})


class LimitedTimelineTest(HomeserverTestCase):
    async def test_limited_timeline_paginates_back_to_room_creation(self):
        user = await self.register_user("limited")
        token = user["access_token"]
        room_id = await self.create_room(token)
        sent = [await self.send_text(token, room_id, f"msg {i}") for i in range(25)]

        resp = await self.sync(token, filter={"room": {"timeline": {"limit": 5}}})
        timeline = joined_room(resp, room_id)["timeline"]
        self.assertIs(timeline.get("limited"), True)
        self.assertIsInstance(timeline.get("prev_batch"), str)
        self.assertEqual([e["event_id"] for e in timeline["events"]], sent[-5:])

        seen = []
        from_token = timeline["prev_batch"]
        for _ in range(50):
            page = await self.messages(token, room_id, dir="b", from_token=from_token, limit=4)
            self.assertLessEqual(len(page["chunk"]), 4)
            self.assertEqual(page.get("start"), from_token)
            seen.extend(page["chunk"])
            if "end" not in page:
                break
            from_token = page["end"]
        else:
            self.fail("pagination never reached the start of the room")

        ids = [e["event_id"] for e in seen]
        self.assertEqual(len(ids), len(set(ids)), "duplicate events while paginating")
        self.assertEqual(seen[-1]["type"], "m.room.create")
        messages = [e["event_id"] for e in seen if e["type"] == "m.room.message"]
        # Backwards pagination: newest first, and nothing from the sync timeline.
        self.assertEqual(messages, list(reversed(sent[:-5])))

    async def test_unlimited_incremental_sync_is_not_limited(self):
        user = await self.register_user("notlimited")
        token = user["access_token"]
        room_id = await self.create_room(token)
        since = (await self.sync(token))["next_batch"]
        await self.send_text(token, room_id, "one")
        resp = await self.sync(token, since=since,
                               filter={"room": {"timeline": {"limit": 5}}})
        self.assertFalse(joined_room(resp, room_id)["timeline"].get("limited", False))

    async def test_incremental_sync_with_gap_is_limited(self):
        user = await self.register_user("gap")
        token = user["access_token"]
        room_id = await self.create_room(token)
        since = (await self.sync(token))["next_batch"]
        sent = [await self.send_text(token, room_id, f"gap {i}") for i in range(6)]
        resp = await self.sync(token, since=since,
                               filter={"room": {"timeline": {"limit": 2}}})
        timeline = joined_room(resp, room_id)["timeline"]
        self.assertIs(timeline.get("limited"), True)
        self.assertEqual([e["event_id"] for e in timeline["events"]], sent[-2:])
        page = await self.messages(token, room_id, from_token=timeline["prev_batch"], limit=4)
        self.assertEqual([e["event_id"] for e in page["chunk"]], list(reversed(sent[:4])))

    async def test_messages_forward_without_from_starts_at_room_creation(self):
        user = await self.register_user("fwdstart")
        token = user["access_token"]
        room_id = await self.create_room(token)
        await self.send_text(token, room_id, "later")
        page = await self.messages(token, room_id, dir="f", limit=3)
        self.assertEqual(page["chunk"][0]["type"], "m.room.create")

    async def test_messages_forward_from_start_token(self):
        user = await self.register_user("fwd")
        token = user["access_token"]
        room_id = await self.create_room(token)
        sent = [await self.send_text(token, room_id, f"f {i}") for i in range(3)]
        # Walk back to the start, then read forwards from the first `start`.
        back = await self.messages(token, room_id, dir="b", limit=3)
        self.assertEqual([e["event_id"] for e in back["chunk"]], list(reversed(sent)))
        fwd = await self.messages(token, room_id, dir="f", from_token=back["end"], limit=10)
        self.assertEqual([e["event_id"] for e in fwd["chunk"]], sent)


if __name__ == "__main__":
    unittest.main()
