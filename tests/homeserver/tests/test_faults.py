"""The test-only admin API: fault injection, restart, room event listing.

Contract:
  POST /_atrium_test/faults  {"delay_ms", "error_rate", "error_status",
        "rate_limit_rate", "retry_after_ms", "drop_rate", "drop_after_rate",
        "body_rate", "path_regex"}
        (all optional; {} clears)
  POST /_atrium_test/restart  aborts pending long-polls
  GET  /_atrium_test/rooms/{roomId}/events  the room's events, in order
"""

import asyncio
import time
import unittest

import aiohttp

from homeserver_fixture import ADMIN, MEDIA_V3, HomeserverTestCase, q


class FaultsTestCase(HomeserverTestCase):
    async def asyncSetUp(self):
        await super().asyncSetUp()
        self.addAsyncCleanup(self.clear_faults)

    async def set_faults(self, **faults):
        resp = await self.request("POST", f"{ADMIN}/faults", json_body=faults)
        self.assertEqual(resp.status, 200, resp)

    async def clear_faults(self):
        resp = await self.request("POST", f"{ADMIN}/faults", json_body={})
        self.assertEqual(resp.status, 200, resp)

    async def room_events(self, room_id):
        resp = await self.request("GET", f"{ADMIN}/rooms/{q(room_id)}/events")
        self.assertEqual(resp.status, 200, resp)
        data = resp.json
        if isinstance(data, dict):
            data = data.get("events", data.get("chunk"))
        self.assertIsInstance(data, list, resp)
        return data


class ErrorInjectionTest(FaultsTestCase):
    async def test_error_rate_one_fails_requests_with_given_status(self):
        await self.set_faults(error_rate=1.0, error_status=503)
        resp = await self.request("GET", "/_matrix/client/versions")
        self.assertStatus(resp, 503, "M_UNKNOWN")

    async def test_error_rate_applies_to_authenticated_endpoints(self):
        user = await self.register_user("faulty")
        await self.set_faults(error_rate=1.0, error_status=502)
        resp = await self.api("GET", "/account/whoami", token=user["access_token"])
        self.assertStatus(resp, 502, "M_UNKNOWN")

    async def test_admin_api_is_not_affected_by_faults(self):
        await self.set_faults(error_rate=1.0, error_status=500)
        resp = await self.request("POST", f"{ADMIN}/faults", json_body={})
        self.assertStatus(resp, 200)

    async def test_empty_object_clears_faults(self):
        await self.set_faults(error_rate=1.0, error_status=503)
        await self.clear_faults()
        resp = await self.request("GET", "/_matrix/client/versions")
        self.assertStatus(resp, 200)

    async def test_error_rate_zero_leaves_requests_alone(self):
        await self.set_faults(error_rate=0.0, error_status=503)
        for _ in range(5):
            resp = await self.request("GET", "/_matrix/client/versions")
            self.assertStatus(resp, 200)

    async def test_path_regex_limits_faults_to_matching_paths(self):
        user = await self.register_user("regex")
        await self.set_faults(error_rate=1.0, error_status=503, path_regex="/sync")
        ok = await self.request("GET", "/_matrix/client/versions")
        self.assertStatus(ok, 200)
        failed = await self.api("GET", "/sync", token=user["access_token"],
                                params={"timeout": "0"})
        self.assertStatus(failed, 503, "M_UNKNOWN")

    async def test_rate_limit_returns_429_with_retry_after_ms(self):
        await self.set_faults(rate_limit_rate=1.0, retry_after_ms=1234)
        resp = await self.request("GET", "/_matrix/client/versions")
        self.assertStatus(resp, 429, "M_LIMIT_EXCEEDED")
        self.assertEqual(resp.json.get("retry_after_ms"), 1234)

    async def test_failed_send_is_not_applied(self):
        user = await self.register_user("failsend")
        token = user["access_token"]
        room_id = await self.create_room(token)
        await self.set_faults(error_rate=1.0, error_status=503, path_regex="/send/")
        resp = await self.api("PUT", f"/rooms/{q(room_id)}/send/m.room.message/failtxn",
                              token=token, json_body={"msgtype": "m.text", "body": "lost"})
        self.assertStatus(resp, 503, "M_UNKNOWN")
        await self.clear_faults()
        bodies = [e.get("content", {}).get("body") for e in await self.room_events(room_id)]
        self.assertNotIn("lost", bodies)
        messages = await self.all_messages(token, room_id)
        self.assertNotIn("lost", [e["content"].get("body") for e in messages])

    async def test_rate_limited_send_is_not_applied(self):
        user = await self.register_user("limitsend")
        token = user["access_token"]
        room_id = await self.create_room(token)
        await self.set_faults(rate_limit_rate=1.0, retry_after_ms=10, path_regex="/send/")
        resp = await self.api("PUT", f"/rooms/{q(room_id)}/send/m.room.message/rltxn",
                              token=token, json_body={"msgtype": "m.text", "body": "limited"})
        self.assertStatus(resp, 429, "M_LIMIT_EXCEEDED")
        await self.clear_faults()
        bodies = [e.get("content", {}).get("body") for e in await self.room_events(room_id)]
        self.assertNotIn("limited", bodies)

    async def test_retry_after_failed_send_with_same_txn_applies_once(self):
        user = await self.register_user("retrysend")
        token = user["access_token"]
        room_id = await self.create_room(token)
        path = f"/rooms/{q(room_id)}/send/m.room.message/retrytxn"
        content = {"msgtype": "m.text", "body": "eventually"}
        await self.set_faults(error_rate=1.0, error_status=503, path_regex="/send/")
        failed = await self.api("PUT", path, token=token, json_body=content)
        self.assertStatus(failed, 503)
        await self.clear_faults()
        first = await self.ok("PUT", path, token=token, json_body=content)
        second = await self.ok("PUT", path, token=token, json_body=content)
        self.assertEqual(first["event_id"], second["event_id"])
        bodies = [e.get("content", {}).get("body") for e in await self.room_events(room_id)]
        self.assertEqual(bodies.count("eventually"), 1)


