"""Fuzz-ish robustness: the server must never answer 5xx to bad client input,
and every error it does return must be a JSON object with an errcode."""

import asyncio
import json
import time
import unittest

import aiohttp

from homeserver_fixture import CLIENT_V3, MEDIA_V3, HomeserverTestCase, q

JSON = {"Content-Type": "application/json"}


class BadInputsTest(HomeserverTestCase):
    async def asyncSetUp(self):
        await super().asyncSetUp()
        # One connection per request, so one case cannot disturb the next
        # (KeepAliveTest covers connection reuse after an early error).
        self.http = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(force_close=True),
            timeout=aiohttp.ClientTimeout(total=15))
        self.addAsyncCleanup(self.http.close)
        self.alice = await self.register_user("fuzz")
        self.bob = await self.register_user("fuzzpeer")
        self.room_id = await self.create_room(self.alice["access_token"])
        self.event_id = await self.send_text(self.alice["access_token"], self.room_id, "x")

    def cases(self):
        """(label, method, path, body-bytes-or-None); paths under /_matrix."""
        r = q(self.room_id)
        me = q(self.alice["user_id"])
        ev = q(self.event_id)
        c = CLIENT_V3

        def j(obj):
            return json.dumps(obj).encode()

        deep = b"[" * 100_000 + b"]" * 100_000
        return [
            # wrong types / missing fields on createRoom
            ("createRoom invite str", "POST", f"{c}/createRoom", j({"invite": "x"})),
            ("createRoom name int", "POST", f"{c}/createRoom", j({"name": 5})),
            ("createRoom topic list", "POST", f"{c}/createRoom", j({"topic": ["t"]})),
            ("createRoom preset bogus", "POST", f"{c}/createRoom", j({"preset": "nope"})),
            ("createRoom visibility int", "POST", f"{c}/createRoom", j({"visibility": 3})),
            ("createRoom initial_state junk", "POST", f"{c}/createRoom",
             j({"initial_state": [{"type": 1}, "x", None]})),
            ("createRoom initial_state not list", "POST", f"{c}/createRoom",
             j({"initial_state": {"a": 1}})),
            ("createRoom creation_content list", "POST", f"{c}/createRoom",
             j({"creation_content": []})),
            ("createRoom pl override str", "POST", f"{c}/createRoom",
             j({"power_level_content_override": "x"})),
            ("createRoom bad room_version", "POST", f"{c}/createRoom",
             j({"room_version": "999"})),
            ("createRoom room_version int", "POST", f"{c}/createRoom", j({"room_version": 9})),
            ("createRoom invite bad ids", "POST", f"{c}/createRoom",
             j({"invite": ["not-a-user", 5, None]})),
            ("createRoom alias int", "POST", f"{c}/createRoom", j({"room_alias_name": 7})),
            ("createRoom null body", "POST", f"{c}/createRoom", b"null"),
            ("createRoom string body", "POST", f"{c}/createRoom", b'"str"'),
            ("createRoom number body", "POST", f"{c}/createRoom", b"123"),
            ("createRoom deeply nested", "POST", f"{c}/createRoom", deep),
            ("createRoom non-utf8", "POST", f"{c}/createRoom", b"\xff\xfe\x00{"),
            ("createRoom empty body", "POST", f"{c}/createRoom", b""),
            # /messages parameters
            ("messages unknown room", "GET",
             f"{c}/rooms/{q('!nonexistent:localhost')}/messages?dir=b", None),
            ("messages malformed room id", "GET", f"{c}/rooms/not-a-room/messages?dir=b", None),
            ("messages empty room id", "GET", f"{c}/rooms//messages?dir=b", None),
            ("messages bad dir", "GET", f"{c}/rooms/{r}/messages?dir=sideways", None),
            ("messages missing dir", "GET", f"{c}/rooms/{r}/messages", None),
            ("messages huge limit", "GET",
             f"{c}/rooms/{r}/messages?dir=b&limit=99999999999999999999999", None),
            ("messages negative limit", "GET", f"{c}/rooms/{r}/messages?dir=b&limit=-5", None),
            ("messages zero limit", "GET", f"{c}/rooms/{r}/messages?dir=b&limit=0", None),
            ("messages text limit", "GET", f"{c}/rooms/{r}/messages?dir=b&limit=abc", None),
            ("messages float limit", "GET", f"{c}/rooms/{r}/messages?dir=b&limit=1.5", None),
            ("messages garbage from", "GET", f"{c}/rooms/{r}/messages?dir=b&from=garbage", None),
            ("messages garbage to", "GET", f"{c}/rooms/{r}/messages?dir=b&to=%00%01", None),
            ("messages bad filter", "GET", f"{c}/rooms/{r}/messages?dir=b&filter=%7Bbad", None),
            ("messages filter wrong type", "GET",
             f"{c}/rooms/{r}/messages?dir=b&filter=%7B%22limit%22%3A%22x%22%7D", None),
            # /sync parameters
            ("sync garbage since", "GET", f"{c}/sync?since=garbage&timeout=0", None),
            ("sync huge since", "GET", f"{c}/sync?since=999999999999999999999999&timeout=0",
             None),
            ("sync negative timeout", "GET", f"{c}/sync?timeout=-100", None),
            ("sync text timeout", "GET", f"{c}/sync?timeout=abc", None),
            ("sync bad filter json", "GET", f"{c}/sync?timeout=0&filter=%7Bnot", None),
            ("sync unknown filter id", "GET", f"{c}/sync?timeout=0&filter=987654321", None),
            ("sync filter wrong types", "GET",
             f"{c}/sync?timeout=0&filter=" + q(json.dumps(
                 {"room": {"timeline": {"limit": "many"}, "state": []}})), None),
            ("sync huge timeline limit", "GET",
             f"{c}/sync?timeout=0&filter=" + q(json.dumps(
                 {"room": {"timeline": {"limit": 10 ** 30}}})), None),
            ("sync bad set_presence", "GET", f"{c}/sync?timeout=0&set_presence=dancing", None),
            # send / txn ids
            ("send array body", "PUT", f"{c}/rooms/{r}/send/m.room.message/t1", b"[]"),
            ("send null body", "PUT", f"{c}/rooms/{r}/send/m.room.message/t2", b"null"),
            ("send empty txn", "PUT", f"{c}/rooms/{r}/send/m.room.message/", j({"body": "x"})),
            ("send huge txn", "PUT", f"{c}/rooms/{r}/send/m.room.message/" + "t" * 5000,
             j({"body": "x"})),
            ("send unicode txn", "PUT", f"{c}/rooms/{r}/send/m.room.message/%E2%98%83",
             j({"msgtype": "m.text", "body": "snow"})),
            ("send nul txn", "PUT", f"{c}/rooms/{r}/send/m.room.message/%00", j({"body": "x"})),
            ("send bad percent", "PUT", f"{c}/rooms/{r}/send/m.room.message/%ZZ",
             j({"body": "x"})),
            ("send to unknown room", "PUT",
             f"{c}/rooms/{q('!nope:localhost')}/send/m.room.message/t3", j({"body": "x"})),
            ("send to malformed room", "PUT", f"{c}/rooms/nope/send/m.room.message/t4",
             j({"body": "x"})),
            ("send body wrong types", "PUT", f"{c}/rooms/{r}/send/m.room.message/t5",
             j({"msgtype": 5, "body": {"x": 1}})),
            ("send huge event", "PUT", f"{c}/rooms/{r}/send/m.room.message/t6",
             j({"msgtype": "m.text", "body": "x" * 200_000})),
            ("send state via send", "PUT", f"{c}/rooms/{r}/send/m.room.create/t7", j({})),
            # state
            ("state bad pl content", "PUT", f"{c}/rooms/{r}/state/m.room.power_levels/",
             j({"users": "all", "ban": "high"})),
            ("state member bad membership", "PUT",
             f"{c}/rooms/{r}/state/m.room.member/{me}", j({"membership": 12})),
            ("state member for bad user", "PUT",
             f"{c}/rooms/{r}/state/m.room.member/not-a-user", j({"membership": "join"})),
            ("state name wrong type", "PUT", f"{c}/rooms/{r}/state/m.room.name/",
             j({"name": ["x"]})),
            ("state join_rules bogus", "PUT", f"{c}/rooms/{r}/state/m.room.join_rules/",
             j({"join_rule": 5})),
            ("get state unknown room", "GET", f"{c}/rooms/{q('!x:localhost')}/state", None),
            ("get event unknown id", "GET", f"{c}/rooms/{r}/event/{q('$nope')}", None),
            ("get event malformed id", "GET", f"{c}/rooms/{r}/event/nope", None),
            ("context unknown event", "GET", f"{c}/rooms/{r}/context/{q('$nope')}", None),
            ("members bad membership", "GET", f"{c}/rooms/{r}/members?membership=zzz", None),
            # membership endpoints with bad user / room ids
            ("invite not a user id", "POST", f"{c}/rooms/{r}/invite", j({"user_id": "bob"})),
            ("invite int user id", "POST", f"{c}/rooms/{r}/invite", j({"user_id": 42})),
            ("invite missing user id", "POST", f"{c}/rooms/{r}/invite", j({})),
            ("invite unknown user", "POST", f"{c}/rooms/{r}/invite",
             j({"user_id": "@ghost:localhost"})),
            ("invite self", "POST", f"{c}/rooms/{r}/invite",
             j({"user_id": self.alice["user_id"]})),
            ("kick non-member", "POST", f"{c}/rooms/{r}/kick",
             j({"user_id": self.bob["user_id"]})),
            ("kick bad user", "POST", f"{c}/rooms/{r}/kick", j({"user_id": None})),
            ("ban bad user", "POST", f"{c}/rooms/{r}/ban", j({"user_id": ["@a:b"]})),
            ("join malformed id", "POST", f"{c}/join/garbage", j({})),
            ("join unknown room", "POST", f"{c}/join/{q('!missing:localhost')}", j({})),
            ("join unknown alias", "POST", f"{c}/join/{q('#missing:localhost')}", j({})),
            ("join remote alias", "POST", f"{c}/join/{q('#x:remote.example')}", j({})),
            ("rooms join malformed", "POST", f"{c}/rooms/garbage/join", j({})),
            ("leave unknown room", "POST", f"{c}/rooms/{q('!missing:localhost')}/leave", j({})),
            ("forget joined room", "POST", f"{c}/rooms/{r}/forget", j({})),
            # typing / receipts / read markers
            ("typing bad body", "PUT", f"{c}/rooms/{r}/typing/{me}", j({"typing": "yes"})),
            ("typing bad timeout", "PUT", f"{c}/rooms/{r}/typing/{me}",
             j({"typing": True, "timeout": "soon"})),
            ("typing huge timeout", "PUT", f"{c}/rooms/{r}/typing/{me}",
             j({"typing": True, "timeout": 10 ** 40})),
            ("typing malformed user", "PUT", f"{c}/rooms/{r}/typing/garbage",
             j({"typing": True})),
            ("receipt unknown event", "POST", f"{c}/rooms/{r}/receipt/m.read/{q('$nope')}",
             j({})),
            ("receipt bad type", "POST", f"{c}/rooms/{r}/receipt/m.bogus/{ev}", j({})),
            ("receipt bad thread", "POST", f"{c}/rooms/{r}/receipt/m.read/{ev}",
             j({"thread_id": 5})),
            ("read_markers junk", "POST", f"{c}/rooms/{r}/read_markers",
             j({"m.fully_read": 5, "m.read": ["x"]})),
            # redaction
            ("redact unknown event", "PUT", f"{c}/rooms/{r}/redact/{q('$nope')}/rt1", j({})),
            ("redact bad reason", "PUT", f"{c}/rooms/{r}/redact/{ev}/rt2", j({"reason": 5})),
            # auth endpoints
            ("register wrong types", "POST", f"{c}/register",
             j({"username": 5, "password": [], "auth": "dummy"})),
            ("register bad session", "POST", f"{c}/register",
             j({"username": "zz", "password": "p",
                "auth": {"type": "m.login.dummy", "session": 5}})),
            ("register unknown auth type", "POST", f"{c}/register",
             j({"username": "zz2", "password": "p", "auth": {"type": "m.login.bogus"}})),
            ("register invalid username", "POST", f"{c}/register",
             j({"username": "Bad Name!", "password": "p", "auth": {"type": "m.login.dummy"}})),
            ("register bad kind", "POST", f"{c}/register?kind=robot", j({})),
            ("login empty", "POST", f"{c}/login", j({})),
            ("login identifier str", "POST", f"{c}/login",
             j({"type": "m.login.password", "identifier": "x", "password": "p"})),
            ("login wrong types", "POST", f"{c}/login",
             j({"type": "m.login.password", "user": 5, "password": 5})),
            ("login unknown type", "POST", f"{c}/login", j({"type": "m.login.magic"})),
            ("login identifier missing user", "POST", f"{c}/login",
             j({"type": "m.login.password", "identifier": {"type": "m.id.user"},
                "password": "p"})),
            ("login bad user id", "POST", f"{c}/login",
             j({"type": "m.login.password",
                "identifier": {"type": "m.id.user", "user": "@:"}, "password": "p"})),
            # keys
            ("keys upload wrong type", "POST", f"{c}/keys/upload", j({"one_time_keys": 5})),
            ("keys upload device_keys str", "POST", f"{c}/keys/upload",
             j({"device_keys": "abc"})),
            ("keys upload bad key ids", "POST", f"{c}/keys/upload",
             j({"one_time_keys": {"nocolon": {"key": 1}}})),
            ("keys query list", "POST", f"{c}/keys/query", j({"device_keys": []})),
            ("keys query bad user", "POST", f"{c}/keys/query",
             j({"device_keys": {"not-a-user": 5}})),
            ("keys claim str", "POST", f"{c}/keys/claim", j({"one_time_keys": "x"})),
            ("keys claim unknown", "POST", f"{c}/keys/claim",
             j({"one_time_keys": {"@ghost:localhost": {"DEV": "signed_curve25519"}}})),
            ("keys claim bad alg", "POST", f"{c}/keys/claim",
             j({"one_time_keys": {self.alice["user_id"]: {"X": 5}}})),
            ("keys changes garbage", "GET", f"{c}/keys/changes?from=a&to=b", None),
            # to-device
            ("sendToDevice messages str", "PUT", f"{c}/sendToDevice/m.test/d1",
             j({"messages": "x"})),
            ("sendToDevice user value int", "PUT", f"{c}/sendToDevice/m.test/d2",
             j({"messages": {self.bob["user_id"]: 5}})),
            ("sendToDevice bad user", "PUT", f"{c}/sendToDevice/m.test/d3",
             j({"messages": {"bob": {"DEV": {}}}})),
            ("sendToDevice missing messages", "PUT", f"{c}/sendToDevice/m.test/d4", j({})),
            # filters / account data / profile
            ("filter wrong types", "POST", f"{c}/user/{me}/filter", j({"room": "x"})),
            ("filter for other user", "POST", f"{c}/user/{q(self.bob['user_id'])}/filter",
             j({})),
            ("filter unknown id", "GET", f"{c}/user/{me}/filter/nope", None),
            ("account data array", "PUT", f"{c}/user/{me}/account_data/m.x", b"[]"),
            ("account data other user", "PUT",
             f"{c}/user/{q(self.bob['user_id'])}/account_data/m.x", j({})),
            ("account data missing", "GET", f"{c}/user/{me}/account_data/m.absent", None),
            ("room account data bad room", "PUT",
             f"{c}/user/{me}/rooms/garbage/account_data/m.x", j({})),
            ("profile malformed user", "GET", f"{c}/profile/not-a-user", None),
            ("profile unknown user", "GET", f"{c}/profile/{q('@ghost:localhost')}", None),
            ("displayname wrong type", "PUT", f"{c}/profile/{me}/displayname",
             j({"displayname": 5})),
            ("displayname other user", "PUT", f"{c}/profile/{q(self.bob['user_id'])}/displayname",
             j({"displayname": "x"})),
            ("directory bad alias", "GET", f"{c}/directory/room/not-an-alias", None),
            ("directory put bad body", "PUT", f"{c}/directory/room/{q('#a:localhost')}",
             j({"room_id": 5})),
            ("publicRooms huge limit", "GET", f"{c}/publicRooms?limit=99999999999999999999",
             None),
            ("publicRooms bad since", "GET", f"{c}/publicRooms?since=zzz", None),
            ("pushrules unknown", "GET", f"{c}/pushrules/global/override/nope", None),
            ("presence bad state", "PUT", f"{c}/presence/{me}/status", j({"presence": 5})),
            ("devices unknown", "GET", f"{c}/devices/NOPE", None),
            ("delete device no auth", "DELETE", f"{c}/devices/NOPE", j({})),
            # media
            ("upload empty", "POST", f"{MEDIA_V3}/upload", b""),
            ("download traversal", "GET", f"{MEDIA_V3}/download/localhost/..%2F..%2Fetc%2Fpasswd",
             None),
            ("download bad server", "GET", f"{MEDIA_V3}/download/{q('bad server')}/x", None),
            ("thumbnail bad size", "GET",
             f"{MEDIA_V3}/thumbnail/localhost/nope?width=abc&height=-1", None),
            ("media config", "GET", f"{MEDIA_V3}/config", None),
        ]

    async def run_case(self, method, path, body):
        headers = dict(JSON) if body is not None else {}
        return await self.request(method, path, token=self.alice["access_token"],
                                  data=body, headers=headers)

    async def test_bad_inputs_never_return_5xx(self):
        for label, method, path, body in self.cases():
            with self.subTest(label):
                resp = await self.run_case(method, path, body)
                self.assertLess(resp.status, 500, f"{method} {path[:120]} -> {resp!r}")
                self.assertTrue(self.server.is_running(), "server died")

    async def test_bad_input_errors_are_json_with_errcode(self):
        for label, method, path, body in self.cases():
            with self.subTest(label):
                resp = await self.run_case(method, path, body)
                if resp.status >= 400:
                    self.assertIsInstance(resp.json, dict, f"{method} {path[:120]} -> {resp!r}")
                    self.assertIsInstance(resp.json.get("errcode"), str, repr(resp))

    async def test_bad_inputs_without_token_never_return_5xx(self):
        for label, method, path, body in self.cases():
            with self.subTest(label):
                headers = dict(JSON) if body is not None else {}
                resp = await self.request(method, path, data=body, headers=headers)
                self.assertLess(resp.status, 500, f"{method} {path[:120]} -> {resp!r}")



