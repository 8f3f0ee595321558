"""--seed demo: a small team workspace for the demo and screenshots.

Eight people building Atrium, a space "Atrium Team" with four public rooms,
three DMs, an encrypted room (with one message demo has no key for), and a
few hundred messages spread over the last five days: replies, edits,
reactions, code blocks, mentions, an image with a thumbnail and a PDF.
Everything is written straight into the Store with past timestamps.
"""
import datetime
import html
import random
import time

from . import demo_media, push
from .receipts import set_receipt
from .rooms import create_room, set_membership

PEOPLE = [
    # localpart, display name, password, avatar colour
    ("demo", "Demo User", "demo", (91, 110, 225)),
    ("alice", "Alice Chen", "alice", (214, 69, 101)),
    ("bob", "Bob Martins", "bob", (46, 160, 120)),
    ("carol", "Carol Nguyen", "carol", (230, 140, 40)),
    ("dave", "Dave Okafor", "dave", (120, 90, 200)),
    ("erin", "Erin Walsh", "erin", (30, 150, 200)),
    ("frank", "Frank Müller", "frank", (160, 110, 60)),
    ("grace", "Grace Kim", "grace", (200, 80, 170)),
]

STANDUP_DONE = [
    "landed the sync token refactor", "fixed the flaky timeline scroll test",
    "reviewed the media cache PR", "wrote docs for the room list model",
    "profiled the initial sync path", "got the QML room header pixel-perfect",
    "wired typing notifications into the composer", "cleaned up the CMake presets",
    "triaged the crash reports from last night", "paired with Bob on the retry logic",
    "added lazy-loading of members to the room view", "bumped the CI image to Qt 6.4",
    "finished the empty-state illustrations", "wrote the migration for the SQLite cache",
    "added keyboard navigation to the room list", "fixed the HiDPI avatar blur",
]
STANDUP_TODAY = [
    "look at read receipts in threads", "polish the settings dialog",
    "write integration tests for redactions", "try libolm session pickling",
    "review Frank's QML delegates", "investigate the memory spike on 1000 rooms",
    "hook up push rules to the notification badge", "update the release checklist",
    "prototype the space sidebar", "benchmark /messages pagination",
    "clean up the event formatter", "pair on the E2EE key backup flow",
    "finish the reconnect backoff", "write the accessibility audit notes",
]


