"""--seed demo and --seed large:R,E,M."""

import unittest

from homeserver_fixture import HomeserverTestCase, joined_room, q

DEMO_ROOMS = ("general", "engineering", "design", "random")


def state_of(sync_resp, room_id):
    room = joined_room(sync_resp, room_id)
    return room.get("state", {}).get("events", []) + room.get("timeline", {}).get("events", [])


class DemoSeedTest(HomeserverTestCase):
    server_args = ("--seed", "demo")

    async def asyncSetUp(self):
        await super().asyncSetUp()
        login = await self.login("demo", password="demo")
        self.token = login["access_token"]
        self.user_id = login["user_id"]
        self.server_name = self.user_id.split(":", 1)[1]
        self.initial = await self.sync(self.token)

    async def resolve(self, name):
        data = await self.ok("GET", f"/directory/room/{q('#' + name + ':' + self.server_name)}")
        return data["room_id"]

    def space_ids(self):
        spaces = []
        for room_id in self.initial.get("rooms", {}).get("join", {}):
            for ev in state_of(self.initial, room_id):
                if ev["type"] == "m.room.create" and ev["content"].get("type") == "m.space":
                    spaces.append(room_id)
        return spaces

    async def test_demo_user_is_in_a_space(self):
        self.assertTrue(self.space_ids(), "no joined room with m.room.create type m.space")

    async def test_demo_aliases_resolve_to_joined_rooms(self):
        joined = self.initial.get("rooms", {}).get("join", {})
        for name in DEMO_ROOMS:
            with self.subTest(name):
                room_id = await self.resolve(name)
                self.assertIn(room_id, joined)

    async def test_demo_space_lists_the_demo_rooms_as_children(self):
        spaces = self.space_ids()
        self.assertTrue(spaces)
        children = set()
        for space in spaces:
            children |= {ev["state_key"] for ev in state_of(self.initial, space)
                         if ev["type"] == "m.space.child" and ev.get("content")}
        for name in DEMO_ROOMS:
            with self.subTest(name):
                self.assertIn(await self.resolve(name), children)

    async def test_demo_rooms_have_messages(self):
        room_id = await self.resolve("general")
        page = await self.messages(self.token, room_id, limit=20)
        self.assertTrue([e for e in page["chunk"] if e["type"] == "m.room.message"])

    async def test_demo_user_has_direct_messages(self):
        direct = [e for e in self.initial.get("account_data", {}).get("events", [])
                  if e["type"] == "m.direct"]
        self.assertEqual(len(direct), 1, "no m.direct account data")
        dm_rooms = [r for rooms in direct[0]["content"].values() for r in rooms]
        self.assertTrue(dm_rooms)
        rooms = self.initial.get("rooms", {})
        known = set(rooms.get("join", {})) | set(rooms.get("invite", {}))
        for room_id in dm_rooms:
            self.assertIn(room_id, known)


class LargeSeedTest(HomeserverTestCase):
    server_args = ("--seed", "large:20,10,50")

    async def bench_login(self):
        accounts = self.server.seeded_accounts(wait_for="bench")
        password = next((p for u, p in accounts.items()
                         if u == "bench" or u.startswith("@bench:")), "bench")
        return await self.login("bench", password=password)

    async def test_bench_user_has_20_joined_rooms(self):
        login = await self.bench_login()
        data = await self.ok("GET", "/joined_rooms", token=login["access_token"])
        self.assertEqual(len(data["joined_rooms"]), 20)

    async def test_bench_initial_sync_lists_20_rooms(self):
        login = await self.bench_login()
        resp = await self.sync(login["access_token"],
                               filter={"room": {"timeline": {"limit": 5}}})
        self.assertEqual(len(resp.get("rooms", {}).get("join", {})), 20)

if __name__ == "__main__":
    unittest.main()
