"""End-to-end encryption with a real client library (matrix-nio + libolm).

matrix-nio 0.20 talks to /_matrix/client/r0 and /_matrix/media/r0, so these
tests also cover the server's legacy path aliases.
"""

import os
import time
import unittest

from nio import (
    AsyncClient,
    AsyncClientConfig,
    DownloadResponse,
    JoinResponse,
    LoginResponse,
    MegolmEvent,
    RoomCreateResponse,
    RoomSendResponse,
    SyncResponse,
    UploadResponse,
)
from nio.crypto.attachments import decrypt_attachment

from homeserver_fixture import HomeserverTestCase, make_tempdir, q

ENCRYPTION_STATE = {
    "type": "m.room.encryption",
    "state_key": "",
    "content": {"algorithm": "m.megolm.v1.aes-sha2"},
}


class NioE2EETest(HomeserverTestCase):
    async def asyncSetUp(self):
        await super().asyncSetUp()
        self.store_root = make_tempdir(self)
        alice_acc = await self.register_user("ealice")
        bob_acc = await self.register_user("ebob")
        self.alice = await self.nio_client(alice_acc, "alice")
        self.bob = await self.nio_client(bob_acc, "bob")

        created = await self.alice.room_create(
            name="Secret", invite=[bob_acc["user_id"]], initial_state=[ENCRYPTION_STATE])
        self.assertIsInstance(created, RoomCreateResponse, created)
        self.room_id = created.room_id

        await self.nio_sync(self.alice)
        await self.nio_sync(self.bob)
        joined = await self.bob.join(self.room_id)
        self.assertIsInstance(joined, JoinResponse, joined)
        await self.nio_sync(self.bob)
        await self.nio_sync(self.alice)
        self.assertTrue(self.alice.rooms[self.room_id].encrypted)
        self.assertTrue(self.bob.rooms[self.room_id].encrypted)

    async def nio_client(self, account, name):
        path = os.path.join(self.store_root, name)
        os.makedirs(path)
        config = AsyncClientConfig(
            encryption_enabled=True,
            store_sync_tokens=False,
            max_limit_exceeded=0,
            max_timeouts=2,
            request_timeout=20,
        )
        client = AsyncClient(self.base_url, account["user_id"], store_path=path, config=config)
        self.addAsyncCleanup(client.close)
        resp = await client.login(password=account["password"], device_name=f"nio-{name}")
        self.assertIsInstance(resp, LoginResponse, resp)
        if client.should_upload_keys:
            up = await client.keys_upload()
            self.assertFalse(hasattr(up, "status_code") and up.status_code, up)
        return client

    async def nio_sync(self, client, timeout_ms=0):
        resp = await client.sync(timeout=timeout_ms or None)
        self.assertIsInstance(resp, SyncResponse, resp)
        return resp

    async def nio_wait_for_event(self, client, predicate, deadline_s=10.0):
        """Sync until a (decrypted) timeline event in the room matches."""
        end = time.monotonic() + deadline_s
        pending = []
        while time.monotonic() < end:
            resp = await self.nio_sync(client, timeout_ms=1000)
            room = resp.rooms.join.get(self.room_id)
            candidates = list(room.timeline.events) if room else []
            # Events that arrived before their room key: retry decryption.
            still_pending = []
            for ev in pending:
                try:
                    candidates.append(client.decrypt_event(ev))
                except Exception:  # key not there yet
                    still_pending.append(ev)
            pending = still_pending
            for ev in candidates:
                if isinstance(ev, MegolmEvent):
                    pending.append(ev)
                elif predicate(ev):
                    return ev
        self.fail("expected event was not received/decrypted in time")

    async def send_encrypted(self, client, content):
        resp = await client.room_send(self.room_id, "m.room.message", content,
                                      ignore_unverified_devices=True)
        self.assertIsInstance(resp, RoomSendResponse, resp)
        return resp.event_id

    @staticmethod
    def body_is(text):
        return lambda ev: getattr(ev, "source", {}).get("content", {}).get("body") == text

    async def test_messages_are_stored_as_megolm_ciphertext(self):
        event_id = await self.send_encrypted(self.alice, {"msgtype": "m.text", "body": "hush"})
        token = self.alice.access_token
        ev = await self.ok("GET", f"/rooms/{q(self.room_id)}/event/{q(event_id)}", token=token)
        self.assertEqual(ev["type"], "m.room.encrypted")
        self.assertEqual(ev["content"]["algorithm"], "m.megolm.v1.aes-sha2")
        self.assertNotIn("hush", str(ev["content"]))

    async def test_alice_megolm_message_decrypts_for_bob(self):
        await self.send_encrypted(self.alice, {"msgtype": "m.text", "body": "hello bob"})
        ev = await self.nio_wait_for_event(self.bob, self.body_is("hello bob"))
        self.assertEqual(ev.sender, self.alice.user_id)

    async def test_bob_megolm_reply_decrypts_for_alice(self):
        await self.send_encrypted(self.alice, {"msgtype": "m.text", "body": "ping"})
        await self.nio_wait_for_event(self.bob, self.body_is("ping"))
        await self.send_encrypted(self.bob, {"msgtype": "m.text", "body": "pong"})
        ev = await self.nio_wait_for_event(self.alice, self.body_is("pong"))
        self.assertEqual(ev.sender, self.bob.user_id)

    async def test_sender_decrypts_own_message_from_sync(self):
        await self.send_encrypted(self.alice, {"msgtype": "m.text", "body": "note to self"})
        ev = await self.nio_wait_for_event(self.alice, self.body_is("note to self"))
        self.assertEqual(ev.sender, self.alice.user_id)

    async def test_encrypted_attachment_round_trips(self):
        data = bytes((i * 7 + 3) % 256 for i in range(70_000))
        uploaded, file_keys = await self.alice.upload(
            lambda *_: data, content_type="application/octet-stream",
            filename="blob.bin", encrypt=True, filesize=len(data))
        self.assertIsInstance(uploaded, UploadResponse, uploaded)
        self.assertTrue(uploaded.content_uri.startswith("mxc://"))

        file_info = dict(file_keys, url=uploaded.content_uri)
        await self.send_encrypted(self.alice, {
            "msgtype": "m.file", "body": "blob.bin", "file": file_info,
            "info": {"size": len(data), "mimetype": "application/octet-stream"}})
        ev = await self.nio_wait_for_event(self.bob, self.body_is("blob.bin"))
        received = ev.source["content"]["file"]

        downloaded = await self.bob.download(received["url"])
        self.assertIsInstance(downloaded, DownloadResponse, downloaded)
        self.assertNotEqual(downloaded.body, data, "server stored plaintext")
        plain = decrypt_attachment(downloaded.body, received["key"]["k"],
                                   received["hashes"]["sha256"], received["iv"])
        self.assertEqual(plain, data)


if __name__ == "__main__":
    unittest.main()