class BodyRateTest(FaultsTestCase):
    async def test_body_rate_sends_media_slowly_and_whole(self):
        user = await self.register_user("slowmedia")
        data = bytes(range(256)) * 1024  # 256 KiB: four pieces
        resp = await self.request("POST", f"{MEDIA_V3}/upload", token=user["access_token"],
                                  data=data, headers={"Content-Type": "application/pdf"})
        self.assertStatus(resp, 200)
        server, media_id = resp.json["content_uri"][len("mxc://"):].split("/", 1)
        await self.set_faults(body_rate=512 * 1024, path_regex="/download/")
        started = time.monotonic()
        resp = await self.request("GET", f"{MEDIA_V3}/download/{q(server)}/{q(media_id)}",
                                  token=user["access_token"])
        self.assertStatus(resp, 200)
        self.assertEqual(resp.body, data)
        self.assertEqual(resp.headers.get("Content-Length"), str(len(data)))
        # A floor the pauses make certain: three of 1/8 s between the four pieces.
        self.assertGreaterEqual(time.monotonic() - started, 0.35)

    async def test_body_rate_must_not_be_negative(self):
        resp = await self.request("POST", f"{ADMIN}/faults", json_body={"body_rate": -1})
        self.assertStatus(resp, 400)


class DelayAndDropTest(FaultsTestCase):
    async def test_delay_ms_delays_responses(self):
        await self.set_faults(delay_ms=600)
        started = time.monotonic()
        resp = await self.request("GET", "/_matrix/client/versions")
        elapsed = time.monotonic() - started
        self.assertStatus(resp, 200)
        self.assertGreaterEqual(elapsed, 0.55)
        self.assertLess(elapsed, 5.0)

    async def test_delay_with_path_regex_only_delays_matching_paths(self):
        await self.set_faults(delay_ms=1500, path_regex="/sync")
        started = time.monotonic()
        resp = await self.request("GET", "/_matrix/client/versions")
        self.assertStatus(resp, 200)
        self.assertLess(time.monotonic() - started, 1.0)

    async def test_drop_rate_one_drops_the_connection(self):
        await self.set_faults(drop_rate=1.0)
        with self.assertRaises((aiohttp.ClientError, asyncio.TimeoutError)):
            await self.request("GET", "/_matrix/client/versions", timeout=5)


class RestartTest(FaultsTestCase):
    async def test_restart_aborts_pending_long_poll(self):
        user = await self.register_user("restart")
        token = user["access_token"]
        since = (await self.sync(token))["next_batch"]
        poll = asyncio.ensure_future(self.api(
            "GET", "/sync", token=token, params={"since": since, "timeout": "20000"},
            timeout=25))
        await asyncio.sleep(0.3)
        self.assertFalse(poll.done(), "long-poll returned before the restart")
        started = time.monotonic()
        resp = await self.request("POST", f"{ADMIN}/restart", json_body={})
        self.assertStatus(resp, 200)
        try:
            await asyncio.wait_for(asyncio.shield(poll), 3.0)
        except asyncio.TimeoutError:
            poll.cancel()
            self.fail("pending long-poll was not aborted by /_atrium_test/restart")
        except aiohttp.ClientError:
            pass  # connection closed: aborted
        self.assertLess(time.monotonic() - started, 3.0)

    async def test_since_token_still_valid_after_restart(self):
        user = await self.register_user("restartsync")
        token = user["access_token"]
        room_id = await self.create_room(token)
        since = (await self.sync(token))["next_batch"]
        resp = await self.request("POST", f"{ADMIN}/restart", json_body={})
        self.assertStatus(resp, 200)
        event_id = await self.send_text(token, room_id, "after restart")
        resp = await self.sync(token, since=since)
        ids = [e["event_id"] for e in
               resp["rooms"]["join"].get(room_id, {}).get("timeline", {}).get("events", [])]
        self.assertEqual(ids, [event_id])

    async def test_server_answers_after_restart(self):
        resp = await self.request("POST", f"{ADMIN}/restart", json_body={})
        self.assertStatus(resp, 200)
        versions = await self.request("GET", "/_matrix/client/versions")
        self.assertStatus(versions, 200)


class RoomEventsListingTest(FaultsTestCase):
    async def test_room_events_are_listed_in_order(self):
        user = await self.register_user("listing")
        token = user["access_token"]
        room_id = await self.create_room(token)
        sent = [await self.send_text(token, room_id, f"ordered {i}") for i in range(3)]
        events = await self.room_events(room_id)
        self.assertEqual(events[0]["type"], "m.room.create")
        ids = [e["event_id"] for e in events]
        self.assertEqual(ids[-3:], sent)
        self.assertEqual(len(ids), len(set(ids)))

    async def test_unknown_room_events_returns_404(self):
        resp = await self.request("GET", f"{ADMIN}/rooms/{q('!nope:localhost')}/events")
        self.assertEqual(resp.status, 404, resp)


if __name__ == "__main__":
    unittest.main()