class Demo:
    def __init__(self, store):
        self.store = store
        self.rng = random.Random(7)
        self.users = {}
        now = int(time.time() * 1000)
        today = datetime.datetime.now().replace(hour=0, minute=0, second=0, microsecond=0)
        self.day0 = int((today - datetime.timedelta(days=4)).timestamp() * 1000)
        # Conversations run until 17:40 on day 4 (today); shift everything
        # back if that is still in the future so no event is from the future.
        plan_end = self.day0 + 4 * 86400000 + (17 * 60 + 40) * 60000
        self.shift = max(0, plan_end - now + 60000)
        self.clock = self.day0 - 86400000 - self.shift

    def uid(self, name):
        return "@%s:%s" % (name, self.store.server_name)

    def at(self, day, hhmm):
        h, m = (int(x) for x in hhmm.split(":"))
        self.clock = self.day0 + day * 86400000 + (h * 60 + m) * 60000 - self.shift
        return self

    def tick(self):
        self.clock += self.rng.randint(20, 240) * 1000
        return self.clock

    # -- sending helpers --------------------------------------------------------
    def send(self, room, name, content, type_="m.room.message"):
        return self.store.append_event(room, type_, self.uid(name), content,
                                       ts=self.tick(), notify=False)

    def say(self, room, name, body, html_body=None):
        # As today's clients send it: mentioning no one unless it says so
        # (else "demo build" would be a mention of @demo by the legacy rules).
        content = {"msgtype": "m.text", "body": body, "m.mentions": {}}
        if html_body is not None:
            content["format"] = "org.matrix.custom.html"
            content["formatted_body"] = html_body
        return self.send(room, name, content)

    def reply(self, room, parent, name, body):
        quoted = parent.content.get("body", "")
        first = quoted.split("\n")
        fallback = "\n".join("> " + ("<%s> " % parent.sender if i == 0 else "") + line
                             for i, line in enumerate(first))
        content = {
            "msgtype": "m.text",
            "body": "%s\n\n%s" % (fallback, body),
            "format": "org.matrix.custom.html",
            "formatted_body": (
                '<mx-reply><blockquote><a href="https://matrix.to/#/%s/%s">In reply to</a> '
                '<a href="https://matrix.to/#/%s">%s</a><br>%s</blockquote></mx-reply>%s'
                % (room.room_id, parent.event_id, parent.sender, parent.sender,
                   html.escape(quoted), html.escape(body))),
            "m.relates_to": {"m.in_reply_to": {"event_id": parent.event_id}},
        }
        if parent.sender != self.uid(name):
            content["m.mentions"] = {"user_ids": [parent.sender]}
        return self.send(room, name, content)

    def edit(self, room, original, new_body):
        new = {"msgtype": "m.text", "body": new_body}
        return self.send(room, self.name_of(original.sender), {
            "msgtype": "m.text", "body": "* " + new_body, "m.new_content": new,
            "m.relates_to": {"rel_type": "m.replace", "event_id": original.event_id}})

    def react(self, room, target, name, key):
        return self.send(room, name, {"m.relates_to": {
            "rel_type": "m.annotation", "event_id": target.event_id, "key": key}},
            type_="m.reaction")

    def code(self, room, name, intro, lang, source):
        body = "%s\n```%s\n%s\n```" % (intro, lang, source)
        html_body = '<p>%s</p>\n<pre><code class="language-%s">%s\n</code></pre>\n' % (
            html.escape(intro), lang, html.escape(source))
        return self.say(room, name, body, html_body)

    def mention(self, room, name, who, text):
        display = self.store.users[self.uid(who)].displayname
        content = {
            "msgtype": "m.text", "body": "%s: %s" % (display, text),
            "format": "org.matrix.custom.html",
            "formatted_body": '<a href="https://matrix.to/#/%s">%s</a>: %s' % (
                self.uid(who), html.escape(display), html.escape(text)),
            "m.mentions": {"user_ids": [self.uid(who)]},
        }
        return self.send(room, name, content)

    def name_of(self, user_id):
        return user_id[1:].split(":", 1)[0]

    def image(self, room, name, title, accent, filename):
        ms = self.store.media_store
        data, w, h = demo_media.mockup(title, accent)
        thumb, tw, th = demo_media.thumbnail_of(data)
        url = ms.put_bytes(data, "image/png", filename, self.uid(name))
        thumb_url = ms.put_bytes(thumb, "image/png", "thumbnail.png", self.uid(name))
        return self.send(room, name, {
            "msgtype": "m.image", "body": filename, "url": url,
            "info": {"w": w, "h": h, "mimetype": "image/png", "size": len(data),
                     "thumbnail_url": thumb_url,
                     "thumbnail_info": {"w": tw, "h": th, "mimetype": "image/png",
                                        "size": len(thumb)}}})

    def pdf(self, room, name, filename, lines):
        data = demo_media.simple_pdf(lines)
        url = self.store.media_store.put_bytes(data, "application/pdf", filename, self.uid(name))
        return self.send(room, name, {
            "msgtype": "m.file", "body": filename, "filename": filename, "url": url,
            "info": {"mimetype": "application/pdf", "size": len(data)}})

    def audio(self, room, name, filename):
        data = demo_media.tone_wav()
        url = self.store.media_store.put_bytes(data, "audio/x-wav", filename, self.uid(name))
        return self.send(room, name, {
            "msgtype": "m.audio", "body": filename, "filename": filename, "url": url,
            "info": {"mimetype": "audio/x-wav", "size": len(data), "duration": 4000}})

    def video(self, room, name, filename):
        made = demo_media.test_video()
        if made is None:  # no GStreamer tools: the demo goes without
            return None
        data, poster, w, h, duration = made
        ms = self.store.media_store
        url = ms.put_bytes(data, "video/webm", filename, self.uid(name))
        poster_url = ms.put_bytes(poster, "image/png", "poster.png", self.uid(name))
        return self.send(room, name, {
            "msgtype": "m.video", "body": filename, "filename": filename, "url": url,
            "info": {"mimetype": "video/webm", "size": len(data), "w": w, "h": h,
                     "duration": duration, "thumbnail_url": poster_url,
                     "thumbnail_info": {"w": w, "h": h, "mimetype": "image/png",
                                        "size": len(poster)}}})

    def state(self, room, name, type_, content, state_key=""):
        return self.store.append_event(room, type_, self.uid(name), content,
                                       state_key=state_key, ts=self.tick(), notify=False)


