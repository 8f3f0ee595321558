"""Rooms: creation, state, membership, sending (txnId), redaction."""

import unittest

from homeserver_fixture import (
    HomeserverTestCase,
    q,
    timeline_events,
    unique_localpart,
)


def server_name_of(user_id):
    return user_id.split(":", 1)[1]


class RoomStateTest(HomeserverTestCase):
    async def test_create_room_sets_name_and_topic_state(self):
        user = await self.register_user("create")
        room_id = await self.create_room(user["access_token"], name="Lobby", topic="Chit-chat")
        name = await self.ok("GET", f"/rooms/{q(room_id)}/state/m.room.name/",
                             token=user["access_token"])
        self.assertEqual(name, {"name": "Lobby"})
        topic = await self.ok("GET", f"/rooms/{q(room_id)}/state/m.room.topic/",
                              token=user["access_token"])
        self.assertEqual(topic.get("topic"), "Chit-chat")

    async def test_full_state_contains_create_member_and_power_levels(self):
        user = await self.register_user("fullstate")
        room_id = await self.create_room(user["access_token"])
        state = await self.ok("GET", f"/rooms/{q(room_id)}/state", token=user["access_token"])
        keys = {(e["type"], e["state_key"]) for e in state}
        self.assertIn(("m.room.create", ""), keys)
        self.assertIn(("m.room.power_levels", ""), keys)
        self.assertIn(("m.room.join_rules", ""), keys)
        self.assertIn(("m.room.member", user["user_id"]), keys)

    async def test_put_state_event_then_get_returns_content(self):
        user = await self.register_user("putstate")
        room_id = await self.create_room(user["access_token"])
        data = await self.ok("PUT", f"/rooms/{q(room_id)}/state/org.atrium.test/key1",
                             token=user["access_token"], json_body={"v": 42})
        self.assertTrue(data["event_id"].startswith("$"))
        got = await self.ok("GET", f"/rooms/{q(room_id)}/state/org.atrium.test/key1",
                            token=user["access_token"])
        self.assertEqual(got, {"v": 42})

    async def test_missing_state_event_returns_404_not_found(self):
        user = await self.register_user("nostate")
        room_id = await self.create_room(user["access_token"])
        resp = await self.api("GET", f"/rooms/{q(room_id)}/state/org.atrium.absent/",
                              token=user["access_token"])
        self.assertStatus(resp, 404, "M_NOT_FOUND")

    async def test_encrypted_room_has_encryption_state(self):
        user = await self.register_user("enc")
        room_id = await self.create_room(user["access_token"], initial_state=[{
            "type": "m.room.encryption", "state_key": "",
            "content": {"algorithm": "m.megolm.v1.aes-sha2"}}])
        enc = await self.ok("GET", f"/rooms/{q(room_id)}/state/m.room.encryption/",
                            token=user["access_token"])
        self.assertEqual(enc["algorithm"], "m.megolm.v1.aes-sha2")

    async def test_room_alias_resolves_to_room(self):
        user = await self.register_user("alias")
        alias_local = unique_localpart("alias")
        room_id = await self.create_room(user["access_token"], room_alias_name=alias_local)
        alias = f"#{alias_local}:{server_name_of(user['user_id'])}"
        data = await self.ok("GET", f"/directory/room/{q(alias)}")
        self.assertEqual(data["room_id"], room_id)

    async def test_get_event_by_id(self):
        user = await self.register_user("getevent")
        room_id = await self.create_room(user["access_token"])
        event_id = await self.send_text(user["access_token"], room_id, "fetch me")
        ev = await self.ok("GET", f"/rooms/{q(room_id)}/event/{q(event_id)}",
                           token=user["access_token"])
        self.assertEqual(ev["event_id"], event_id)
        self.assertEqual(ev["content"]["body"], "fetch me")
        self.assertEqual(ev["room_id"], room_id)


