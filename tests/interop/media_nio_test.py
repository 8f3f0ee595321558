#!/usr/bin/python3
"""Files between Atrium (atrium-cli) and matrix-nio over tests/homeserver:
each downloads, byte for byte, what the other sent, including a file nio
encrypted (EncryptedFile in content.file), which Atrium decrypts after
checking its hash.

    media_nio_test.py PATH_TO_ATRIUM_CLI"""
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import unittest

from nio import AsyncClient, DownloadResponse, RoomSendResponse, UploadResponse

HERE = os.path.dirname(os.path.abspath(__file__))
SERVER = os.path.join(HERE, "..", "homeserver", "run")
CLI = None


class MediaNioTest(unittest.IsolatedAsyncioTestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = subprocess.Popen([SERVER, "--host", "127.0.0.1", "--port", "0"],
                                      stdout=subprocess.PIPE, text=True)
        line = cls.server.stdout.readline().strip()
        assert line.startswith("listening "), line
        cls.url = line.split(" ", 1)[1]
        cls.tmp = tempfile.TemporaryDirectory()
        cls.data = os.path.join(cls.tmp.name, "atrium")
        env = dict(os.environ, ATRIUM_PASSWORD="pw-ada")
        result = subprocess.run([CLI, "--data-dir", cls.data, "--no-keychain", "login",
                                 "--homeserver", cls.url, "--user", "ada", "--register"],
                                env=env, capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr

    @classmethod
    def tearDownClass(cls):
        cls.server.terminate()
        cls.server.wait(10)
        cls.tmp.cleanup()

    def cli(self, *args):
        return subprocess.run([CLI, "--data-dir", self.data, "--no-keychain"] + list(args),
                              capture_output=True, text=True, timeout=120,
                              stdin=subprocess.DEVNULL)

    async def asyncSetUp(self):
        self.nio = AsyncClient(self.url, "nio-%d" % id(self))
        resp = await self.nio.register("nio%d" % (id(self) % 100000), "pw-nio")
        self.assertTrue(hasattr(resp, "access_token"), resp)
        created = self.cli("create-room", "--name", "Interop files", "--invite",
                           self.nio.user_id)
        self.assertEqual(created.returncode, 0, created.stderr)
        self.room = created.stdout.strip().splitlines()[-1]
        joined = await self.nio.join(self.room)
        self.assertEqual(getattr(joined, "room_id", None), self.room, joined)

    async def asyncTearDown(self):
        await self.nio.close()

    async def nio_sends(self, content):
        resp = await self.nio.room_send(self.room, "m.room.message", content)
        self.assertIsInstance(resp, RoomSendResponse, resp)
        return resp.event_id

    def atrium_downloads(self, event_id):
        out = os.path.join(self.tmp.name, "out-%s" % event_id.strip("$")[:12])
        os.mkdir(out)
        result = self.cli("download", self.room, event_id, "--out", out)
        self.assertEqual(result.returncode, 0, result.stderr)
        with open(result.stdout.strip(), "rb") as f:
            return result.stdout.strip(), f.read()

    async def test_nio_downloads_what_atrium_sent(self):
        data = os.urandom(700 * 1024 + 3)
        path = os.path.join(self.tmp.name, "from atrium+1.bin")
        with open(path, "wb") as f:
            f.write(data)
        sent = self.cli("send-file", self.room, path)
        self.assertEqual(sent.returncode, 0, sent.stderr)
        event_id = sent.stdout.strip()
        event = await self.nio.room_get_event(self.room, event_id)
        content = event.event.source["content"]
        self.assertEqual(content["msgtype"], "m.file")
        self.assertEqual(content["body"], "from atrium+1.bin")
        self.assertEqual(content["info"]["size"], len(data))
        got = await self.nio.download(mxc=content["url"])
        self.assertIsInstance(got, DownloadResponse, got)
        self.assertEqual(got.body, data)
        # The file name went through the upload's ?filename= intact.
        self.assertEqual(got.filename, "from atrium+1.bin")

    async def test_atrium_downloads_what_nio_sent(self):
        data = os.urandom(300 * 1024)
        resp, _ = await self.nio.upload(lambda *_: data, "application/pdf", "notes.pdf",
                                        filesize=len(data))
        self.assertIsInstance(resp, UploadResponse, resp)
        event_id = await self.nio_sends({"msgtype": "m.file", "body": "../../notes.pdf",
                                         "url": resp.content_uri,
                                         "info": {"mimetype": "application/pdf",
                                                  "size": len(data)}})
        path, got = self.atrium_downloads(event_id)
        self.assertEqual(got, data)
        self.assertEqual(os.path.basename(path), "notes.pdf")  # no traversal

    async def test_atrium_decrypts_a_file_nio_encrypted(self):
        data = os.urandom(1024 * 1024 + 7)
        resp, keys = await self.nio.upload(lambda *_: data, "application/octet-stream",
                                           "secret.bin", encrypt=True, filesize=len(data))
        self.assertIsInstance(resp, UploadResponse, resp)
        keys["url"] = resp.content_uri
        event_id = await self.nio_sends({"msgtype": "m.file", "body": "secret.bin",
                                         "file": keys})
        _, got = self.atrium_downloads(event_id)
        self.assertEqual(got, data)

    async def test_atrium_refuses_a_file_whose_hash_does_not_match(self):
        data = os.urandom(64 * 1024)
        resp, keys = await self.nio.upload(lambda *_: data, "application/octet-stream",
                                           "tampered.bin", encrypt=True, filesize=len(data))
        keys["url"] = resp.content_uri
        # Another file's hash: the ciphertext no longer matches it.
        keys["hashes"]["sha256"] = "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU"
        event_id = await self.nio_sends({"msgtype": "m.file", "body": "tampered.bin",
                                         "file": keys})
        out = os.path.join(self.tmp.name, "refused")
        os.mkdir(out)
        result = self.cli("download", self.room, event_id, "--out", out)
        self.assertEqual(result.returncode, 1, result.stdout)
        self.assertIn("SHA-256", result.stderr)
        self.assertEqual(os.listdir(out), [])


if __name__ == "__main__":
    CLI = sys.argv.pop(1)
    unittest.main()