def _people(d):
    store = d.store
    for local, display, password, color in PEOPLE:
        user = store.create_user(local, password, display)
        initials = "".join(p[0] for p in display.split()[:2]).upper()
        user.avatar_url = store.media_store.put_bytes(
            demo_media.avatar(initials, color), "image/png", local + ".png", user.user_id)
        d.users[local] = user


def _room(d, creator, name, topic, alias, members, **extra):
    body = {"preset": "public_chat", "visibility": "public", "name": name, "topic": topic,
            "room_alias_name": alias}
    body.update(extra)
    room = create_room(d.store, d.uid(creator), body, ts=d.tick())
    for m in members:
        if m != creator:
            set_membership(d.store, room, d.uid(m), d.uid(m), "join", ts=d.tick())
    return room


def _dm(d, a, b):
    room = create_room(d.store, d.uid(a), {"preset": "trusted_private_chat",
                                           "is_direct": True, "invite": [d.uid(b)]},
                       ts=d.tick())
    from .rooms import join_room
    join_room(d.store, room, d.uid(b), ts=d.tick())
    return room


def seed(store):
    d = Demo(store)
    _people(d)
    everyone = [p[0] for p in PEOPLE]
    ms = store.media_store

    # -- structure: space, rooms, DMs, encrypted room ---------------------------------
    space = _room(d, "alice", "Atrium Team", "Everything about building Atrium",
                  "atrium-team", everyone, creation_content={"type": "m.space"})
    d.state(space, "alice", "m.room.avatar",
            {"url": ms.put_bytes(demo_media.space_icon(), "image/png", "space.png")})
    general = _room(d, "alice", "general", "Team-wide announcements and standups",
                    "general", everyone)
    eng = _room(d, "alice", "engineering", "C++, Qt and Matrix plumbing. Be kind to the CI.",
                "engineering", ["alice", "bob", "dave", "frank", "grace", "demo", "erin"])
    design = _room(d, "carol", "design", "Mockups, icons and UX reviews", "design",
                   ["carol", "alice", "frank", "erin", "demo"])
    rand = _room(d, "erin", "random", "Lunch, links and cat pictures", "random", everyone)
    for i, child in enumerate((general, eng, design, rand)):
        d.state(space, "alice", "m.space.child",
                {"via": [store.server_name], "order": "%02d" % i, "suggested": i < 2},
                child.room_id)
        # m.space.parent needs PL 50 in the child; the room creators have 100.
        creator = d.name_of(child.creator)
        d.state(child, creator, "m.space.parent",
                {"via": [store.server_name], "canonical": True}, space.room_id)

    dms = {who: _dm(d, who, "demo") for who in ("alice", "bob", "carol")}
    for a, b, room in [("demo", w, r) for w, r in dms.items()]:
        for x, y in ((a, b), (b, a)):
            user = store.users[d.uid(x)]
            direct = dict(user.account_data.get("m.direct", {}))
            direct.setdefault(d.uid(y), []).append(room.room_id)
            user.account_data["m.direct"] = direct
            user.account_data_pos["m.direct"] = store.next_pos()

    secret = create_room(store, d.uid("grace"), {
        "preset": "private_chat", "name": "Security Review",
        "topic": "Threat model and pen-test findings (end-to-end encrypted)",
        "initial_state": [{"type": "m.room.encryption", "state_key": "",
                           "content": {"algorithm": "m.megolm.v1.aes-sha2",
                                       "rotation_period_ms": 604800000,
                                       "rotation_period_msgs": 100}}],
        "invite": [d.uid("demo"), d.uid("alice")]}, ts=d.tick())
    from .rooms import join_room
    join_room(store, secret, d.uid("demo"), ts=d.tick())
    join_room(store, secret, d.uid("alice"), ts=d.tick())
    # Sent from a device of Grace's before demo's device existed: demo never
    # got its room key, so the app shows it as undecryptable, with why.
    d.send(secret, "grace", {
        "algorithm": "m.megolm.v1.aes-sha2",
        "sender_key": "Gr4ceCurve25519KeyForTheDemoSeedOnly00000000",
        "session_id": "Gr4ceMegolmSessionForTheDemoSeedOnly000000000",
        "device_id": "GRACEPHONE",
        "ciphertext": "AwgAEnAkGr4ceDemoCiphertextThatNoDeviceCanDecrypt0000000000000",
    }, type_="m.room.encrypted")

    _conversations(d, general, eng, design, rand, dms)

    # Demo has read most rooms, but not everything: some unread badges.
    for room, keep_unread in ((general, 6), (eng, 9), (design, 0), (rand, 3),
                              (dms["alice"], 2), (dms["bob"], 0), (dms["carol"], 1)):
        msgs = [e for e in room.events if e.type == "m.room.message"]
        if len(msgs) > keep_unread:
            set_receipt(store, room, d.uid("demo"), "m.read",
                        msgs[-1 - keep_unread].event_id)
        for other in ("alice", "bob", "carol"):
            if room.membership.get(d.uid(other)) == "join" and msgs:
                set_receipt(store, room, d.uid(other), "m.read", msgs[-1].event_id)
    # The room list's sections: a favourite, a low-priority room, an invitation.
    demo = store.users[d.uid("demo")]
    store.set_account_data(demo, "m.tag", {"tags": {"m.favourite": {"order": 0.1}}},
                           eng.room_id)
    store.set_account_data(demo, "m.tag", {"tags": {"m.lowpriority": {}}}, rand.room_id)
    planning = _room(d, "frank", "release-planning", "Dates, owners and the checklist",
                     "release-planning", ["frank", "alice"])
    set_membership(store, planning, d.uid("frank"), d.uid("demo"), "invite", ts=d.tick())
    push.invalidate_user(store, d.uid("demo"))
    return [(p[0], p[2]) for p in PEOPLE]


