#!/usr/bin/python3
"""Interactive SAS verification between Atrium (atrium-cli verify) and an
independent implementation, matrix-nio 0.20 with libolm, through
tests/homeserver. nio knows only the flow without requests (start first)
and the older MAC method, hkdf-hmac-sha256: both directions use them.

    nio_verification.py PATH_TO_ATRIUM_CLI"""
import asyncio
import os
import subprocess
import sys
import tempfile
import time
import unittest

from nio import (AsyncClient, AsyncClientConfig, JoinResponse, LoginResponse, RegisterResponse,
                 SyncResponse)

HERE = os.path.dirname(os.path.abspath(__file__))
SERVER = os.path.join(HERE, "..", "homeserver", "run")
CLI = None
ENCRYPTION_STATE = {"type": "m.room.encryption", "state_key": "",
                    "content": {"algorithm": "m.megolm.v1.aes-sha2"}}


class NioVerification(unittest.IsolatedAsyncioTestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = subprocess.Popen([SERVER, "--host", "127.0.0.1", "--port", "0"],
                                      stdout=subprocess.PIPE, text=True)
        line = cls.server.stdout.readline().strip()
        assert line.startswith("listening "), line
        cls.url = line.split(" ", 1)[1]
        cls.tmp = tempfile.TemporaryDirectory()

    @classmethod
    def tearDownClass(cls):
        cls.server.terminate()
        cls.server.wait(10)
        cls.tmp.cleanup()

    async def asyncSetUp(self):
        asyncio.get_running_loop().set_debug(False)

    # --- Atrium ------------------------------------------------------------
    def cli_args(self, data_dir, *args):
        return [CLI, "--data-dir", os.path.join(self.tmp.name, data_dir), "--no-keychain"] + list(args)

    def atrium(self, data_dir, *args, password=None):
        env = dict(os.environ)
        if password:
            env["ATRIUM_PASSWORD"] = password
        result = subprocess.run(self.cli_args(data_dir, *args), env=env, capture_output=True,
                                text=True, timeout=120, stdin=subprocess.DEVNULL)
        self.assertEqual(result.returncode, 0, f"atrium-cli {args}: {result.stderr}")
        return result.stdout

    async def atrium_verify(self, data_dir, *args, answer=None):
        """Starts `atrium-cli verify ARGS` in the background; `answer` is
        written to its standard input (else it reads end of input)."""
        process = await asyncio.create_subprocess_exec(
            *self.cli_args(data_dir, "verify", *args),
            stdin=subprocess.PIPE if answer else subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if answer:
            process.stdin.write(answer.encode())
            await process.stdin.drain()
        return process

    async def atrium_result(self, process):
        stdout, stderr = await asyncio.wait_for(process.communicate(), 90)
        if os.environ.get("ATRIUM_INTEROP_VERBOSE"):
            print(f"\natrium-cli verify:\n{stdout.decode()}{stderr.decode()}", file=sys.stderr)
        return process.returncode, stdout.decode(), stderr.decode()

    @staticmethod
    def printed_sas(stdout):
        """The emoji (characters) and numbers atrium-cli printed."""
        emoji, decimals = None, None
        for line in stdout.splitlines():
            if line.startswith("emoji: "):
                emoji = [item.split(" ", 1)[0] for item in line[len("emoji: "):].split(", ")]
            elif line.startswith("decimals: "):
                decimals = [int(number) for number in line[len("decimals: "):].split()]
        return emoji, decimals

    # --- matrix-nio ---------------------------------------------------------
    async def nio_client(self, user):
        path = os.path.join(self.tmp.name, "nio-" + user)
        os.makedirs(path)
        config = AsyncClientConfig(encryption_enabled=True, store_sync_tokens=True)
        client = AsyncClient(self.url, "@%s:localhost" % user, store_path=path, config=config)
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
        resp = await client.sync(timeout=300)
        self.assertIsInstance(resp, SyncResponse, resp)
        if client.should_query_keys:
            await client.keys_query()
        # Answers nio's verification code queued (its key, its cancels).
        await client.send_to_device_messages()
        return resp

    async def pair(self, suffix):
        """Atrium user a-<suffix> and nio user n-<suffix>, who share an
        encrypted room and so know each other's devices."""
        atrium_user, nio_user = "a-" + suffix, "n-" + suffix
        nio = await self.nio_client(nio_user)
        self.atrium(atrium_user, "login", "--homeserver", self.url, "--user", atrium_user,
                    "--register", password="pw-" + atrium_user)
        room_id = self.atrium(atrium_user, "create-room", "--name", "Verify", "--encrypted",
                              "--invite", "@%s:localhost" % nio_user).strip().splitlines()[-1]
        await self.nio_sync(nio)
        self.assertIsInstance(await nio.join(room_id), JoinResponse)
        await self.nio_sync(nio)
        whoami = self.atrium(atrium_user, "whoami").splitlines()
        atrium_device = whoami[1].split(" ", 1)[1]
        atrium_id = whoami[0]
        deadline = time.monotonic() + 20
        while atrium_device not in nio.device_store[atrium_id] and time.monotonic() < deadline:
            await self.nio_sync(nio)
        self.assertIn(atrium_device, nio.device_store[atrium_id])
        return atrium_user, atrium_id, atrium_device, nio

    async def nio_until(self, nio, condition, what, deadline_s=60):
        end = time.monotonic() + deadline_s
        while time.monotonic() < end:
            await self.nio_sync(nio)
            value = condition()
            if value:
                return value
        self.fail(f"nio: {what}")

    @staticmethod
    def nio_sas(sas):
        return [emoji for emoji, _name in sas.get_emoji()], list(sas.get_decimals())

    # --- the tests ------------------------------------------------------------
    async def test_nio_starts_and_atrium_accepts(self):
        atrium_user, atrium_id, atrium_device, nio = await self.pair("one")
        process = await self.atrium_verify(atrium_user, "--accept", "--yes", "--timeout", "60")
        device = nio.device_store[atrium_id][atrium_device]
        await nio.start_key_verification(device)
        sas = nio.get_active_sas(atrium_id, atrium_device)
        self.assertIsNotNone(sas)

        # Atrium accepts and sends its key once nio's arrives.
        await self.nio_until(nio, lambda: sas.other_key_set or sas.canceled, "no key from Atrium")
        self.assertFalse(sas.canceled, sas.cancel_reason)
        nio_emoji, nio_decimals = self.nio_sas(sas)
        await nio.confirm_short_auth_string(sas.transaction_id)
        await self.nio_until(nio, lambda: sas.verified or sas.canceled, "no MAC from Atrium")
        self.assertFalse(sas.canceled, sas.cancel_reason)
        self.assertTrue(nio.device_store[atrium_id][atrium_device].verified)

        code, stdout, stderr = await self.atrium_result(process)
        self.assertEqual(code, 0, stderr)
        self.assertIn(f"verified {nio.user_id} {nio.device_id}", stdout)
        atrium_emoji, atrium_decimals = self.printed_sas(stdout)
        self.assertEqual(atrium_emoji, nio_emoji)
        self.assertEqual(atrium_decimals, nio_decimals)

    async def test_atrium_starts_and_nio_accepts(self):
        atrium_user, atrium_id, atrium_device, nio = await self.pair("two")
        process = await self.atrium_verify(atrium_user, nio.user_id, nio.device_id, "--direct",
                                           "--yes", "--timeout", "60")
        sas = await self.nio_until(nio, lambda: nio.get_active_sas(atrium_id, atrium_device),
                                   "no start from Atrium")
        self.assertFalse(sas.canceled, sas.cancel_reason)
        await nio.accept_key_verification(sas.transaction_id)
        await self.nio_until(nio, lambda: sas.other_key_set or sas.canceled, "no key from Atrium")
        self.assertFalse(sas.canceled, sas.cancel_reason)
        nio_emoji, nio_decimals = self.nio_sas(sas)
        await nio.confirm_short_auth_string(sas.transaction_id)
        await self.nio_until(nio, lambda: sas.verified or sas.canceled, "no MAC from Atrium")
        self.assertFalse(sas.canceled, sas.cancel_reason)

        code, stdout, stderr = await self.atrium_result(process)
        self.assertEqual(code, 0, stderr)
        self.assertIn(f"verified {nio.user_id} {nio.device_id}", stdout)
        self.assertEqual(self.printed_sas(stdout), (nio_emoji, nio_decimals))

    async def test_nio_rejecting_the_emoji_fails_atrium(self):
        atrium_user, atrium_id, atrium_device, nio = await self.pair("three")
        process = await self.atrium_verify(atrium_user, nio.user_id, nio.device_id, "--direct",
                                           "--yes", "--timeout", "60")
        sas = await self.nio_until(nio, lambda: nio.get_active_sas(atrium_id, atrium_device),
                                   "no start from Atrium")
        await nio.accept_key_verification(sas.transaction_id)
        await self.nio_until(nio, lambda: sas.other_key_set, "no key from Atrium")
        await nio.cancel_key_verification(sas.transaction_id, reject=True)

        code, stdout, stderr = await self.atrium_result(process)
        self.assertEqual(code, 9, stderr)
        self.assertIn("cancelled by the other device", stderr)
        self.assertIn("m.mismatched_sas", stderr)
        self.assertNotIn("verified", stdout)
        self.assertFalse(nio.device_store[atrium_id][atrium_device].verified)

    async def test_atrium_answering_no_cancels_nio(self):
        atrium_user, atrium_id, atrium_device, nio = await self.pair("four")
        process = await self.atrium_verify(atrium_user, "--accept", "--timeout", "60",
                                           answer="n\n")
        await nio.start_key_verification(nio.device_store[atrium_id][atrium_device])
        sas = nio.get_active_sas(atrium_id, atrium_device)
        await self.nio_until(nio, lambda: sas.canceled, "Atrium's cancel never came")
        self.assertNotIn(sas.transaction_id, nio.key_verifications)  # nio drops it
        code, stdout, stderr = await self.atrium_result(process)
        self.assertEqual(code, 9, stderr)
        self.assertIn("Do they match? [y/N]", stderr)
        self.assertIn("m.mismatched_sas", stderr)
        self.assertNotIn("by the other device", stderr)
        self.assertFalse(nio.device_store[atrium_id][atrium_device].verified)


if __name__ == "__main__":
    CLI = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=2)