class MembershipTest(HomeserverTestCase):
    async def test_invite_then_join_lists_both_members(self):
        (alice, bob), room_id = await self.room_with_members(2)
        data = await self.ok("GET", f"/rooms/{q(room_id)}/joined_members",
                             token=alice["access_token"])
        self.assertEqual(set(data["joined"]), {alice["user_id"], bob["user_id"]})

    async def test_joined_rooms_lists_joined_room(self):
        (alice, bob), room_id = await self.room_with_members(2)
        data = await self.ok("GET", "/joined_rooms", token=bob["access_token"])
        self.assertIn(room_id, data["joined_rooms"])

    async def test_leave_moves_room_to_leave_section(self):
        (alice, bob), room_id = await self.room_with_members(2)
        since = (await self.sync(bob["access_token"]))["next_batch"]
        await self.ok("POST", f"/rooms/{q(room_id)}/leave", token=bob["access_token"],
                      json_body={})
        resp = await self.sync(bob["access_token"], since=since)
        self.assertIn(room_id, resp.get("rooms", {}).get("leave", {}))
        data = await self.ok("GET", "/joined_rooms", token=bob["access_token"])
        self.assertNotIn(room_id, data["joined_rooms"])

    async def test_join_by_alias(self):
        alice = await self.register_user("pubowner")
        bob = await self.register_user("pubjoiner")
        alias_local = unique_localpart("pub")
        room_id = await self.create_room(alice["access_token"], preset="public_chat",
                                         room_alias_name=alias_local)
        alias = f"#{alias_local}:{server_name_of(alice['user_id'])}"
        data = await self.ok("POST", f"/join/{q(alias)}", token=bob["access_token"],
                             json_body={})
        self.assertEqual(data["room_id"], room_id)

    async def test_member_without_power_cannot_change_room_name(self):
        (alice, bob), room_id = await self.room_with_members(2)
        resp = await self.api("PUT", f"/rooms/{q(room_id)}/state/m.room.name/",
                              token=bob["access_token"], json_body={"name": "Hijacked"})
        self.assertStatus(resp, 403, "M_FORBIDDEN")

    async def test_banned_user_cannot_rejoin(self):
        alice = await self.register_user("banner")
        bob = await self.register_user("banned")
        room_id = await self.create_room(alice["access_token"], preset="public_chat")
        await self.join(bob["access_token"], room_id)
        await self.ok("POST", f"/rooms/{q(room_id)}/ban", token=alice["access_token"],
                      json_body={"user_id": bob["user_id"], "reason": "test"})
        resp = await self.api("POST", f"/join/{q(room_id)}", token=bob["access_token"],
                              json_body={})
        self.assertStatus(resp, 403, "M_FORBIDDEN")

    async def test_kicked_user_loses_access_to_new_messages(self):
        (alice, bob), room_id = await self.room_with_members(2)
        await self.ok("POST", f"/rooms/{q(room_id)}/kick", token=alice["access_token"],
                      json_body={"user_id": bob["user_id"]})
        resp = await self.api("PUT", f"/rooms/{q(room_id)}/send/m.room.message/k1",
                              token=bob["access_token"],
                              json_body={"msgtype": "m.text", "body": "still here?"})
        self.assertStatus(resp, 403, "M_FORBIDDEN")

    async def test_context_returns_surrounding_events(self):
        user = await self.register_user("context")
        token = user["access_token"]
        room_id = await self.create_room(token)
        ids = [await self.send_text(token, room_id, f"c{i}") for i in range(5)]
        data = await self.ok("GET", f"/rooms/{q(room_id)}/context/{q(ids[2])}",
                             token=token, params={"limit": "2"})
        self.assertEqual(data["event"]["event_id"], ids[2])
        self.assertEqual([e["event_id"] for e in data["events_before"]][:1], [ids[1]])
        self.assertEqual([e["event_id"] for e in data["events_after"]][:1], [ids[3]])


class TransactionIdTest(HomeserverTestCase):
    async def asyncSetUp(self):
        await super().asyncSetUp()
        (self.alice, self.bob), self.room_id = await self.room_with_members(2)

    async def test_same_txn_id_twice_returns_same_event_id(self):
        content = {"msgtype": "m.text", "body": "only once"}
        first = await self.send_event(self.alice["access_token"], self.room_id, content,
                                      txn_id="dup-txn-1")
        second = await self.send_event(self.alice["access_token"], self.room_id, content,
                                       txn_id="dup-txn-1")
        self.assertEqual(first, second)

    async def test_same_txn_id_twice_stores_one_event(self):
        content = {"msgtype": "m.text", "body": "stored once"}
        for _ in range(2):
            await self.send_event(self.alice["access_token"], self.room_id, content,
                                  txn_id="dup-txn-2")
        events = await self.all_messages(self.alice["access_token"], self.room_id)
        bodies = [e["content"].get("body") for e in events if e["type"] == "m.room.message"]
        self.assertEqual(bodies.count("stored once"), 1)

    async def test_same_txn_id_from_different_users_creates_two_events(self):
        content = {"msgtype": "m.text", "body": "shared txn"}
        a = await self.send_event(self.alice["access_token"], self.room_id, content,
                                  txn_id="same-txn")
        b = await self.send_event(self.bob["access_token"], self.room_id, content,
                                  txn_id="same-txn")
        self.assertNotEqual(a, b)

    async def test_transaction_id_in_unsigned_for_sender_only(self):
        event_id = await self.send_text(self.alice["access_token"], self.room_id, "mine",
                                        txn_id="txn-unsigned-1")
        mine = [e for e in timeline_events(await self.sync(self.alice["access_token"]),
                                           self.room_id) if e["event_id"] == event_id]
        theirs = [e for e in timeline_events(await self.sync(self.bob["access_token"]),
                                             self.room_id) if e["event_id"] == event_id]
        self.assertEqual(len(mine), 1)
        self.assertEqual(len(theirs), 1)
        self.assertEqual(mine[0].get("unsigned", {}).get("transaction_id"), "txn-unsigned-1")
        self.assertNotIn("transaction_id", theirs[0].get("unsigned", {}))

    async def test_transaction_id_not_shown_to_senders_other_device(self):
        other = await self.login(self.alice["localpart"])
        event_id = await self.send_text(self.alice["access_token"], self.room_id, "dev",
                                        txn_id="txn-unsigned-2")
        resp = await self.sync(other["access_token"])
        ev = [e for e in timeline_events(resp, self.room_id) if e["event_id"] == event_id]
        self.assertEqual(len(ev), 1)
        self.assertNotIn("transaction_id", ev[0].get("unsigned", {}))