def _chatter(d, room, snippets, day, start):
    """Play a few snippets from the pools in demo_chatter, starting at `start`."""
    d.at(day, start)
    for snippet in snippets:
        first = None
        for i, (who, text) in enumerate(snippet):
            if first is not None and i == 1 and d.rng.random() < 0.4:
                d.reply(room, first, who, text)
            else:
                ev = d.say(room, who, text)
                if first is None:
                    first = ev
        if d.rng.random() < 0.5:
            d.react(room, first, d.rng.choice(["alice", "bob", "dave", "grace", "demo"]),
                    d.rng.choice(["👍", "🎉", "👀", "❤️", "😄"]))
        d.clock += d.rng.randint(5, 25) * 60000


def _standups(d, room, day):
    d.at(day, "09:02")
    names = ["alice", "bob", "carol", "dave", "frank", "grace", "erin"]
    d.rng.shuffle(names)
    for name in names[:6 + day % 2]:
        done = d.rng.choice(STANDUP_DONE)
        today = d.rng.choice(STANDUP_TODAY)
        d.say(room, name, "Standup: yesterday I %s. Today I'll %s. No blockers." % (done, today),
              "<p><strong>Standup</strong></p><ul><li>Yesterday: %s</li><li>Today: %s</li>"
              "<li>Blockers: none</li></ul>" % (html.escape(done), html.escape(today)))


