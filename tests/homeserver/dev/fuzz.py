#!/usr/bin/python3
"""Throw malformed requests at every registered route; report any 5xx.

Run: /usr/bin/python3 tests/homeserver/dev/fuzz.py  (the server's stderr
shows tracebacks for inputs that only the safety net caught).
"""
import asyncio
import json
import os
import re
import signal
import subprocess
import sys

import aiohttp

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from atrium_hs.server import build_router  # noqa: E402

RUN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "run")
BODIES = [None, b"", b"null", b"[]", b"{}", b"123", b'"s"', b"{bad", b'{"a": {"b": []}}',
          json.dumps({"user_id": 5, "room_id": [], "messages": "x", "device_keys": "y",
                      "one_time_keys": [], "rooms": 3, "sessions": 1, "auth": "x",
                      "filter": 5, "invite": {}, "typing": "yes", "actions": {},
                      "visibility": 3, "search_term": 5, "displayname": 7,
                      "presence": 1, "limit": "x", "name": 1, "topic": [],
                      "initial_state": [1], "creation_content": 1}).encode()]


async def main():
    p = subprocess.Popen([RUN, "--port", "0"], stdout=subprocess.PIPE, text=True)
    base = p.stdout.readline().split(" ", 1)[1].strip()
    bad = []
    statuses = {}
    async with aiohttp.ClientSession() as s:
        async with s.post(base + "/_matrix/client/v3/register", json={
                "username": "fuzz", "password": "pw", "auth": {"type": "m.login.dummy"}}) as r:
            tok = (await r.json())["access_token"]
        async with s.post(base + "/_matrix/client/v3/createRoom", json={},
                          headers={"Authorization": "Bearer " + tok}) as r:
            room = (await r.json())["room_id"]
        router = build_router()
        values = ["x", "%21nope%3Alocalhost", room.replace("!", "%21").replace(":", "%3A"),
                  "%40fuzz%3Alocalhost", "%24evt", "global", "override", "localhost"]
        for regex, methods in router._routes:
            pattern = regex.pattern
            if any(k in pattern for k in ("logout", "deactivate", "_atrium_test", "password")):
                continue  # would end the fuzzing session itself
            for method in methods:
                for val in values[:4] if "{" not in pattern else values:
                    path = re.sub(r"\(\?P<\w+>\[\^/\][*+]\)", val, pattern)
                    path = path.strip("^$").replace("\\", "")
                    for body in BODIES:
                        for q in ("", "?limit=abc&from=zz&dir=q&timeout=x&filter={&since=x&version=x"):
                            async with s.request(method, base + path + q, data=body,
                                                 headers={"Authorization": "Bearer " + tok}) as r:
                                statuses[r.status] = statuses.get(r.status, 0) + 1
                                if r.status >= 500:
                                    bad.append((method, path + q, body, r.status, await r.text()))
    p.send_signal(signal.SIGTERM)
    p.wait()
    for b in bad:
        print("5xx:", b)
    print("%d bad responses; statuses %s" % (len(bad), statuses))
    return 1 if bad else 0


sys.exit(asyncio.run(main()))
