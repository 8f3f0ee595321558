"""End-to-end encryption key endpoints (raw HTTP): upload, query, claim."""

import base64
import unittest

from homeserver_fixture import HomeserverTestCase

ALG = "signed_curve25519"


def fake_key(n):
    return base64.b64encode(bytes([n % 256]) * 32).decode().rstrip("=")


def otk(n, fallback=False):
    obj = {"key": fake_key(n), "signatures": {}}
    if fallback:
        obj["fallback"] = True
    return obj


class OneTimeKeyTest(HomeserverTestCase):
    async def asyncSetUp(self):
        await super().asyncSetUp()
        self.alice = await self.register_user("claimer")
        self.bob = await self.register_user("keyowner")

    async def upload(self, body):
        return await self.ok("POST", "/keys/upload", token=self.bob["access_token"],
                             json_body=body)

    async def count(self):
        data = await self.upload({})
        return data.get("one_time_key_counts", {}).get(ALG, 0)

    async def claim(self):
        data = await self.ok("POST", "/keys/claim", token=self.alice["access_token"],
                             json_body={"one_time_keys": {
                                 self.bob["user_id"]: {self.bob["device_id"]: ALG}}})
        return data.get("one_time_keys", {}).get(self.bob["user_id"], {}).get(
            self.bob["device_id"], {})

    async def test_upload_reports_one_time_key_count(self):
        data = await self.upload({"one_time_keys": {f"{ALG}:AAAA{i}": otk(i) for i in range(3)}})
        self.assertEqual(data["one_time_key_counts"].get(ALG), 3)

    async def test_claim_returns_one_key_and_consumes_it(self):
        keys = {f"{ALG}:AAAA{i}": otk(i) for i in range(3)}
        await self.upload({"one_time_keys": keys})
        claimed = await self.claim()
        self.assertEqual(len(claimed), 1)
        key_id, key = next(iter(claimed.items()))
        self.assertIn(key_id, keys)
        self.assertEqual(key["key"], keys[key_id]["key"])
        self.assertEqual(await self.count(), 2)

    async def test_claims_never_return_the_same_key_twice(self):
        keys = {f"{ALG}:AAAA{i}": otk(i) for i in range(3)}
        await self.upload({"one_time_keys": keys})
        claimed_ids = []
        for _ in range(3):
            claimed_ids.extend((await self.claim()).keys())
        self.assertEqual(sorted(claimed_ids), sorted(keys))
        self.assertEqual(await self.count(), 0)

    async def test_claim_with_no_keys_left_returns_nothing(self):
        await self.upload({"one_time_keys": {f"{ALG}:AAAA1": otk(1)}})
        await self.claim()
        self.assertEqual(await self.claim(), {})

    async def test_claim_falls_back_to_fallback_key_when_exhausted(self):
        await self.upload({
            "one_time_keys": {f"{ALG}:AAAA1": otk(1)},
            "fallback_keys": {f"{ALG}:FFFF1": otk(99, fallback=True)},
        })
        first = await self.claim()
        self.assertEqual(list(first), [f"{ALG}:AAAA1"])
        second = await self.claim()
        self.assertEqual(list(second), [f"{ALG}:FFFF1"])
        self.assertIs(second[f"{ALG}:FFFF1"].get("fallback"), True)
        # The fallback key is not consumed: it is handed out again.
        third = await self.claim()
        self.assertEqual(list(third), [f"{ALG}:FFFF1"])

    async def test_sync_reports_one_time_key_count(self):
        await self.upload({"one_time_keys": {f"{ALG}:AAAA{i}": otk(i) for i in range(4)}})
        await self.claim()
        resp = await self.sync(self.bob["access_token"])
        self.assertEqual(resp.get("device_one_time_keys_count", {}).get(ALG), 3)

    async def test_sync_reports_unused_fallback_key_types(self):
        await self.upload({"fallback_keys": {f"{ALG}:FFFF1": otk(7, fallback=True)}})
        resp = await self.sync(self.bob["access_token"])
        self.assertIn(ALG, resp.get("device_unused_fallback_key_types", []))

    async def test_used_fallback_key_is_not_reported_unused(self):
        await self.upload({"fallback_keys": {f"{ALG}:FFFF1": otk(7, fallback=True)}})
        self.assertEqual(list(await self.claim()), [f"{ALG}:FFFF1"])
        resp = await self.sync(self.bob["access_token"])
        self.assertNotIn(ALG, resp.get("device_unused_fallback_key_types", []))


class DeviceKeysTest(HomeserverTestCase):
    async def test_uploaded_device_keys_are_returned_by_query(self):
        bob = await self.register_user("dk")
        alice = await self.register_user("dkq")
        device_keys = {
            "user_id": bob["user_id"],
            "device_id": bob["device_id"],
            "algorithms": ["m.olm.v1.curve25519-aes-sha2", "m.megolm.v1.aes-sha2"],
            "keys": {f"curve25519:{bob['device_id']}": fake_key(1),
                     f"ed25519:{bob['device_id']}": fake_key(2)},
            "signatures": {bob["user_id"]: {f"ed25519:{bob['device_id']}": "sig"}},
        }
        await self.ok("POST", "/keys/upload", token=bob["access_token"],
                      json_body={"device_keys": device_keys})
        data = await self.ok("POST", "/keys/query", token=alice["access_token"],
                             json_body={"device_keys": {bob["user_id"]: []}})
        got = data["device_keys"][bob["user_id"]][bob["device_id"]]
        self.assertEqual(got["keys"], device_keys["keys"])
        self.assertEqual(got["algorithms"], device_keys["algorithms"])

    async def test_device_list_change_reported_to_room_members(self):
        (alice, bob), room_id = await self.room_with_members(2)
        since = (await self.sync(alice["access_token"]))["next_batch"]
        await self.ok("POST", "/keys/upload", token=bob["access_token"], json_body={
            "device_keys": {
                "user_id": bob["user_id"], "device_id": bob["device_id"],
                "algorithms": ["m.megolm.v1.aes-sha2"],
                "keys": {f"ed25519:{bob['device_id']}": fake_key(3)},
                "signatures": {}}})

        def changed(resp):
            return bob["user_id"] in resp.get("device_lists", {}).get("changed", [])

        ok, _ = await self.sync_until(alice["access_token"], since, changed)
        self.assertTrue(ok)


if __name__ == "__main__":
    unittest.main()
