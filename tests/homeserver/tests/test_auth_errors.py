"""Registration, login, access tokens and the standard error responses."""

import unittest

from homeserver_fixture import (
    DEFAULT_PASSWORD,
    HomeserverTestCase,
    q,
    unique_localpart,
)


class RegistrationTest(HomeserverTestCase):
    async def test_register_without_auth_returns_401_with_flows_and_session(self):
        resp = await self.api("POST", "/register",
                              json_body={"username": unique_localpart("uia"),
                                         "password": DEFAULT_PASSWORD})
        self.assertStatus(resp, 401)
        self.assertIsInstance(resp.json.get("session"), str)
        self.assertTrue(resp.json["session"])
        flows = resp.json.get("flows")
        self.assertIsInstance(flows, list)
        stages = [stage for flow in flows for stage in flow.get("stages", [])]
        self.assertIn("m.login.dummy", stages)

    async def test_register_with_dummy_auth_returns_user_id_token_and_device(self):
        user = await self.register_user("reg")
        self.assertTrue(user["user_id"].startswith("@" + user["localpart"] + ":"))
        self.assertTrue(user["access_token"])
        self.assertTrue(user["device_id"])
        whoami = await self.ok("GET", "/account/whoami", token=user["access_token"])
        self.assertEqual(whoami["user_id"], user["user_id"])
        self.assertEqual(whoami.get("device_id"), user["device_id"])

    async def test_register_taken_username_returns_400_user_in_use(self):
        user = await self.register_user("taken")
        body = {"username": user["localpart"], "password": DEFAULT_PASSWORD,
                "auth": {"type": "m.login.dummy"}}
        first = await self.api("POST", "/register",
                               json_body={"username": user["localpart"],
                                          "password": DEFAULT_PASSWORD})
        if first.status == 401 and first.json and first.json.get("session"):
            body["auth"]["session"] = first.json["session"]
        else:
            # Servers may check availability before starting UIA.
            self.assertStatus(first, 400, "M_USER_IN_USE")
            return
        resp = await self.api("POST", "/register", json_body=body)
        self.assertStatus(resp, 400, "M_USER_IN_USE")

    async def test_register_with_inhibit_login_returns_no_token(self):
        body = {"username": unique_localpart("inhibit"), "password": DEFAULT_PASSWORD,
                "inhibit_login": True}
        first = await self.api("POST", "/register", json_body=body)
        self.assertStatus(first, 401)
        body["auth"] = {"type": "m.login.dummy", "session": first.json["session"]}
        resp = await self.api("POST", "/register", json_body=body)
        self.assertStatus(resp, 200)
        self.assertIn("user_id", resp.json)
        self.assertNotIn("access_token", resp.json)

    async def test_register_available_reports_taken_username(self):
        user = await self.register_user("avail")
        resp = await self.api("GET", "/register/available",
                              params={"username": user["localpart"]})
        self.assertStatus(resp, 400, "M_USER_IN_USE")
        free = await self.api("GET", "/register/available",
                              params={"username": unique_localpart("free")})
        self.assertStatus(free, 200)
        self.assertIs(free.json.get("available"), True)


