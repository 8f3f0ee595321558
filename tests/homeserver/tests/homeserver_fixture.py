"""Shared fixture for the test-homeserver conformance suite.

Starts ``tests/homeserver/run --host 127.0.0.1 --port 0`` as a subprocess,
parses the port from the first stdout line (``listening http://127.0.0.1:PORT``)
and stops it with SIGTERM (then SIGKILL) when the test class is done.

Also provides small raw-HTTP helpers (aiohttp) that follow the Matrix
client-server API v1.11, so the individual test files stay short.
"""

import asyncio
import itertools
import json
import os
import queue
import re
import shutil
import signal
import subprocess
import tempfile
import threading
import time
import unittest
from pathlib import Path
from urllib.parse import quote

import aiohttp
import yarl

HERE = Path(__file__).resolve().parent
RUN_SCRIPT = HERE.parent / "run"

STARTUP_TIMEOUT_S = 20.0
STOP_TIMEOUT_S = 5.0
REQUEST_TIMEOUT_S = 15.0

def _die_with_parent():
    """Child-side: get SIGTERM if the test process dies (Linux prctl)."""
    try:
        import ctypes

        PR_SET_PDEATHSIG = 1
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        pass


LISTENING_RE = re.compile(r"^listening (http://127\.0\.0\.1:(\d+))$")

CLIENT_V3 = "/_matrix/client/v3"
MEDIA_V3 = "/_matrix/media/v3"
ADMIN = "/_atrium_test"

DEFAULT_PASSWORD = "correct horse battery staple"

_user_counter = itertools.count(1)


def q(segment):
    """Percent-encode one path segment (room ids, user ids, event ids...)."""
    return quote(str(segment), safe="")


def unique_localpart(prefix="user"):
    return f"{prefix}{os.getpid()}x{next(_user_counter)}"


