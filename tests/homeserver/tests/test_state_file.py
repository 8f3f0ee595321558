"""--state FILE: the server's state survives a SIGTERM restart."""

import os
import unittest

from homeserver_fixture import (
    HomeserverProcess,
    HomeserverTestCase,
    MEDIA_V3,
    make_tempdir,
    q,
)


class StateFileTest(HomeserverTestCase):
    start_server = False

    def setUp(self):
        super().setUp()
        self.state_file = os.path.join(make_tempdir(self), "state.json")
        self.server = None

    def start(self):
        server = HomeserverProcess(("--state", self.state_file)).start()
        self.addCleanup(server.stop)
        self.base_url = server.base_url
        self.server = server
        return server

    def restart(self):
        code = self.server.stop()
        self.assertEqual(code, 0, "server did not exit cleanly on SIGTERM:\n"
                         + self.server.stderr_tail())
        return self.start()

    async def test_state_file_is_written(self):
        self.start()
        await self.register_user("written")
        self.restart()
        self.assertTrue(os.path.exists(self.state_file))

    async def test_old_access_token_still_valid_after_restart(self):
        self.start()
        user = await self.register_user("persist")
        self.restart()
        whoami = await self.ok("GET", "/account/whoami", token=user["access_token"])
        self.assertEqual(whoami["user_id"], user["user_id"])

    async def test_password_login_works_after_restart(self):
        self.start()
        user = await self.register_user("persistpw")
        self.restart()
        data = await self.login(user["localpart"], password=user["password"])
        self.assertEqual(data["user_id"], user["user_id"])

    async def test_room_events_survive_restart(self):
        self.start()
        user = await self.register_user("persistroom")
        token = user["access_token"]
        room_id = await self.create_room(token, name="Durable")
        sent = [await self.send_text(token, room_id, f"durable {i}") for i in range(3)]
        self.restart()
        events = await self.all_messages(token, room_id)
        ids = [e["event_id"] for e in events]
        for event_id in sent:
            self.assertIn(event_id, ids)
        self.assertEqual(events[-1]["type"], "m.room.create")
        name = await self.ok("GET", f"/rooms/{q(room_id)}/state/m.room.name/", token=token)
        self.assertEqual(name["name"], "Durable")

    async def test_sync_token_from_before_restart_continues(self):
        self.start()
        user = await self.register_user("persistsync")
        token = user["access_token"]
        room_id = await self.create_room(token)
        since = (await self.sync(token))["next_batch"]
        self.restart()
        new_id = await self.send_text(token, room_id, "after restart")
        resp = await self.sync(token, since=since)
        ids = [e["event_id"] for e in
               resp.get("rooms", {}).get("join", {}).get(room_id, {})
               .get("timeline", {}).get("events", [])]
        self.assertEqual(ids, [new_id])

    async def test_media_survives_restart(self):
        self.start()
        user = await self.register_user("persistmedia")
        data = bytes(range(256)) * 8
        resp = await self.request("POST", f"{MEDIA_V3}/upload", token=user["access_token"],
                                  data=data, headers={"Content-Type": "image/png"})
        self.assertStatus(resp, 200)
        server_name, media_id = resp.json["content_uri"][len("mxc://"):].split("/", 1)
        self.restart()
        got = await self.request("GET", f"{MEDIA_V3}/download/{q(server_name)}/{q(media_id)}",
                                 token=user["access_token"])
        self.assertStatus(got, 200)
        self.assertEqual(got.body, data)


if __name__ == "__main__":
    unittest.main()