class LoginTest(HomeserverTestCase):
    async def test_login_flows_include_password(self):
        data = await self.ok("GET", "/login")
        types = [f.get("type") for f in data.get("flows", [])]
        self.assertIn("m.login.password", types)

    async def test_login_with_password_returns_working_token(self):
        user = await self.register_user("login")
        data = await self.login(user["localpart"])
        self.assertEqual(data["user_id"], user["user_id"])
        self.assertTrue(data["access_token"])
        self.assertTrue(data["device_id"])
        self.assertNotEqual(data["access_token"], user["access_token"])
        whoami = await self.ok("GET", "/account/whoami", token=data["access_token"])
        self.assertEqual(whoami["user_id"], user["user_id"])

    async def test_login_with_full_user_id_works(self):
        user = await self.register_user("loginfull")
        data = await self.login(user["user_id"])
        self.assertEqual(data["user_id"], user["user_id"])

    async def test_login_with_wrong_password_returns_403_forbidden(self):
        user = await self.register_user("wrongpw")
        resp = await self.api("POST", "/login", json_body={
            "type": "m.login.password",
            "identifier": {"type": "m.id.user", "user": user["localpart"]},
            "password": "not the password",
        })
        self.assertStatus(resp, 403, "M_FORBIDDEN")

    async def test_login_unknown_user_returns_403_forbidden(self):
        resp = await self.api("POST", "/login", json_body={
            "type": "m.login.password",
            "identifier": {"type": "m.id.user", "user": unique_localpart("ghost")},
            "password": DEFAULT_PASSWORD,
        })
        self.assertStatus(resp, 403, "M_FORBIDDEN")

    async def test_logout_invalidates_the_token(self):
        user = await self.register_user("logout")
        await self.ok("POST", "/logout", token=user["access_token"], json_body={})
        resp = await self.api("GET", "/account/whoami", token=user["access_token"])
        self.assertStatus(resp, 401, "M_UNKNOWN_TOKEN")

    async def test_devices_lists_logged_in_devices(self):
        user = await self.register_user("devices")
        second = await self.login(user["localpart"])
        data = await self.ok("GET", "/devices", token=user["access_token"])
        ids = {d["device_id"] for d in data["devices"]}
        self.assertEqual(ids, {user["device_id"], second["device_id"]})

    async def test_delete_device_requires_uia_then_revokes_its_token(self):
        user = await self.register_user("deldev")
        second = await self.login(user["localpart"])
        path = f"/devices/{q(second['device_id'])}"
        first = await self.api("DELETE", path, token=user["access_token"], json_body={})
        self.assertStatus(first, 401)
        self.assertIn("session", first.json)
        resp = await self.api("DELETE", path, token=user["access_token"], json_body={
            "auth": {"type": "m.login.password", "session": first.json["session"],
                     "identifier": {"type": "m.id.user", "user": user["user_id"]},
                     "password": user["password"]}})
        self.assertStatus(resp, 200)
        gone = await self.api("GET", "/account/whoami", token=second["access_token"])
        self.assertStatus(gone, 401, "M_UNKNOWN_TOKEN")


class TokenErrorsTest(HomeserverTestCase):
    async def test_bad_token_returns_401_unknown_token(self):
        resp = await self.api("GET", "/account/whoami", token="syt_definitely_not_valid")
        self.assertStatus(resp, 401, "M_UNKNOWN_TOKEN")

    async def test_bad_token_on_sync_returns_401_unknown_token(self):
        resp = await self.api("GET", "/sync", token="garbage", params={"timeout": "0"})
        self.assertStatus(resp, 401, "M_UNKNOWN_TOKEN")

    async def test_bad_token_in_query_parameter_returns_401_unknown_token(self):
        resp = await self.api("GET", "/account/whoami", params={"access_token": "nope"})
        self.assertStatus(resp, 401, "M_UNKNOWN_TOKEN")

    async def test_missing_token_returns_401_missing_token(self):
        resp = await self.api("GET", "/account/whoami")
        self.assertStatus(resp, 401, "M_MISSING_TOKEN")


class ErrorResponsesTest(HomeserverTestCase):
    async def asyncSetUp(self):
        await super().asyncSetUp()
        self.user = await self.register_user("err")
        self.token = self.user["access_token"]

    async def test_unparseable_json_body_returns_400_not_json(self):
        resp = await self.api("POST", "/createRoom", token=self.token, data=b"{not json",
                              headers={"Content-Type": "application/json"})
        self.assertStatus(resp, 400, "M_NOT_JSON")

    async def test_unparseable_json_on_send_returns_400_not_json(self):
        room_id = await self.create_room(self.token)
        resp = await self.api("PUT", f"/rooms/{q(room_id)}/send/m.room.message/t1",
                              token=self.token, data=b'{"body": "x", ',
                              headers={"Content-Type": "application/json"})
        self.assertStatus(resp, 400, "M_NOT_JSON")

    async def test_json_array_instead_of_object_returns_400_bad_json(self):
        resp = await self.api("POST", "/createRoom", token=self.token, json_body=[1, 2])
        self.assertStatus(resp, 400, "M_BAD_JSON")

    async def test_wrongly_typed_field_returns_400(self):
        resp = await self.api("POST", "/createRoom", token=self.token,
                              json_body={"invite": "not-a-list"})
        self.assertStatus(resp, 400)
        self.assertIn(resp.errcode, ("M_BAD_JSON", "M_INVALID_PARAM"))

    async def test_unknown_endpoint_returns_404_unrecognized(self):
        resp = await self.api("GET", "/this_endpoint_does_not_exist", token=self.token)
        self.assertStatus(resp, 404, "M_UNRECOGNIZED")

    async def test_unknown_endpoint_outside_client_api_returns_404_unrecognized(self):
        resp = await self.request("GET", "/_matrix/nonsense/v9/whatever")
        self.assertStatus(resp, 404, "M_UNRECOGNIZED")

    async def test_known_endpoint_with_wrong_method_returns_405_unrecognized(self):
        resp = await self.api("DELETE", "/account/whoami", token=self.token)
        self.assertStatus(resp, 405, "M_UNRECOGNIZED")

    async def test_error_responses_are_json_with_errcode_and_error(self):
        resp = await self.api("GET", "/account/whoami", token="bad")
        self.assertTrue(resp.headers.get("Content-Type", "").startswith("application/json"))
        self.assertIsInstance(resp.json.get("errcode"), str)
        self.assertIsInstance(resp.json.get("error"), str)