class RedactionTest(HomeserverTestCase):
    async def asyncSetUp(self):
        await super().asyncSetUp()
        (self.alice, self.bob), self.room_id = await self.room_with_members(2)
        self.token = self.alice["access_token"]

    async def redact(self, event_id, reason="test"):
        data = await self.ok("PUT",
                             f"/rooms/{q(self.room_id)}/redact/{q(event_id)}/{unique_localpart('r')}",
                             token=self.token, json_body={"reason": reason})
        return data["event_id"]

    async def get_event(self, event_id):
        return await self.ok("GET", f"/rooms/{q(self.room_id)}/event/{q(event_id)}",
                             token=self.token)

    async def test_redacted_message_has_empty_content(self):
        event_id = await self.send_event(self.token, self.room_id,
                                         {"msgtype": "m.text", "body": "oops",
                                          "format": "org.matrix.custom.html",
                                          "formatted_body": "<b>oops</b>"})
        await self.redact(event_id)
        ev = await self.get_event(event_id)
        self.assertEqual(ev["content"], {})
        for key in ("event_id", "type", "room_id", "sender", "origin_server_ts"):
            self.assertIn(key, ev)
        self.assertEqual(ev["type"], "m.room.message")

    async def test_redacted_event_has_redacted_because(self):
        event_id = await self.send_text(self.token, self.room_id, "to be redacted")
        redaction_id = await self.redact(event_id, reason="spam")
        ev = await self.get_event(event_id)
        because = ev.get("unsigned", {}).get("redacted_because")
        self.assertIsNotNone(because, ev)
        self.assertEqual(because["type"], "m.room.redaction")
        self.assertEqual(because["event_id"], redaction_id)
        self.assertEqual(because.get("content", {}).get("reason"), "spam")
        redacts = because.get("redacts") or because.get("content", {}).get("redacts")
        self.assertEqual(redacts, event_id)

    async def test_redacted_message_is_redacted_in_messages(self):
        event_id = await self.send_text(self.token, self.room_id, "gone soon")
        await self.redact(event_id)
        events = await self.all_messages(self.token, self.room_id)
        ev = [e for e in events if e["event_id"] == event_id][0]
        self.assertEqual(ev["content"], {})
        self.assertIn("redacted_because", ev.get("unsigned", {}))

    async def test_redaction_event_reaches_other_member_sync(self):
        event_id = await self.send_text(self.token, self.room_id, "gone for bob")
        since = (await self.sync(self.bob["access_token"]))["next_batch"]
        redaction_id = await self.redact(event_id)
        resp = await self.sync(self.bob["access_token"], since=since)
        evs = [e for e in timeline_events(resp, self.room_id) if e["event_id"] == redaction_id]
        self.assertEqual(len(evs), 1)
        redacts = evs[0].get("redacts") or evs[0].get("content", {}).get("redacts")
        self.assertEqual(redacts, event_id)

    async def test_redacted_member_event_keeps_only_membership(self):
        data = await self.ok("PUT",
                             f"/rooms/{q(self.room_id)}/state/m.room.member/{q(self.bob['user_id'])}",
                             token=self.bob["access_token"],
                             json_body={"membership": "join", "displayname": "Bobby"})
        await self.redact(data["event_id"])
        ev = await self.get_event(data["event_id"])
        self.assertEqual(ev["content"], {"membership": "join"})
        self.assertEqual(ev["state_key"], self.bob["user_id"])

    async def test_member_cannot_redact_others_events(self):
        event_id = await self.send_text(self.token, self.room_id, "alice's")
        resp = await self.api("PUT", f"/rooms/{q(self.room_id)}/redact/{q(event_id)}/nope1",
                              token=self.bob["access_token"], json_body={})
        self.assertStatus(resp, 403, "M_FORBIDDEN")

    async def test_member_can_redact_own_event(self):
        event_id = await self.send_text(self.bob["access_token"], self.room_id, "bob's")
        data = await self.ok("PUT", f"/rooms/{q(self.room_id)}/redact/{q(event_id)}/own1",
                             token=self.bob["access_token"], json_body={})
        self.assertTrue(data["event_id"].startswith("$"))
        ev = await self.get_event(event_id)
        self.assertEqual(ev["content"], {})

    async def test_redacted_power_levels_keep_protected_keys(self):
        state = await self.ok("GET", f"/rooms/{q(self.room_id)}/state/m.room.power_levels/",
                              token=self.token)
        state["org.atrium.extra"] = "drop me"
        data = await self.ok("PUT", f"/rooms/{q(self.room_id)}/state/m.room.power_levels/",
                             token=self.token, json_body=state)
        await self.redact(data["event_id"])
        ev = await self.get_event(data["event_id"])
        self.assertNotIn("org.atrium.extra", ev["content"])
        self.assertEqual(ev["content"].get("users"), state.get("users"))


if __name__ == "__main__":
    unittest.main()
