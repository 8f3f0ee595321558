#!/usr/bin/python3
"""atrium-cli end to end against tests/homeserver: the commands a script
would run, their output and their exit codes.

    cli_test.py PATH_TO_ATRIUM_CLI
Run inside scripts/headless so the default (keychain) login works too."""
import json
import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
SERVER = os.path.join(HERE, "..", "homeserver", "run")
CLI = None

# Exit codes documented in the README.
OK, FAILURE, USAGE, AUTH_FAILED, UNKNOWN_ROOM, UNREACHABLE, NOT_LOGGED_IN = 0, 1, 2, 3, 4, 5, 6
CALL_FAILED = 10


class CliTest(unittest.TestCase):
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

    def cli(self, data, *args, password=None, keychain=False, timeout=60):
        env = dict(os.environ)
        env.pop("ATRIUM_PASSWORD", None)
        if password is not None:
            env["ATRIUM_PASSWORD"] = password
        cmd = [CLI, "--data-dir", os.path.join(self.tmp.name, data)]
        if not keychain:
            cmd.append("--no-keychain")
        return subprocess.run(cmd + list(args), env=env, capture_output=True, text=True,
                              timeout=timeout, stdin=subprocess.DEVNULL)

    def register(self, name):
        result = self.cli(name, "login", "--homeserver", self.url, "--user", name, "--register",
                          password="pw-" + name)
        self.assertEqual(result.returncode, OK, result.stderr)
        return "@%s:localhost" % name

    def test_two_users_create_join_send_and_tail(self):
        self.register("ann")
        ben = self.register("ben")
        created = self.cli("ann", "create-room", "--name", "CLI room", "--topic", "t",
                           "--invite", ben)
        self.assertEqual(created.returncode, OK, created.stderr)
        room = created.stdout.strip().splitlines()[-1]
        self.assertTrue(room.startswith("!"), created.stdout)
        self.assertEqual(self.cli("ben", "join", room).returncode, OK)

        sent = self.cli("ann", "send", room, "Hello **Ben**")
        self.assertEqual(sent.returncode, OK, sent.stderr)
        self.assertTrue(sent.stdout.strip().startswith("$"), sent.stdout)
        self.assertEqual(self.cli("ben", "send", room, "hi Ann").returncode, OK)

        tail = self.cli("ben", "tail", room, "--count", "2", "--json")
        self.assertEqual(tail.returncode, OK, tail.stderr)
        lines = [json.loads(l) for l in tail.stdout.splitlines()]
        self.assertEqual([l["body"] for l in lines], ["Hello **Ben**", "hi Ann"])
        self.assertEqual(lines[0]["sender"], "@ann:localhost")
        self.assertEqual(lines[0]["event_id"], sent.stdout.strip())
        for key in ("event_id", "sender", "type", "body", "ts"):
            self.assertIn(key, lines[0])

        rooms = self.cli("ben", "rooms", "--json")
        self.assertEqual(rooms.returncode, OK, rooms.stderr)
        names = [json.loads(l)["name"] for l in rooms.stdout.splitlines()]
        self.assertIn("CLI room", names)

    def test_public_room_joined_by_alias_and_left(self):
        self.register("cara")
        self.register("dave")
        created = self.cli("cara", "create-room", "--name", "Lobby", "--public")
        self.assertEqual(created.returncode, OK, created.stderr)
        room = created.stdout.strip().splitlines()[-1]
        # A public room is joinable by id without an invite.
        self.assertEqual(self.cli("dave", "join", room).returncode, OK)
        left = self.cli("dave", "leave", room)
        self.assertEqual(left.returncode, OK, left.stderr)

    def test_encrypted_room_round_trip(self):
        self.register("erin")
        finn = self.register("finn")
        created = self.cli("erin", "create-room", "--name", "Secret", "--encrypted",
                           "--invite", finn)
        self.assertEqual(created.returncode, OK, created.stderr)
        room = created.stdout.strip().splitlines()[-1]
        self.assertEqual(self.cli("finn", "join", room).returncode, OK)
        sent = self.cli("erin", "send", room, "for members only")
        self.assertEqual(sent.returncode, OK, sent.stderr)
        tail = self.cli("finn", "tail", room, "--count", "1", "--json")
        self.assertEqual(tail.returncode, OK, tail.stderr)
        line = json.loads(tail.stdout.splitlines()[-1])
        self.assertEqual(line["body"], "for members only")
        self.assertEqual(line["type"], "m.room.message")

    def test_send_file_and_download_it_back(self):
        self.register("fay")
        gus = self.register("gus")
        created = self.cli("fay", "create-room", "--name", "Files", "--invite", gus)
        room = created.stdout.strip().splitlines()[-1]
        self.assertEqual(self.cli("gus", "join", room).returncode, OK)
        data = os.urandom(300 * 1024 + 5)
        src = os.path.join(self.tmp.name, "quarterly report.pdf")
        with open(src, "wb") as f:
            f.write(data)

        sent = self.cli("fay", "send-file", room, src, "--caption", "Q3 numbers")
        self.assertEqual(sent.returncode, OK, sent.stderr)
        event_id = sent.stdout.strip()
        self.assertTrue(event_id.startswith("$"), sent.stdout)

        out = os.path.join(self.tmp.name, "gus-downloads")
        os.mkdir(out)
        got = self.cli("gus", "download", room, event_id, "--out", out)
        self.assertEqual(got.returncode, OK, got.stderr)
        saved = got.stdout.strip()
        self.assertEqual(saved, os.path.join(out, "quarterly report.pdf"))
        with open(saved, "rb") as f:
            self.assertEqual(f.read(), data)

        # Again into the same folder: a new name, the first file untouched.
        again = self.cli("gus", "download", room, event_id, "--out", out)
        self.assertEqual(again.returncode, OK, again.stderr)
        self.assertEqual(again.stdout.strip(), os.path.join(out, "quarterly report (1).pdf"))

        # An explicit file name is replaced only with --overwrite.
        target = os.path.join(out, "mine.bin")
        with open(target, "wb") as f:
            f.write(b"keep me")
        tail = self.cli("gus", "tail", room, "--count", "1", "--json")
        line = json.loads(tail.stdout.splitlines()[-1])
        self.assertEqual(line["body"], "Q3 numbers")
        events = self.server_events(room)
        mxc = [e for e in events if e["event_id"] == event_id][0]["content"]["url"]
        refused = self.cli("gus", "download", mxc, "--out", target)
        self.assertEqual(refused.returncode, FAILURE)
        self.assertIn("--overwrite", refused.stderr)
        with open(target, "rb") as f:
            self.assertEqual(f.read(), b"keep me")
        replaced = self.cli("gus", "download", mxc, "--out", target, "--overwrite")
        self.assertEqual(replaced.returncode, OK, replaced.stderr)
        with open(target, "rb") as f:
            self.assertEqual(f.read(), data)

        self.assertEqual(self.cli("gus", "download", "not-a-uri").returncode, USAGE)
        missing = self.cli("fay", "send-file", room, os.path.join(self.tmp.name, "nope"))
        self.assertEqual(missing.returncode, FAILURE)
        self.assertIn("no such file", missing.stderr)

    def test_encrypted_room_file_round_trip(self):
        self.register("hal")
        ida = self.register("ida")
        created = self.cli("hal", "create-room", "--name", "Secret files", "--encrypted",
                           "--invite", ida)
        room = created.stdout.strip().splitlines()[-1]
        self.assertEqual(self.cli("ida", "join", room).returncode, OK)
        src = os.path.join(self.tmp.name, "secret.txt")
        with open(src, "w") as f:
            f.write("classified")
        sent = self.cli("hal", "send-file", room, src)
        self.assertEqual(sent.returncode, OK, sent.stderr)
        event_id = sent.stdout.strip().splitlines()[-1]
        # The server sees neither the file nor its key in the clear.
        events = self.server_events(room)
        self.assertFalse([e for e in events if e["type"] == "m.room.message"])
        self.assertNotIn("secret.txt", json.dumps(events))
        out = os.path.join(self.tmp.name, "ida-secret.txt")
        got = self.cli("ida", "download", room, event_id, "--out", out)
        self.assertEqual(got.returncode, OK, got.stderr)
        with open(out) as f:
            self.assertEqual(f.read(), "classified")
        # By the event id alone: its room (and the key) found in the local store.
        alone = os.path.join(self.tmp.name, "ida-secret-again.txt")
        got = self.cli("ida", "download", event_id, "--out", alone)
        self.assertEqual(got.returncode, OK, got.stderr)
        self.assertEqual(got.stdout.strip(), alone)
        with open(alone) as f:
            self.assertEqual(f.read(), "classified")

    def test_download_by_event_id_alone_finds_its_room(self):
        self.register("otto")
        pia = self.register("pia")
        rooms = []
        for name in ("First", "Second"):
            created = self.cli("otto", "create-room", "--name", name, "--invite", pia)
            self.assertEqual(created.returncode, OK, created.stderr)
            rooms.append(created.stdout.strip().splitlines()[-1])
            self.assertEqual(self.cli("pia", "join", rooms[-1]).returncode, OK)
        self.assertEqual(self.cli("otto", "send", rooms[0], "nothing here").returncode, OK)
        src = os.path.join(self.tmp.name, "minutes.txt")
        with open(src, "w") as f:
            f.write("decided: ship it")
        sent = self.cli("otto", "send-file", rooms[1], src)
        self.assertEqual(sent.returncode, OK, sent.stderr)
        event_id = sent.stdout.strip().splitlines()[-1]

        out = os.path.join(self.tmp.name, "pia-downloads")
        os.mkdir(out)
        got = self.cli("pia", "download", event_id, "--out", out)
        self.assertEqual(got.returncode, OK, got.stderr)
        self.assertEqual(got.stdout.strip(), os.path.join(out, "minutes.txt"))
        with open(os.path.join(out, "minutes.txt")) as f:
            self.assertEqual(f.read(), "decided: ship it")

        # An event this account has never seen: the room must be named.
        unknown = self.cli("pia", "download", "$no-such-event", "--out", out)
        self.assertEqual(unknown.returncode, FAILURE)
        self.assertIn("download ROOM EVENT_ID", unknown.stderr)
        # Neither an event id nor an mxc URI, nor ROOM EVENT_ID: usage.
        usage = self.cli("pia", "download")
        self.assertEqual(usage.returncode, USAGE)
        self.assertIn("EVENT_ID_OR_MXC_URI", usage.stderr)

    def server_events(self, room):
        from urllib.parse import quote
        from urllib.request import urlopen
        with urlopen("%s/_atrium_test/rooms/%s/events" % (self.url, quote(room, safe=""))) as r:
            return json.load(r)["events"]

    def test_whoami_and_logout(self):
        user = self.register("fred")
        who = self.cli("fred", "whoami")
        self.assertEqual(who.returncode, OK)
        self.assertEqual(who.stdout.splitlines()[0], user)
        self.assertEqual(self.cli("fred", "logout").returncode, OK)
        self.assertEqual(self.cli("fred", "whoami").returncode, NOT_LOGGED_IN)

    def test_keychain_login_restores_in_a_later_run(self):
        result = self.cli("gina", "login", "--homeserver", self.url, "--user", "gina",
                          "--register", password="pw-gina", keychain=True)
        self.assertEqual(result.returncode, OK, result.stderr)
        self.assertFalse(os.path.exists(os.path.join(self.tmp.name, "gina", "secrets.json")))
        who = self.cli("gina", "whoami", keychain=True)
        self.assertEqual(who.returncode, OK, who.stderr)
        self.assertEqual(who.stdout.splitlines()[0], "@gina:localhost")

    def test_exit_codes_for_common_failures(self):
        self.register("hank")
        wrong = self.cli("x1", "login", "--homeserver", self.url, "--user", "hank",
                         password="wrong")
        self.assertEqual(wrong.returncode, AUTH_FAILED, wrong.stderr)
        self.assertIn("password", wrong.stderr)
        down = self.cli("x2", "login", "--homeserver", "http://127.0.0.1:9", "--user", "hank",
                        password="x")
        self.assertEqual(down.returncode, UNREACHABLE, down.stderr)
        unknown = self.cli("hank", "send", "#no-such-room:localhost", "x")
        self.assertEqual(unknown.returncode, UNKNOWN_ROOM, unknown.stderr)
        nobody = self.cli("x3", "rooms")
        self.assertEqual(nobody.returncode, NOT_LOGGED_IN)
        usage = self.cli("hank", "send")
        self.assertEqual(usage.returncode, USAGE)

    def test_password_read_from_stdin_when_not_in_environment(self):
        self.register("ivy")
        env = dict(os.environ)
        env.pop("ATRIUM_PASSWORD", None)
        result = subprocess.run([CLI, "--data-dir", os.path.join(self.tmp.name, "ivy2"),
                                 "--no-keychain", "login", "--homeserver", self.url,
                                 "--user", "ivy"], input="pw-ivy\n", env=env,
                                capture_output=True, text=True, timeout=60)
        self.assertEqual(result.returncode, OK, result.stderr)

    def test_two_devices_verify_each_other(self):
        self.register("jo")
        login = self.cli("jo-laptop", "login", "--homeserver", self.url, "--user", "jo",
                         password="pw-jo")
        self.assertEqual(login.returncode, OK, login.stderr)
        phone = self.cli("jo", "whoami").stdout.splitlines()[1].split()[1]
        laptop = self.cli("jo-laptop", "whoami").stdout.splitlines()[1].split()[1]
        base = [CLI, "--no-keychain", "--data-dir"]
        waiting = subprocess.Popen(base + [os.path.join(self.tmp.name, "jo-laptop"), "verify",
                                           "--accept", "--timeout", "60"],
                                   stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True)
        waiting.stdin.write("y\n")  # read once the emoji are shown
        waiting.stdin.flush()
        asking = self.cli("jo", "verify", "@jo:localhost", laptop, "--yes", "--timeout", "60",
                          timeout=90)
        stdout, stderr = waiting.communicate(timeout=90)
        self.assertEqual(asking.returncode, OK, asking.stderr)
        self.assertEqual(waiting.returncode, OK, stderr)
        self.assertIn("verified @jo:localhost " + laptop, asking.stdout)
        self.assertIn("verified @jo:localhost " + phone, stdout)
        self.assertIn("Do they match? [y/N]", stderr)
        emoji = [line for line in asking.stdout.splitlines() if line.startswith("emoji: ")]
        self.assertEqual(len(emoji), 1)
        self.assertIn(emoji[0], stdout.splitlines())
        numbers = [line for line in asking.stdout.splitlines() if line.startswith("decimals: ")]
        self.assertIn(numbers[0], stdout.splitlines())

    def test_verify_usage_and_giving_up(self):
        self.register("kim")
        self.assertEqual(self.cli("kim", "verify").returncode, USAGE)
        self.assertEqual(self.cli("kim", "verify", "--accept", "@kim:localhost").returncode, USAGE)
        nobody = self.cli("kim", "verify", "--accept", "--timeout", "1")
        self.assertEqual(nobody.returncode, 9, nobody.stderr)
        self.assertIn("no verification request arrived", nobody.stderr)
        unknown = self.cli("kim", "verify", "@kim:localhost", "NOSUCHDEVICE", "--yes")
        self.assertEqual(unknown.returncode, 9, unknown.stderr)
        self.assertIn("no keys are known for device NOSUCHDEVICE", unknown.stderr)

    def call_both_ways(self, caller, callee, *call_options):
        """`caller` calls `callee` with video; returns both outputs, checked
        for media both ways."""
        self.register(caller)
        callee_id = self.register(callee)
        created = self.cli(caller, "create-room", "--name", "Call", "--direct",
                           "--invite", callee_id)
        self.assertEqual(created.returncode, OK, created.stderr)
        room = created.stdout.strip().splitlines()[-1]
        self.assertEqual(self.cli(callee, "join", room).returncode, OK)
        answering = subprocess.Popen([CLI, "--no-keychain", "--data-dir",
                                      os.path.join(self.tmp.name, callee), "answer", room,
                                      "--timeout", "60"],
                                     stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True)
        # It listens once its first sync is done: only invites after that ring.
        first = answering.stdout.readline()
        self.assertEqual(first.strip(), "waiting for a call", answering.stderr.read()
                         if not first else first)
        calling = self.cli(caller, "call", room, "--video", "--duration", "6", *call_options,
                           timeout=120)
        rest, stderr = answering.communicate(timeout=60)
        self.assertEqual(calling.returncode, OK, calling.stdout + calling.stderr)
        self.assertEqual(answering.returncode, OK, rest + stderr)
        self.assertIn("incoming call from @%s:localhost (video)" % caller, rest)
        for out in (calling.stdout, rest):
            self.assertIn("connected after", out)
            # The other side's receiver reports: it receives our media.
            self.assertIn("the other side receives our", out)
            last = [l for l in out.splitlines() if l.startswith("call ended")][-1]
            audio, video = [int(n) for n in
                            last.split("decoded from the other side: ")[1]
                            .replace(" audio frames,", "").replace(" video frames", "").split()]
            self.assertGreater(audio, 100, last)  # two seconds and more of 20 ms frames
            self.assertGreater(video, 20, last)
        self.assertIn("by the other side", rest)
        types = [e["type"] for e in self.server_events(room)]
        for t in ("m.call.invite", "m.call.answer", "m.call.candidates", "m.call.hangup"):
            self.assertIn(t, types)
        return calling.stdout, rest

    def test_call_and_answer_carry_audio_and_video_both_ways(self):
        calling, answering = self.call_both_ways("lea", "max")
        for out in (calling, answering):
            self.assertIn("sending video in VP8", out)

    def test_a_call_offered_in_h264_is_answered_in_h264(self):
        # The answering side prefers VP8, but the offer has only H264.
        calling, answering = self.call_both_ways("uma", "vic", "--video-codec", "h264")
        for out in (calling, answering):
            self.assertIn("sending video in H264", out)

    def test_call_commands_usage_and_nobody_calling(self):
        self.register("ned")
        self.assertEqual(self.cli("ned", "call").returncode, USAGE)
        self.assertEqual(self.cli("ned", "call", "!a:localhost", "--duration", "0").returncode,
                         USAGE)
        self.assertEqual(self.cli("ned", "answer").returncode, USAGE)
        self.assertEqual(self.cli("ned", "call", "!a:localhost", "--video-codec", "av1")
                         .returncode, USAGE)
        created = self.cli("ned", "create-room", "--name", "Quiet")
        room = created.stdout.strip().splitlines()[-1]
        nobody = self.cli("ned", "answer", room, "--timeout", "1")
        self.assertEqual(nobody.returncode, CALL_FAILED, nobody.stderr)
        self.assertIn("no call came", nobody.stderr)
        unknown = self.cli("ned", "call", "#no-such-room:localhost")
        self.assertEqual(unknown.returncode, UNKNOWN_ROOM, unknown.stderr)


if __name__ == "__main__":
    CLI = sys.argv.pop(1)
    unittest.main(verbosity=2)