class NonMemberAccessTest(HomeserverTestCase):
    async def asyncSetUp(self):
        await super().asyncSetUp()
        self.owner = await self.register_user("owner")
        self.outsider = await self.register_user("outsider")
        self.room_id = await self.create_room(self.owner["access_token"],
                                              preset="private_chat")
        await self.send_text(self.owner["access_token"], self.room_id, "secret")

    async def test_non_member_messages_returns_403_forbidden(self):
        resp = await self.api("GET", f"/rooms/{q(self.room_id)}/messages",
                              token=self.outsider["access_token"], params={"dir": "b"})
        self.assertStatus(resp, 403, "M_FORBIDDEN")

    async def test_non_member_state_returns_403_forbidden(self):
        resp = await self.api("GET", f"/rooms/{q(self.room_id)}/state",
                              token=self.outsider["access_token"])
        self.assertStatus(resp, 403, "M_FORBIDDEN")

    async def test_non_member_single_state_event_returns_403_forbidden(self):
        resp = await self.api("GET", f"/rooms/{q(self.room_id)}/state/m.room.create/",
                              token=self.outsider["access_token"])
        self.assertStatus(resp, 403, "M_FORBIDDEN")

    async def test_non_member_members_returns_403_forbidden(self):
        resp = await self.api("GET", f"/rooms/{q(self.room_id)}/members",
                              token=self.outsider["access_token"])
        self.assertStatus(resp, 403, "M_FORBIDDEN")

    async def test_non_member_send_returns_403_forbidden(self):
        resp = await self.api("PUT", f"/rooms/{q(self.room_id)}/send/m.room.message/x1",
                              token=self.outsider["access_token"],
                              json_body={"msgtype": "m.text", "body": "let me in"})
        self.assertStatus(resp, 403, "M_FORBIDDEN")

    async def test_uninvited_join_to_private_room_returns_403_forbidden(self):
        resp = await self.api("POST", f"/join/{q(self.room_id)}",
                              token=self.outsider["access_token"], json_body={})
        self.assertStatus(resp, 403, "M_FORBIDDEN")


class VersionsTest(HomeserverTestCase):
    async def test_versions_lists_v1_11_without_auth(self):
        resp = await self.request("GET", "/_matrix/client/versions")
        self.assertStatus(resp, 200)
        self.assertIn("v1.11", resp.json.get("versions", []))

    async def test_capabilities_list_default_room_version_as_available(self):
        user = await self.register_user("caps")
        data = await self.ok("GET", "/capabilities", token=user["access_token"])
        versions = data["capabilities"]["m.room_versions"]
        self.assertIn(versions["default"], versions["available"])

    async def test_default_push_rules_are_served(self):
        user = await self.register_user("push")
        data = await self.ok("GET", "/pushrules/", token=user["access_token"])
        glob = data["global"]
        for kind in ("override", "content", "room", "sender", "underride"):
            self.assertIn(kind, glob)
        ids = [r["rule_id"] for r in glob["override"]]
        self.assertIn(".m.rule.master", ids)

    async def test_legacy_r0_paths_are_served(self):
        # matrix-nio 0.20 (and other older clients) still use /r0.
        user = await self.register_user("r0")
        resp = await self.request("GET", "/_matrix/client/r0/account/whoami",
                                  token=user["access_token"])
        self.assertStatus(resp, 200)
        self.assertEqual(resp.json["user_id"], user["user_id"])


if __name__ == "__main__":
    unittest.main()
