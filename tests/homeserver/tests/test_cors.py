"""CORS headers for web browser clients (client-server API, "Web Browser Clients"):
every response, preflights included, carries the spec's Access-Control-Allow-* headers,
so a browser page (matrix-js-sdk in Chromium, the calls interop test) can use the API."""

import unittest

from homeserver_fixture import HomeserverTestCase

SPEC_METHODS = {"GET", "POST", "PUT", "DELETE", "OPTIONS"}
SPEC_HEADERS = {"x-requested-with", "content-type", "authorization"}


class CorsTest(HomeserverTestCase):
    def assertCors(self, resp):
        h = resp.headers
        self.assertEqual(h.get("Access-Control-Allow-Origin"), "*", repr(resp))
        methods = {m.strip() for m in h.get("Access-Control-Allow-Methods", "").split(",")}
        self.assertTrue(SPEC_METHODS <= methods, methods)
        headers = {x.strip().lower()
                   for x in h.get("Access-Control-Allow-Headers", "").split(",")}
        self.assertTrue(SPEC_HEADERS <= headers, headers)

    async def test_preflight_is_answered_without_auth_on_any_path(self):
        for path in ("/_matrix/client/v3/voip/turnServer",
                     "/_matrix/client/v3/rooms/!x:localhost/send/m.call.invite/t1",
                     "/_matrix/client/versions"):
            resp = await self.request("OPTIONS", path, headers={
                "Origin": "http://127.0.0.1:1234",
                "Access-Control-Request-Method": "PUT",
                "Access-Control-Request-Headers": "authorization, content-type"})
            self.assertEqual(resp.status, 200, path)
            self.assertCors(resp)

    async def test_ordinary_and_error_responses_carry_cors_headers(self):
        user = await self.register_user("cors")
        ok = await self.api("GET", "/voip/turnServer", token=user["access_token"])
        self.assertEqual(ok.status, 200, repr(ok))
        self.assertCors(ok)
        denied = await self.api("GET", "/voip/turnServer")
        self.assertEqual(denied.status, 401, repr(denied))
        self.assertCors(denied)
        missing = await self.api("GET", "/no/such/endpoint", token=user["access_token"])
        self.assertCors(missing)


if __name__ == "__main__":
    unittest.main()
