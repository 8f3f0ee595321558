#!/usr/bin/python3
"""Atrium's encryption against an independent implementation: matrix-nio
with libolm (Debian's python3-matrix-nio), through tests/homeserver.

    nio_interop.py PATH_TO_ATRIUM_CLI

Every atrium-cli command is a fresh process that restores its session from
disk, so each step also proves that Atrium's keys survive a restart."""
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
import unittest

from nio import (AsyncClient, AsyncClientConfig, DownloadResponse, JoinResponse, LoginResponse,
                 MegolmEvent, RegisterResponse, RoomSendResponse, SyncResponse, UploadResponse)
from nio.crypto.attachments import decrypt_attachment

HERE = os.path.dirname(os.path.abspath(__file__))
SERVER = os.path.join(HERE, "..", "homeserver", "run")
CLI = None
ENCRYPTION_STATE = {"type": "m.room.encryption", "state_key": "",
                    "content": {"algorithm": "m.megolm.v1.aes-sha2"}}


class NioInterop(unittest.IsolatedAsyncioTestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = subprocess.Popen([SERVER, "--host", "127.0.0.1", "--port", "0"],
                                      stdout=subprocess.PIPE, text=True)
        line = cls.server.stdout.readline().strip()
        assert line.startswith("listening "), line
        cls.url = line.split(" ", 1)[1]
        cls.tmp = tempfile.TemporaryDirectory()
        cls.counter = 0

    @classmethod
    def tearDownClass(cls):
        cls.server.terminate()
        cls.server.wait(10)
        cls.tmp.cleanup()

    async def asyncSetUp(self):
        asyncio.get_running_loop().set_debug(False)

    # --- Atrium, through atrium-cli -------------------------------------
    def atrium(self, data_dir, *args, password=None):
        env = dict(os.environ)
        if password:
            env["ATRIUM_PASSWORD"] = password
        cmd = [CLI, "--data-dir", os.path.join(self.tmp.name, data_dir), "--no-keychain"]
        started = time.monotonic()
        result = subprocess.run(cmd + list(args), env=env, capture_output=True, text=True,
                                timeout=120, stdin=subprocess.DEVNULL)
        if os.environ.get("ATRIUM_INTEROP_VERBOSE"):
            print(f"\n[{time.monotonic() - started:.1f}s] atrium-cli {args}\n{result.stderr}",
                  file=sys.stderr)
        self.assertEqual(result.returncode, 0, f"atrium-cli {args}: {result.stderr}")
        return result.stdout

    def atrium_login(self, data_dir, user, register=False):
        args = ["login", "--homeserver", self.url, "--user", user]
        self.atrium(data_dir, *(args + (["--register"] if register else [])), password="pw-" + user)

    def atrium_bodies(self, data_dir, room_id, count=20):
        lines = self.atrium(data_dir, "tail", room_id, "--count", str(count), "--json")
        return [json.loads(line)["body"] for line in lines.splitlines()]

    # --- matrix-nio ---------------------------------------------------------
    async def nio_client(self, user, register):
        path = os.path.join(self.tmp.name, "nio-" + user + str(time.monotonic_ns()))
        os.makedirs(path)
        config = AsyncClientConfig(encryption_enabled=True, store_sync_tokens=True)
        client = AsyncClient(self.url, "@%s:localhost" % user, store_path=path, config=config)
        self.addAsyncCleanup(client.close)
        if register:
            resp = await client.register(user, "pw-" + user, device_name="nio")
            self.assertIsInstance(resp, RegisterResponse, resp)
            await client.close()
            client = AsyncClient(self.url, "@%s:localhost" % user, store_path=path, config=config)
            self.addAsyncCleanup(client.close)
        resp = await client.login(password="pw-" + user, device_name="nio")
        self.assertIsInstance(resp, LoginResponse, resp)
        await client.keys_upload()
        return client

    async def nio_sync(self, client):
        resp = await client.sync(timeout=500)
        self.assertIsInstance(resp, SyncResponse, resp)
        if client.should_query_keys:
            await client.keys_query()
        return resp

    async def nio_send(self, client, room_id, body):
        await self.nio_sync(client)
        resp = await client.room_send(room_id, "m.room.message", {"msgtype": "m.text", "body": body},
                                      ignore_unverified_devices=True)
        self.assertIsInstance(resp, RoomSendResponse, resp)

    async def nio_wait_for_body(self, client, room_id, body, deadline_s=20.0):
        await self.nio_wait_for(client, room_id, lambda event: getattr(event, "body", None) == body,
                                f"nio did not decrypt {body!r}", deadline_s)

    async def nio_wait_for(self, client, room_id, wanted, failure, deadline_s=20.0):
        """The first event nio decrypted in the room that `wanted` accepts."""
        end = time.monotonic() + deadline_s
        undecrypted = []
        while time.monotonic() < end:
            resp = await self.nio_sync(client)
            room = resp.rooms.join.get(room_id)
            candidates = list(room.timeline.events) if room else []
            for event in undecrypted[:]:
                try:
                    candidates.append(client.decrypt_event(event))
                    undecrypted.remove(event)
                except Exception:
                    pass
            for event in candidates:
                if isinstance(event, MegolmEvent):
                    undecrypted.append(event)
                elif wanted(event):
                    return event
        self.fail(failure)

    async def shared_room(self, suffix):
        """Atrium user a-<suffix> and nio user n-<suffix> in an encrypted room."""
        atrium_user, nio_user = "a-" + suffix, "n-" + suffix
        nio = await self.nio_client(nio_user, register=True)
        self.atrium_login(atrium_user, atrium_user, register=True)
        room_id = self.atrium(atrium_user, "create-room", "--name", "Interop", "--encrypted",
                              "--invite", "@%s:localhost" % nio_user).strip().splitlines()[-1]
        await self.nio_sync(nio)
        joined = await nio.join(room_id)
        self.assertIsInstance(joined, JoinResponse, joined)
        await self.nio_sync(nio)
        self.assertTrue(nio.rooms[room_id].encrypted)
        return atrium_user, nio, room_id

    def server_event_type(self, room_id, event_id):
        """The event's type as the server stores it (the test server's admin API)."""
        from urllib.parse import quote
        from urllib.request import urlopen
        with urlopen("%s/_atrium_test/rooms/%s/events" % (self.url, quote(room_id, safe=""))) as r:
            events = json.load(r)["events"]
        return [e for e in events if e["event_id"] == event_id][0]["type"]

    # --- the tests ------------------------------------------------------------
    async def test_atrium_to_nio(self):
        atrium_user, nio, room_id = await self.shared_room("one")
        self.atrium(atrium_user, "send", room_id, "hello from Atrium")
        await self.nio_wait_for_body(nio, room_id, "hello from Atrium")

    async def test_nio_to_atrium_and_after_restart(self):
        atrium_user, nio, room_id = await self.shared_room("two")
        await self.nio_send(nio, room_id, "hello from nio")
        self.assertIn("hello from nio", self.atrium_bodies(atrium_user, room_id))
        # A later run (a restart) still reads it from its stored keys, and
        # answers through the same room.
        self.assertIn("hello from nio", self.atrium_bodies(atrium_user, room_id))
        self.atrium(atrium_user, "send", room_id, "Atrium, after restarting")
        await self.nio_wait_for_body(nio, room_id, "Atrium, after restarting")

    async def test_second_atrium_device_receives_keys(self):
        atrium_user, nio, room_id = await self.shared_room("three")
        await self.nio_send(nio, room_id, "before the new device")
        self.atrium_login(atrium_user + "-laptop", atrium_user)
        # nio learns of the new device from device_lists.changed and shares
        # its next room key with it too.
        self.atrium_bodies(atrium_user + "-laptop", room_id)
        await self.nio_send(nio, room_id, "after the new device")
        laptop = self.atrium_bodies(atrium_user + "-laptop", room_id)
        self.assertIn("after the new device", laptop)
        # The new device was not around for the first message: it says so.
        self.assertTrue(any(body.startswith("[unable to decrypt") for body in laptop), laptop)
        # The first device reads both.
        first = self.atrium_bodies(atrium_user, room_id)
        self.assertIn("before the new device", first)
        self.assertIn("after the new device", first)

    async def test_key_export_files_both_ways(self):
        atrium_user, nio, room_id = await self.shared_room("four")
        await self.nio_send(nio, room_id, "history from nio")
        self.assertIn("history from nio", self.atrium_bodies(atrium_user, room_id))
        self.atrium(atrium_user, "send", room_id, "history from Atrium")

        # nio's export opens on a new Atrium device that never got the keys.
        nio_file = os.path.join(self.tmp.name, "nio-keys.txt")
        await nio.export_keys(nio_file, "nio passphrase")
        laptop = atrium_user + "-laptop"
        self.atrium_login(laptop, atrium_user)
        self.assertNotIn("history from nio", self.atrium_bodies(laptop, room_id))
        os.environ["ATRIUM_PASSPHRASE"] = "nio passphrase"
        try:
            self.assertIn("imported", self.atrium(laptop, "import-keys", nio_file))
        finally:
            os.environ.pop("ATRIUM_PASSPHRASE")
        self.assertIn("history from nio", self.atrium_bodies(laptop, room_id))

        # Atrium's export opens in a new nio device.
        atrium_file = os.path.join(self.tmp.name, "atrium-keys.txt")
        os.environ["ATRIUM_PASSPHRASE"] = "atrium passphrase"
        try:
            self.atrium(atrium_user, "export-keys", atrium_file)
        finally:
            os.environ.pop("ATRIUM_PASSPHRASE")
        nio_laptop = await self.nio_client("n-four", register=False)
        await nio_laptop.import_keys(atrium_file, "atrium passphrase")
        await self.nio_wait_for_body(nio_laptop, room_id, "history from Atrium")

    async def test_encrypted_file_atrium_to_nio(self):
        atrium_user, nio, room_id = await self.shared_room("five")
        data = os.urandom(400 * 1024 + 11)
        path = os.path.join(self.tmp.name, "atrium-secret.bin")
        with open(path, "wb") as f:
            f.write(data)
        event_id = self.atrium(atrium_user, "send-file", room_id, path).strip().splitlines()[-1]
        self.assertEqual(self.server_event_type(room_id, event_id), "m.room.encrypted")
        # nio decrypts the Megolm event, then the file with the key it carries.
        event = await self.nio_wait_for(nio, room_id, lambda e: e.event_id == event_id,
                                        "nio did not decrypt the file's event")
        content = event.source["content"]
        self.assertEqual(content["msgtype"], "m.file")
        self.assertEqual(content["body"], "atrium-secret.bin")
        self.assertNotIn("url", content)  # only inside `file`, with its key
        got = await nio.download(mxc=content["file"]["url"])
        self.assertIsInstance(got, DownloadResponse, got)
        self.assertNotEqual(got.body, data)  # the server holds ciphertext
        plain = decrypt_attachment(got.body, content["file"]["key"]["k"],
                                   content["file"]["hashes"]["sha256"], content["file"]["iv"])
        self.assertEqual(plain, data)

    async def test_encrypted_file_nio_to_atrium(self):
        atrium_user, nio, room_id = await self.shared_room("six")
        data = os.urandom(600 * 1024 + 5)
        await self.nio_sync(nio)
        uploaded, keys = await nio.upload(lambda *_: data, "application/octet-stream",
                                          "nio-secret.bin", encrypt=True, filesize=len(data))
        self.assertIsInstance(uploaded, UploadResponse, uploaded)
        keys["url"] = uploaded.content_uri
        sent = await nio.room_send(room_id, "m.room.message",
                                   {"msgtype": "m.file", "body": "nio-secret.bin", "file": keys,
                                    "info": {"mimetype": "application/octet-stream",
                                             "size": len(data)}},
                                   ignore_unverified_devices=True)
        self.assertIsInstance(sent, RoomSendResponse, sent)
        self.assertEqual(self.server_event_type(room_id, sent.event_id), "m.room.encrypted")
        # By the event id alone: atrium-cli finds the room in its store,
        # decrypts the event with nio's room key, then the file.
        out = os.path.join(self.tmp.name, "from-nio")
        os.mkdir(out)
        saved = self.atrium(atrium_user, "download", sent.event_id, "--out", out).strip()
        self.assertEqual(saved, os.path.join(out, "nio-secret.bin"))
        with open(saved, "rb") as f:
            self.assertEqual(f.read(), data)


if __name__ == "__main__":
    CLI = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=2)