def _conversations(d, general, eng, design, rand, dms):
    from . import demo_chatter as chat
    per_day = -(-len(chat.ENGINEERING) // 5)

    def morning(day):
        # Early chatter from the pools, before the scripted part of each day
        # (rooms must receive their events in time order).
        _chatter(d, eng, chat.ENGINEERING[day * per_day:(day + 1) * per_day], day, "07:30")
        _chatter(d, rand, chat.RANDOM[day * 2:day * 2 + 2], day, "07:40")
        if day < len(chat.DM_BOB):
            _chatter(d, dms["bob"], [chat.DM_BOB[day]], day, "07:50")
        if day < len(chat.DM_CAROL):
            _chatter(d, dms["carol"], [chat.DM_CAROL[day]], day, "07:55")
        _chatter(d, design, chat.DESIGN[day * 2:day * 2 + 2], day, "07:35")
        _chatter(d, general, [chat.GENERAL[day]], day, "08:10")

    _day_by_day(d, general, eng, design, rand, dms, morning)


def _day_by_day(d, general, eng, design, rand, dms, morning):
    # ---------------------------------------------------------------- day 0
    morning(0)
    d.at(0, "08:47")
    m = d.say(general, "erin", "Good morning everyone! Sprint 14 starts today. Goal: a demo-able "
                              "Atrium with spaces, threads in read-only mode and E2EE by Friday.")
    d.react(general, m, "alice", "🚀")
    d.react(general, m, "bob", "👍")
    d.react(general, m, "demo", "👍")
    _standups(d, general, 0)

    d.at(0, "10:15")
    q = d.say(eng, "bob", "Initial sync for the 1000-room benchmark account takes 4.2 s on my "
                          "laptop. Most of it is JSON parsing on the main thread.")
    d.reply(eng, q, "alice", "Can we move parsing to a worker thread and hand the room list "
                             "model a finished snapshot?")
    d.say(eng, "bob", "That's the plan. QtConcurrent::run plus a queued signal back to the model.")
    d.code(eng, "bob", "Something like this:", "cpp",
           "auto future = QtConcurrent::run([data = std::move(body)] {\n"
           "    return SyncResponse::parse(data);\n"
           "});\n"
           "watcher->setFuture(future);\n"
           "connect(watcher, &QFutureWatcher<SyncResponse>::finished, this, [=] {\n"
           "    m_rooms->apply(watcher->result());\n"
           "});")
    r = d.say(eng, "frank", "Careful with the model reset, the QML ListView loses its scroll "
                            "position if we call beginResetModel.")
    d.reply(eng, r, "bob", "Good point, I'll diff and emit dataChanged/rowsInserted instead.")
    d.react(eng, r, "alice", "💯")
    d.mention(eng, "alice", "grace", "could you add the large seed to the CI benchmark job?")
    d.say(eng, "grace", "Sure, `--seed large:1000,50,5000` it is. I'll post numbers tomorrow.")

    d.at(0, "11:30")
    img = d.image(design, "carol", "Room list - dark sidebar v3", (91, 110, 225),
                  "room-list-v3.png")
    d.say(design, "carol", "New room list mockup. Unread badges move to the right, mentions get "
                           "the accent colour.")
    d.react(design, img, "frank", "😍")
    d.react(design, img, "alice", "👍")
    d.reply(design, img, "frank", "Love it. Is the sidebar width fixed or resizable?")
    d.say(design, "carol", "Resizable between 220 and 360 px, snaps closed below 180.")
    e = d.say(design, "erin", "Can we get a compact density option for people with 200+ rooms?")
    d.edit(design, e, "Can we get a compact density option for power users with 200+ rooms?")
    d.say(design, "carol", "Yes - I'll do a 'compact' variant with 32 px rows.")

    d.at(0, "12:40")
    d.say(rand, "dave", "Lunch: the ramen place or the falafel truck?")
    l = d.say(rand, "grace", "Falafel truck, it's sunny!")
    for who in ("bob", "erin", "demo"):
        d.react(rand, l, who, "🧆")
    d.say(rand, "frank", "Ramen forever, but I'll join for the sun.")

    d.at(0, "15:05")
    d.say(dms["alice"], "alice", "Hey! Welcome aboard. I put together a reading list for the "
                                 "codebase, want me to send it over?")
    d.say(dms["alice"], "demo", "Yes please, that would be great.")
    d.pdf(dms["alice"], "alice", "atrium-architecture.pdf",
          ["Atrium architecture overview", "", "1. Network layer (QNetworkAccessManager)",
           "2. Sync engine and room store", "3. QML view models", "4. E2EE via libolm",
           "5. Media cache and thumbnails"])
    d.say(dms["alice"], "alice", "Start with the sync engine, everything else hangs off it.")

    d.at(0, "16:20")
    c = d.code(eng, "dave", "CI is red on the timeline test again:", "text",
               "FAIL! : TimelineTest::paginateBackwards() Compared values are not the same\n"
               "   Actual   (model.rowCount()): 49\n"
               "   Expected (50)              : 50\n"
               "   Loc: [tests/timeline_test.cpp(212)]")
    d.reply(eng, c, "bob", "That's the off-by-one when the prev_batch token points at the "
                           "event we already have. On it.")
    d.say(eng, "bob", "Fixed in !412 - we now drop the overlap by event_id instead of by count.")
    d.react(eng, c, "dave", "🙏")

    # ---------------------------------------------------------------- day 1
    morning(1)
    _standups(d, general, 1)
    d.at(1, "09:40")
    d.say(eng, "grace", "Benchmark results with the large seed (1000 rooms, 50 events each):")
    d.code(eng, "grace", "Median of 5 runs:", "text",
           "initial sync (timeline limit 20, lazy members)   0.84 s\n"
           "first paint of room list                         1.12 s\n"
           "memory after sync                                212 MB\n"
           "scroll 1000 rooms (fps)                          58")
    k = d.say(eng, "alice", "Memory is higher than I'd like. Where does it go?")
    d.reply(eng, k, "grace", "Mostly the per-room QJsonObject copies of state. Heaptrack "
                             "screenshot in the MR.")
    d.say(eng, "frank", "We could keep only the state keys the UI needs and drop the rest "
                        "after the first render.")
    x = d.say(eng, "bob", "Or parse state straight into structs, QJsonDocument is the expensive "
                          "part.")
    d.react(eng, x, "alice", "👍")
    d.react(eng, x, "grace", "👍")
    d.edit(eng, x, "Or parse state straight into small structs - QJsonDocument is the "
                   "expensive part.")

    d.at(1, "11:10")
    d.say(design, "frank", "Question about the message bubbles: do we group consecutive "
                           "messages from the same sender within 5 minutes?")
    d.say(design, "carol", "Yes, 5 minutes, and a day separator always breaks a group.")
    d.say(design, "alice", "Same as Element then, people are used to it.")
    d.image(design, "carol", "Message grouping and day separators", (46, 160, 120),
            "grouping.png")

    d.at(1, "13:00")
    d.say(rand, "erin", "Anyone going to the Qt meetup on Thursday?")
    d.say(rand, "frank", "Me! There's a talk on QML performance I don't want to miss.")
    d.say(rand, "dave", "I'll be there too, saving seats.")

    d.at(1, "14:30")
    p = d.say(eng, "demo", "I've got the dev build running. Is there a quick way to get a "
                           "populated account for testing?")
    d.reply(eng, p, "alice", "Start the test homeserver with `--seed demo` and log in as "
                             "demo/demo. That's what you're looking at right now :)")
    d.react(eng, p, "bob", "😄")
    d.say(dms["bob"], "bob", "Hey, ping me if the build gives you trouble. The first Qt "
                             "install always bites.")
    d.say(dms["bob"], "demo", "Thanks! It went fine, the install-deps script did everything.")
    d.say(dms["bob"], "bob", "Nice, Grace will be happy to hear that.")

    d.at(1, "16:45")
    d.mention(eng, "dave", "frank", "the room header overlaps the topic on narrow windows, "
                                    "screenshot incoming")
    d.say(eng, "frank", "Ugh, elide mode. Will fix.")
    d.code(eng, "frank", "Fix for the header:", "qml",
           "Label {\n    text: room.topic\n    elide: Text.ElideRight\n"
           "    Layout.fillWidth: true\n    maximumLineCount: 1\n}")

    # ---------------------------------------------------------------- day 2
    morning(2)
    _standups(d, general, 2)
    d.at(2, "10:05")
    a = d.say(general, "alice", "@room reminder: code freeze for the demo build is Friday at "
                                "noon. Please land risky changes before Thursday.",
              "<p>@room reminder: code freeze for the demo build is <strong>Friday at noon</strong>."
              " Please land risky changes before Thursday.</p>")
    a.content["m.mentions"] = {"room": True}
    d.react(general, a, "bob", "👍")
    d.react(general, a, "frank", "👍")
    d.react(general, a, "dave", "✅")

    d.at(2, "10:30")
    t = d.say(eng, "bob", "RFC: retry policy for sends. Exponential backoff starting at 500 ms, "
                          "capped at 30 s, honour retry_after_ms on 429, and keep the txnId "
                          "so retries are idempotent.")
    d.reply(eng, t, "dave", "+1, and we should surface 'sending failed' after 3 attempts so "
                            "the user can resend manually.")
    d.reply(eng, t, "grace", "Add jitter please, otherwise every client hammers the server "
                             "at the same moment after an outage.")
    d.say(eng, "bob", "Jitter added: delay * (0.5 + rand()/2).")
    d.code(eng, "bob", "Current version:", "cpp",
           "std::chrono::milliseconds nextDelay(int attempt, std::optional<int> retryAfterMs) {\n"
           "    if (retryAfterMs) return std::chrono::milliseconds(*retryAfterMs);\n"
           "    const double base = std::min(30000.0, 500.0 * std::pow(2.0, attempt));\n"
           "    return std::chrono::milliseconds(qint64(base * (0.5 + QRandomGenerator::global()"
           "->generateDouble() / 2)));\n"
           "}")
    d.react(eng, t, "alice", "👍")

    d.at(2, "12:15")
    d.say(rand, "grace", "PSA: the coffee machine on 3 is fixed.")
    w = d.say(rand, "dave", "Best news this week.")
    d.react(rand, w, "erin", "☕")
    d.react(rand, w, "carol", "☕")
    d.react(rand, w, "demo", "😂")

    d.at(2, "14:00")
    d.say(design, "carol", "Icons for spaces are in Figma. I went with rounded squares so they "
                           "don't get confused with people's avatars.")
    d.say(design, "demo", "Nice touch. Do spaces get an unread indicator too?")
    d.say(design, "carol", "A dot, no number - the numbers are per room.")
    d.say(dms["carol"], "carol", "Hi! Could you try the new onboarding flow and tell me where "
                                 "you got stuck? Fresh eyes are gold.")
    d.say(dms["carol"], "demo", "Will do this afternoon.")

    d.at(2, "16:30")
    d.say(eng, "alice", "Threads: for the demo we only render them read-only. Full thread "
                        "composer next sprint.")
    d.say(eng, "frank", "Works for me. The thread panel reuses the timeline delegate anyway.")

    # ---------------------------------------------------------------- day 3
    morning(3)
    _standups(d, general, 3)
    d.at(3, "09:50")
    z = d.say(eng, "grace", "E2EE status: device keys, OTK upload and key claim work against "
                            "the test homeserver. Megolm decryption works for the happy path.")
    d.reply(eng, z, "alice", "What about key backup?")
    d.reply(eng, z, "grace", "Backup version create/get works, uploading sessions is next.")
    d.react(eng, z, "bob", "🔐")
    d.react(eng, z, "dave", "🎉")
    d.say(eng, "dave", "I'll add an interop test: nio sends an encrypted message, Atrium "
                       "decrypts it.")

    d.at(3, "11:20")
    d.say(general, "erin", "Demo dry-run tomorrow at 15:00. Carol drives, Alice narrates.")
    d.say(general, "carol", "Happy to. I'll use the seeded workspace so the screenshots match.")

    d.at(3, "13:10")
    d.say(rand, "frank", "The meetup talk on QML performance was great. Main takeaway: "
                         "avoid bindings that depend on model.count in delegates.")
    d.say(rand, "erin", "Slides?")
    d.say(rand, "frank", "https://doc.qt.io/qt-6/qtquick-performance.html has most of it; "
                         "the slides are pinned in #engineering:localhost.")

    d.at(3, "15:30")
    d.say(design, "erin", "Feedback from the user interviews: people want to see who read "
                          "their message in DMs, but not in big rooms.")
    d.say(design, "carol", "That matches the avatars-under-the-last-message pattern. Max 3 "
                           "avatars plus '+N'.")
    d.video(design, "erin", "interview-clip.webm")
    d.audio(design, "erin", "voice-note.wav")
    d.say(dms["alice"], "alice", "How's the first week going?")
    d.say(dms["alice"], "demo", "Really well! The sync engine docs were super helpful.")

    # ---------------------------------------------------------------- day 4 (today)
    morning(4)
    _standups(d, general, 4)
    d.at(4, "10:00")
    checklist = d.say(eng, "dave", "Release checklist for the demo build:\n\n"
                      "1. CI green on main\n2. Benchmarks within 10% of last week\n"
                      "3. Screenshots from the demo seed\n4. Tag v0.3.0",
                      "<p>Release checklist for the demo build:</p>"
                      "<ol><li>CI green on main</li><li>Benchmarks within 10% of last week</li>"
                      "<li>Screenshots from the demo seed</li><li>Tag v0.3.0</li></ol>")
    d.react(eng, checklist, "alice", "✅")
    d.mention(eng, "alice", "demo", "can you take item 3? You know the demo seed best by now.")
    d.say(eng, "bob", "CI is green as of 9:55: https://ci.example.org/atrium/main/812")
    d.say(eng, "grace", "🎉🚀")

    d.at(4, "11:20")
    d.say(design, "carol", "Release notes colours: red for breaking changes, green for new. "
                           "And Friday's surprise: a new app icon",
          '<p>Release notes colours: <font color="#d93025">red</font> for breaking changes, '
          '<span data-mx-color="#188038">green</span> for new. And Friday\'s surprise: '
          '<span data-mx-spoiler="design">a new app icon</span></p>')

    d.at(4, "12:30")
    d.say(rand, "dave", "Friday lunch: pizza on the team budget 🍕")
    d.say(rand, "grace", "Pineapple is a valid topping and I will not be taking questions.")
    d.say(rand, "bob", "Bold.")

    d.at(4, "15:05")
    d.say(general, "erin", "Dry-run went well, thanks all. Small fixes: the room header "
                           "elision and the empty encrypted room placeholder.")
    d.say(dms["carol"], "carol", "Thanks for the onboarding notes, super useful!")
    d.say(dms["alice"], "alice", "Great job on the screenshots 👏")
    d.at(4, "17:10")
    d.say(general, "alice", "Have a great weekend everyone!")