class KeepAliveTest(HomeserverTestCase):
    async def test_connection_reusable_after_early_error_during_upload(self):
        # The server may answer (here 401, no token) before the request body
        # has arrived.  Clients such as aiohttp and curl then stop sending the
        # body and reuse the keep-alive connection.  The server must either
        # consume the body or close the connection (Connection: close); it
        # must not swallow the next request as the rest of the old body.
        # (Synapse reads the whole body before answering, so real clients
        # never see this.)
        async def slow_body():
            yield b'{"msgtype": "m.text", "body": "'
            for _ in range(20):
                await asyncio.sleep(0.01)
                yield b"x" * 10_000
            yield b'"}'

        room = q("!nowhere:localhost")
        first = await self.request(
            "PUT", f"{CLIENT_V3}/rooms/{room}/send/m.room.message/slow1",
            data=slow_body(), headers=JSON, timeout=5)
        self.assertStatus(first, 401, "M_MISSING_TOKEN")
        started = time.monotonic()
        try:
            second = await self.request(
                "PUT", f"{CLIENT_V3}/rooms/{room}/send/m.room.message/small1",
                data=b"{}", headers=JSON, timeout=3)
        except asyncio.TimeoutError:
            self.fail("the next request on the reused connection hung for "
                      f"{time.monotonic() - started:.1f}s")
        self.assertStatus(second, 401, "M_MISSING_TOKEN")

if __name__ == "__main__":
    unittest.main()
