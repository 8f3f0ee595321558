"""Cross-signing key endpoints (raw HTTP): /keys/device_signing/upload with
its checks and user-interactive auth, /keys/signatures/upload and the keys
/keys/query hands out."""

import json
import unittest

import olm

from homeserver_fixture import DEFAULT_PASSWORD, HomeserverTestCase


def canonical(obj):
    payload = {k: v for k, v in obj.items() if k not in ("signatures", "unsigned")}
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


class Key:
    def __init__(self):
        self.signing = olm.PkSigning(olm.PkSigning.generate_seed())
        self.public = self.signing.public_key

    def json(self, user_id, usage):
        return {"user_id": user_id, "usage": [usage],
                "keys": {"ed25519:" + self.public: self.public}}

    def sign(self, obj, user_id):
        obj = dict(obj)
        sig = self.signing.sign(canonical(obj))
        obj.setdefault("signatures", {}).setdefault(user_id, {})["ed25519:" + self.public] = sig
        return obj


class CrossSigningTest(HomeserverTestCase):
    async def asyncSetUp(self):
        await super().asyncSetUp()
        self.alice = await self.register_user("xsign")
        self.uid = self.alice["user_id"]
        self.master, self.ssk, self.usk = Key(), Key(), Key()

    def body(self, master=None):
        master = master or self.master
        return {
            "master_key": master.json(self.uid, "master"),
            "self_signing_key": master.sign(self.ssk.json(self.uid, "self_signing"), self.uid),
            "user_signing_key": master.sign(self.usk.json(self.uid, "user_signing"), self.uid),
        }

    async def upload(self, body):
        return await self.api("POST", "/keys/device_signing/upload",
                              token=self.alice["access_token"], json_body=body)

    async def query(self):
        return await self.ok("POST", "/keys/query", token=self.alice["access_token"],
                             json_body={"device_keys": {self.uid: []}})

    async def test_first_upload_needs_no_auth_and_is_queryable(self):
        self.assertStatus(await self.upload(self.body()), 200)
        data = await self.query()
        self.assertEqual(data["master_keys"][self.uid]["keys"],
                         {"ed25519:" + self.master.public: self.master.public})
        self.assertIn(self.uid, data["self_signing_keys"])
        self.assertIn(self.uid, data["user_signing_keys"])

    async def test_replacing_keys_needs_the_password(self):
        self.assertStatus(await self.upload(self.body()), 200)
        other = Key()
        first = await self.upload(self.body(other))
        self.assertStatus(first, 401)
        session = first.json["session"]
        body = self.body(other)
        body["auth"] = {"type": "m.login.password", "session": session,
                        "identifier": {"type": "m.id.user", "user": self.uid},
                        "password": "wrong"}
        wrong = await self.upload(body)
        self.assertStatus(wrong, 401, "M_FORBIDDEN")
        body["auth"]["password"] = DEFAULT_PASSWORD
        self.assertStatus(await self.upload(body), 200)
        data = await self.query()
        self.assertEqual(list(data["master_keys"][self.uid]["keys"].values()), [other.public])

    async def test_self_signing_key_not_signed_by_master_refused(self):
        body = self.body()
        body["self_signing_key"] = Key().sign(self.ssk.json(self.uid, "self_signing"), self.uid)
        self.assertStatus(await self.upload(body), 400, "M_INVALID_SIGNATURE")
        tampered = self.body()
        tampered["user_signing_key"]["usage"] = ["user_signing", "master"]
        self.assertStatus(await self.upload(tampered), 400, "M_INVALID_SIGNATURE")
        self.assertEqual((await self.query())["master_keys"], {})

    async def test_self_signing_key_without_any_master_refused(self):
        body = self.body()
        del body["master_key"]
        self.assertStatus(await self.upload(body), 400, "M_MISSING_PARAM")

    async def test_malformed_keys_refused(self):
        for mutate in (lambda b: b["master_key"].update(usage=["self_signing"]),
                       lambda b: b["master_key"]["keys"].update({"ed25519:x": "x"}),
                       lambda b: b["master_key"].update(user_id="@eve:localhost")):
            body = self.body()
            mutate(body)
            self.assertStatus(await self.upload(body), 400, "M_BAD_JSON")

    async def upload_signatures(self, body):
        return await self.ok("POST", "/keys/signatures/upload", token=self.alice["access_token"],
                             json_body=body)

    async def test_signature_upload_lands_on_the_master_key(self):
        self.assertStatus(await self.upload(self.body()), 200)
        # Any key of the uploader's own may sign (here the user-signing key).
        signed = self.usk.sign(self.master.json(self.uid, "master"), self.uid)
        data = await self.upload_signatures({self.uid: {self.master.public: signed}})
        self.assertEqual(data["failures"], {})
        sigs = (await self.query())["master_keys"][self.uid]["signatures"]
        self.assertIn("ed25519:" + self.usk.public, sigs[self.uid])

    async def test_forged_and_foreign_signatures_refused(self):
        self.assertStatus(await self.upload(self.body()), 200)
        master = self.master.json(self.uid, "master")
        stranger = Key().sign(master, self.uid)  # not a key of the uploader's
        bad = self.usk.sign(master, self.uid)
        bad["signatures"][self.uid]["ed25519:" + self.usk.public] = \
            self.usk.signing.sign("something else")
        foreign = Key().sign(master, "@bob:localhost")  # only own signatures go up
        changed = self.usk.sign(self.master.json(self.uid, "self_signing"), self.uid)
        for signed in (stranger, bad, foreign, changed):
            data = await self.upload_signatures({self.uid: {self.master.public: signed}})
            failure = data["failures"][self.uid][self.master.public]
            self.assertEqual(failure["errcode"], "M_INVALID_SIGNATURE", failure)
        sigs = (await self.query())["master_keys"][self.uid].get("signatures", {})
        self.assertEqual(sigs, {})


if __name__ == "__main__":
    unittest.main()
