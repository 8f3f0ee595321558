"""What a client's room settings, member list and invite dialog rely on:
the user directory, per-room notification levels kept in push rules (as
Element keeps them), and direct chats (is_direct, m.direct)."""

import unittest

from homeserver_fixture import HomeserverTestCase, joined_room, q


def counts(sync_resp, room_id):
    return joined_room(sync_resp, room_id).get("unread_notifications", {})


def push_rules_in(sync_resp):
    for event in sync_resp.get("account_data", {}).get("events", []):
        if event.get("type") == "m.push_rules":
            return event["content"]
    return None


class UserDirectoryTest(HomeserverTestCase):
    async def test_search_matches_display_name_and_user_id(self):
        searcher = await self.register_user("dirsearch")
        target = await self.register_user("dirtarget")
        await self.ok("PUT", f"/profile/{q(target['user_id'])}/displayname",
                      token=target["access_token"], json_body={"displayname": "Zebulon Quist"})
        token = searcher["access_token"]
        by_name = await self.ok("POST", "/user_directory/search", token=token,
                                json_body={"search_term": "zebulon q", "limit": 5})
        self.assertEqual([r["user_id"] for r in by_name["results"]], [target["user_id"]])
        self.assertEqual(by_name["results"][0]["display_name"], "Zebulon Quist")
        by_id = await self.ok("POST", "/user_directory/search", token=token,
                              json_body={"search_term": target["localpart"], "limit": 5})
        self.assertIn(target["user_id"], [r["user_id"] for r in by_id["results"]])

    async def test_limit_cuts_and_says_so(self):
        searcher = await self.register_user("dirlimit")
        for _ in range(3):
            await self.register_user("dirlimitpeer")
        resp = await self.ok("POST", "/user_directory/search", token=searcher["access_token"],
                             json_body={"search_term": "dirlimitpeer", "limit": 2})
        self.assertEqual(len(resp["results"]), 2)
        self.assertTrue(resp["limited"])

    async def test_search_needs_a_term(self):
        searcher = await self.register_user("dirnoterm")
        resp = await self.api("POST", "/user_directory/search", token=searcher["access_token"],
                              json_body={"limit": 2})
        self.assertStatus(resp, 400)


class RoomNotificationLevelTest(HomeserverTestCase):
    async def test_override_without_actions_mutes_the_room(self):
        (alice, bob), room_id = await self.room_with_members(2)
        token = bob["access_token"]
        await self.ok("PUT", f"/pushrules/global/override/{q(room_id)}", token=token, json_body={
            "actions": [],
            "conditions": [{"kind": "event_match", "key": "room_id", "pattern": room_id}]})
        await self.send_text(alice["access_token"], room_id, "hello")
        await self.send_text(alice["access_token"], room_id, f"{bob['user_id']} look")
        resp = await self.sync(token)
        self.assertEqual(counts(resp, room_id).get("notification_count"), 0)
        rules = push_rules_in(resp)
        self.assertIsNotNone(rules, "the changed rules come in account data")
        self.assertIn(room_id, [r["rule_id"] for r in rules["global"]["override"]])

    async def test_silent_room_rule_leaves_only_mentions(self):
        (alice, bob), room_id = await self.room_with_members(2)
        token = bob["access_token"]
        await self.ok("PUT", f"/pushrules/global/room/{q(room_id)}", token=token,
                      json_body={"actions": []})
        await self.send_text(alice["access_token"], room_id, "hello")
        await self.send_event(alice["access_token"], room_id, {
            "msgtype": "m.text", "body": "bob: look",
            "m.mentions": {"user_ids": [bob["user_id"]]}})
        resp = await self.sync(token)
        self.assertEqual(counts(resp, room_id).get("notification_count"), 1)
        self.assertEqual(counts(resp, room_id).get("highlight_count"), 1)

    async def test_deleting_a_missing_rule_is_not_found(self):
        user = await self.register_user("nopush")
        resp = await self.api("DELETE", "/pushrules/global/override/%21nowhere%3Ax",
                              token=user["access_token"])
        self.assertStatus(resp, 404, "M_NOT_FOUND")


class DirectChatTest(HomeserverTestCase):
    async def test_is_direct_invite_and_m_direct(self):
        alice = await self.register_user("dma")
        bob = await self.register_user("dmb")
        room_id = await self.create_room(alice["access_token"], preset="trusted_private_chat",
                                         is_direct=True, invite=[bob["user_id"]])
        member = await self.ok("GET", f"/rooms/{q(room_id)}/state/m.room.member/"
                                      f"{q(bob['user_id'])}", token=alice["access_token"])
        self.assertEqual(member["membership"], "invite")
        self.assertTrue(member["is_direct"])
        await self.ok("PUT", f"/user/{q(alice['user_id'])}/account_data/m.direct",
                      token=alice["access_token"], json_body={bob["user_id"]: [room_id]})
        resp = await self.sync(alice["access_token"])
        direct = [e for e in resp["account_data"]["events"] if e["type"] == "m.direct"]
        self.assertEqual(direct[0]["content"], {bob["user_id"]: [room_id]})


if __name__ == "__main__":
    unittest.main()