class HomeserverProcess:
    """One running instance of the test homeserver."""

    def __init__(self, extra_args=()):
        self.extra_args = [str(a) for a in extra_args]
        self.proc = None
        self.base_url = None
        self.port = None
        self._stdout_lines = queue.Queue()
        self._stderr_file = None
        self._reader = None
        self._later_lines = []

    def start(self):
        if not RUN_SCRIPT.exists():
            raise RuntimeError(f"homeserver start script not found: {RUN_SCRIPT}")
        env = dict(os.environ)
        # The server needs Debian's python3 (python3-aiohttp); make sure a
        # `#!/usr/bin/env python3` shebang resolves to it rather than pyenv.
        env["PATH"] = "/usr/bin:/bin:" + env.get("PATH", "")
        env["PYTHONUNBUFFERED"] = "1"
        self._stderr_file = tempfile.TemporaryFile()
        cmd = [str(RUN_SCRIPT), "--host", "127.0.0.1", "--port", "0", *self.extra_args]
        self.proc = subprocess.Popen(
            cmd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=self._stderr_file,
            env=env,
            start_new_session=True,
            preexec_fn=_die_with_parent,
        )
        self._reader = threading.Thread(target=self._drain_stdout, daemon=True)
        self._reader.start()
        try:
            line = self._stdout_lines.get(timeout=STARTUP_TIMEOUT_S)
        except queue.Empty:
            self.stop()
            raise RuntimeError(
                f"homeserver did not print its address within {STARTUP_TIMEOUT_S}s; "
                f"stderr:\n{self.stderr_tail()}"
            )
        if line is None:
            code = self.proc.wait()
            tail = self.stderr_tail()
            self.stop()
            raise RuntimeError(f"homeserver exited ({code}) before listening; stderr:\n{tail}")
        m = LISTENING_RE.match(line.rstrip("\r\n"))
        if not m:
            self.stop()
            raise RuntimeError(f"unexpected first stdout line from homeserver: {line!r}")
        self.base_url = m.group(1)
        self.port = int(m.group(2))
        return self

    def _drain_stdout(self):
        stream = self.proc.stdout
        for raw in iter(stream.readline, b""):
            self._stdout_lines.put(raw.decode("utf-8", "replace"))
        self._stdout_lines.put(None)

    def later_stdout_lines(self, wait_s=2.0, until=None):
        """Stdout lines printed after the 'listening' line (collected so far).

        Waits up to wait_s for a line matching `until` (a regex) if given."""
        if until and any(re.search(until, line) for line in self._later_lines):
            until = None  # already seen: just collect what is queued
        deadline = time.monotonic() + wait_s
        while True:
            try:
                line = self._stdout_lines.get(
                    timeout=max(0.0, deadline - time.monotonic()) if until else 0)
            except queue.Empty:
                break
            if line is None:
                self._stdout_lines.put(None)
                break
            self._later_lines.append(line.rstrip("\r\n"))
            if until and re.search(until, self._later_lines[-1]):
                break
        return list(self._later_lines)

    def seeded_accounts(self, wait_for=None):
        """{localpart_or_user_id: password} from 'account U password P' lines."""
        lines = self.later_stdout_lines(
            until=rf"^account \S*{re.escape(wait_for)}\S* password " if wait_for else None)
        accounts = {}
        for line in lines:
            m = re.match(r"^account (\S+) password (\S*)$", line)
            if m:
                accounts[m.group(1)] = m.group(2)
        return accounts

    def stderr_tail(self, limit=4000):
        if self._stderr_file is None:
            return ""
        try:
            self._stderr_file.seek(0)
            data = self._stderr_file.read()
        except (OSError, ValueError):
            return ""
        return data[-limit:].decode("utf-8", "replace")

    def is_running(self):
        return self.proc is not None and self.proc.poll() is None

    def stop(self):
        """SIGTERM, wait, then SIGKILL. Returns the exit code."""
        if self.proc is None:
            return None
        code = self.proc.poll()
        if code is None:
            try:
                self.proc.send_signal(signal.SIGTERM)
            except ProcessLookupError:
                pass
            try:
                code = self.proc.wait(timeout=STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                try:
                    # Only our own child's process group (start_new_session).
                    os.killpg(self.proc.pid, signal.SIGKILL)
                except (ProcessLookupError, PermissionError):
                    self.proc.kill()
                code = self.proc.wait(timeout=STOP_TIMEOUT_S)
        if self._reader is not None:
            self._reader.join(timeout=2)
        if self.proc.stdout:
            self.proc.stdout.close()
        if self._stderr_file is not None:
            self._stderr_file.close()
            self._stderr_file = None
        return code


class Response:
    def __init__(self, status, body, headers):
        self.status = status
        self.body = body
        self.headers = headers
        self.json = None
        try:
            self.json = json.loads(body.decode("utf-8")) if body else None
        except (ValueError, UnicodeDecodeError):
            self.json = None

    @property
    def errcode(self):
        if isinstance(self.json, dict):
            return self.json.get("errcode")
        return None

    def __repr__(self):
        text = self.body[:500].decode("utf-8", "replace") if self.body else ""
        return f"<Response {self.status} {text}>"


_UNSET = object()


class HomeserverTestCase(unittest.IsolatedAsyncioTestCase):
    """Base class: one homeserver per test class, one aiohttp session per test."""

    server_args = ()
    start_server = True  # False: the test starts its own servers
    maxDiff = None

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        if not cls.start_server:
            cls.server = None
            return
        cls.server = HomeserverProcess(cls.server_args).start()
        cls.addClassCleanup(cls.server.stop)
        cls.base_url = cls.server.base_url

    async def asyncSetUp(self):
        await super().asyncSetUp()
        self.http = aiohttp.ClientSession(
            timeout=aiohttp.ClientTimeout(total=REQUEST_TIMEOUT_S)
        )
        self.addAsyncCleanup(self.http.close)

    def tearDown(self):
        super().tearDown()
        if self.server is not None and not self.server.is_running():
            self.fail(
                "homeserver process died during the test; stderr:\n"
                + self.server.stderr_tail()
            )

    # ---- raw HTTP ---------------------------------------------------------

    async def request(self, method, path, *, token=None, json_body=_UNSET, data=None,
                      params=None, headers=None, timeout=REQUEST_TIMEOUT_S, base_url=None):
        hdrs = dict(headers or {})
        if token is not None:
            hdrs["Authorization"] = f"Bearer {token}"
        body = data
        if json_body is not _UNSET:
            body = json.dumps(json_body).encode("utf-8")
            hdrs.setdefault("Content-Type", "application/json")
        # encoded=True: send the path exactly as given (tests use odd escapes).
        url = yarl.URL((base_url or self.base_url) + path, encoded=True)
        async with self.http.request(
            method, url, data=body, params=params, headers=hdrs,
            timeout=aiohttp.ClientTimeout(total=timeout),
        ) as resp:
            raw = await resp.read()
            return Response(resp.status, raw, resp.headers)

    async def api(self, method, path, **kw):
        """Request under /_matrix/client/v3."""
        return await self.request(method, CLIENT_V3 + path, **kw)

    def assertStatus(self, resp, status, errcode=None, msg=None):
        self.assertEqual(resp.status, status, msg or repr(resp))
        if errcode is not None:
            self.assertEqual(resp.errcode, errcode, msg or repr(resp))

    async def ok(self, method, path, **kw):
        resp = await self.api(method, path, **kw)
        self.assertEqual(resp.status, 200, f"{method} {path}: {resp!r}")
        return resp.json

    # ---- accounts --------------------------------------------------------

    async def register_user(self, prefix="user", password=DEFAULT_PASSWORD):
        """Register via User-Interactive Auth with m.login.dummy."""
        localpart = unique_localpart(prefix)
        body = {"username": localpart, "password": password}
        first = await self.api("POST", "/register", json_body=body)
        self.assertEqual(first.status, 401, f"register without auth: {first!r}")
        session = first.json.get("session")
        body["auth"] = {"type": "m.login.dummy", "session": session}
        second = await self.api("POST", "/register", json_body=body)
        self.assertEqual(second.status, 200, f"register with dummy auth: {second!r}")
        user = dict(second.json)
        user["localpart"] = localpart
        user["password"] = password
        return user

    async def login(self, user_or_localpart, password=DEFAULT_PASSWORD, device_id=None):
        body = {
            "type": "m.login.password",
            "identifier": {"type": "m.id.user", "user": user_or_localpart},
            "password": password,
        }
        if device_id:
            body["device_id"] = device_id
        return await self.ok("POST", "/login", json_body=body)

    # ---- rooms -----------------------------------------------------------

    async def create_room(self, token, **body):
        body.setdefault("preset", "private_chat")
        data = await self.ok("POST", "/createRoom", token=token, json_body=body)
        return data["room_id"]

    async def invite(self, token, room_id, user_id):
        return await self.ok("POST", f"/rooms/{q(room_id)}/invite", token=token,
                             json_body={"user_id": user_id})

    async def join(self, token, room_id):
        return await self.ok("POST", f"/join/{q(room_id)}", token=token, json_body={})

    async def send_event(self, token, room_id, content, event_type="m.room.message", txn_id=None):
        txn_id = txn_id or unique_localpart("txn")
        data = await self.ok("PUT", f"/rooms/{q(room_id)}/send/{q(event_type)}/{q(txn_id)}",
                             token=token, json_body=content)
        return data["event_id"]

    async def send_text(self, token, room_id, text, txn_id=None):
        return await self.send_event(token, room_id, {"msgtype": "m.text", "body": text},
                                     txn_id=txn_id)

    async def room_with_members(self, n_members=2, **create_body):
        """Create a room owned by users[0] and joined by the others."""
        users = [await self.register_user(f"m{i}_") for i in range(n_members)]
        room_id = await self.create_room(users[0]["access_token"], **create_body)
        for other in users[1:]:
            await self.invite(users[0]["access_token"], room_id, other["user_id"])
            await self.join(other["access_token"], room_id)
        return users, room_id

    # ---- sync ------------------------------------------------------------

    async def sync(self, token, since=None, timeout_ms=0, filter=None, full_state=None,
                   client_timeout=None):
        params = {"timeout": str(timeout_ms)}
        if since is not None:
            params["since"] = since
        if filter is not None:
            params["filter"] = filter if isinstance(filter, str) else json.dumps(filter)
        if full_state is not None:
            params["full_state"] = "true" if full_state else "false"
        if client_timeout is None:
            client_timeout = timeout_ms / 1000.0 + REQUEST_TIMEOUT_S
        return await self.ok("GET", "/sync", token=token, params=params,
                             timeout=client_timeout)

    async def sync_until(self, token, since, predicate, deadline_s=10.0, filter=None):
        """Long-poll /sync until predicate(sync_response) is truthy.

        Returns (value, last_next_batch)."""
        end = time.monotonic() + deadline_s
        while True:
            remaining = end - time.monotonic()
            if remaining <= 0:
                self.fail("condition not met in /sync within the deadline")
            resp = await self.sync(token, since=since, filter=filter,
                                   timeout_ms=int(min(remaining, 2.0) * 1000))
            value = predicate(resp)
            since = resp["next_batch"]
            if value:
                return value, since

    async def messages(self, token, room_id, dir="b", from_token=None, limit=None, filter=None):
        params = {"dir": dir}
        if from_token is not None:
            params["from"] = from_token
        if limit is not None:
            params["limit"] = str(limit)
        if filter is not None:
            params["filter"] = json.dumps(filter)
        return await self.ok("GET", f"/rooms/{q(room_id)}/messages", token=token, params=params)

    async def all_messages(self, token, room_id, max_pages=50):
        """Paginate backwards from the live end to the start; oldest last."""
        events = []
        from_token = None
        for _ in range(max_pages):
            page = await self.messages(token, room_id, from_token=from_token, limit=50)
            events.extend(page.get("chunk", []))
            if "end" not in page:
                return events
            from_token = page["end"]
        self.fail("/messages did not reach the start of the room")


def joined_room(sync_resp, room_id):
    return sync_resp.get("rooms", {}).get("join", {}).get(room_id, {})


def timeline_events(sync_resp, room_id):
    return joined_room(sync_resp, room_id).get("timeline", {}).get("events", [])


def ephemeral_events(sync_resp, room_id, event_type=None):
    evs = joined_room(sync_resp, room_id).get("ephemeral", {}).get("events", [])
    return [e for e in evs if event_type is None or e.get("type") == event_type]


def make_tempdir(testcase, prefix="atrium-hs-test-"):
    """Temporary directory removed when the test (or class) finishes."""
    path = tempfile.mkdtemp(prefix=prefix)
    testcase.addCleanup(shutil.rmtree, path, ignore_errors=True)
    return path


async def wait_for(coro, timeout):
    return await asyncio.wait_for(coro, timeout)
