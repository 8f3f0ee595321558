"""Extra conversation snippets for the demo seed, spread over the days.

Each snippet is a short exchange: a list of (speaker, text) pairs; the
first message sometimes gets a reply relation and reactions when seeded.
"""

ENGINEERING = [
    [("frank", "Is anyone else seeing the QML cache invalidate on every build?"),
     ("grace", "Yes, it's the timestamp in the generated qmldir. I have a patch."),
     ("frank", "You're a hero.")],
    [("bob", "Heads up: I'm renaming RoomStore::eventsFor to timelineFor."),
     ("alice", "Please keep a deprecated alias for a week, Dave's branch uses it."),
     ("bob", "Will do.")],
    [("dave", "Test run time is up to 11 minutes. Can we split the integration suite?"),
     ("grace", "Sharding by test file across 2 runners should halve it."),
     ("dave", "Let's try it on the nightly first.")],
    [("alice", "Reminder: every new endpoint needs a test against the test homeserver."),
     ("bob", "And against matrix-nio when it's user-visible behaviour.")],
    [("grace", "The TURN config is wired up but the test homeserver returns no URIs by default."),
     ("frank", "That's fine, calls on loopback don't need TURN."),
     ("grace", "Right, I'll only test the config path.")],
    [("frank", "What's our policy on QML singletons?"),
     ("alice", "Only for theme and formatting helpers. State goes through the models."),
     ("frank", "Makes sense, removing my Settings singleton then.")],
    [("bob", "I measured /messages pagination: 50 events per page costs 9 ms server side "
             "and 14 ms in our parser."),
     ("alice", "Parser is fine then. What's the UI side?"),
     ("bob", "ListView insertion at the top is ~20 ms. Acceptable.")],
    [("dave", "Found a crash when a redaction arrives for an event we never loaded."),
     ("bob", "Classic. We should store the redaction and apply it if the event shows up later."),
     ("dave", "Filed as #433 with a minimal repro.")],
    [("grace", "Key backup upload works! 1,200 sessions in 0.8 s."),
     ("alice", "Nice. Do we retry on M_WRONG_ROOM_KEYS_VERSION?"),
     ("grace", "We refetch the version and ask the user before overwriting.")],
    [("frank", "Dark mode contrast is too low on the timestamps."),
     ("carol", "Bump them to #9AA0B4, that passes AA on the dark background."),
     ("frank", "Done.")],
    [("alice", "Who owns the notification badge logic?"),
     ("dave", "Me. It uses unread_notifications from sync, and highlight_count for the red dot.")],
    [("bob", "Sync long-poll timeout: 30 s like everyone else?"),
     ("grace", "30 s, and a 10 s client-side grace on top before we call it dead.")],
    [("dave", "The typing indicator flickers when two people type at once."),
     ("frank", "We rebuild the string on every m.typing. I'll diff the user list first.")],
    [("alice", "Code review etiquette reminder: approve or request changes within a day, "
               "even if it's just 'will look tomorrow'."),
     ("erin", "Thank you for this.")],
    [("grace", "Debian packaging: do we want to depend on qt6-httpserver?"),
     ("alice", "Only for the tests. Make it a build-dependency, not a runtime one.")],
    [("frank", "Should edits show '(edited)' inline or as a tooltip?"),
     ("carol", "Inline, small and muted. Tooltip has the edit time."),
     ("frank", "Implementing.")],
]

RANDOM = [
    [("erin", "Book club pick for next month: 'A Philosophy of Software Design'?"),
     ("alice", "Yes! Deep modules for the win."),
     ("dave", "I'm in.")],
    [("grace", "My cat just walked over the keyboard and force-pushed. Kidding. Mostly."),
     ("bob", "Branch protection saves lives.")],
    [("carol", "Found a great icon set with a permissive licence, sharing in #design."),
     ("frank", "Ooh.")],
    [("dave", "Board games on Wednesday evening?"),
     ("erin", "Count me in."),
     ("demo", "Me too!")],
    [("bob", "TIL: QString::arg with more than 9 placeholders behaves differently than you think."),
     ("grace", "Use the multi-arg overload, it's faster anyway.")],
    [("frank", "Weekend plans: hiking if the weather holds."),
     ("carol", "Take pictures for the #random wall!")],
    [("alice", "Thanks for covering the on-call yesterday, Grace."),
     ("grace", "Quiet night, only one alert and it was the disk cleanup job.")],
    [("erin", "Friendly reminder to fill in the retro board before Monday."),
     ("dave", "Done, added three 'went well's for once.")],
]

DM_BOB = [
    [("bob", "Do you want to pair on the retry logic tomorrow?"),
     ("demo", "Sure, 10:00?"),
     ("bob", "Perfect.")],
    [("bob", "The fix we did yesterday is merged, thanks for the review.")],
]

DESIGN = [
    [("carol", "Updated the colour tokens: accent is now #5B6EE1 in both themes."),
     ("frank", "Pulled them into Theme.qml, looks great in dark mode."),
     ("alice", "Much calmer than the old blue.")],
    [("erin", "Users keep missing the 'new messages' divider."),
     ("carol", "I'll make it the accent colour with a small label, like a bookmark."),
     ("frank", "Easy change, it's one delegate.")],
    [("carol", "Avatar fallback: initials on a colour derived from the user ID hash."),
     ("demo", "So the same person always gets the same colour across devices?"),
     ("carol", "Exactly, it's deterministic.")],
    [("frank", "Do we animate new messages sliding in?"),
     ("carol", "Only a 120 ms fade. Sliding gets tiring in busy rooms."),
     ("erin", "Agreed, keep it subtle.")],
    [("carol", "Accessibility pass: all icons now have text alternatives and the focus ring "
               "is visible in both themes."),
     ("alice", "Thank you! That was on the audit list for ages.")],
    [("erin", "Can the composer show who is typing without pushing the timeline up?"),
     ("carol", "Yes, it overlays the bottom 20 px of the timeline with a gradient."),
     ("frank", "I'll prototype it today.")],
    [("carol", "Space sidebar: 48 px icons, tooltip with the space name, badge dot for "
               "unread."),
     ("frank", "And drag to reorder?"),
     ("carol", "Next sprint.")],
    [("demo", "Small thing: the room topic tooltip cuts off long URLs."),
     ("carol", "Good catch, we should wrap anywhere for URLs."),
     ("frank", "Fixed, wrapMode: Text.WrapAnywhere for the tooltip.")],
    [("erin", "The settings page feels like a wall of toggles."),
     ("carol", "Grouping them into Appearance, Notifications, Security and Advanced."),
     ("erin", "Much better.")],
    [("carol", "Emoji picker: recent first, then categories. Search matches shortcodes too."),
     ("alice", "Please make :+1: work, muscle memory is strong."),
     ("carol", "It does :)")],
]

GENERAL = [
    [("erin", "Welcome to Demo User who joins us this week! 👋"),
     ("alice", "Welcome!"), ("bob", "Welcome aboard!"), ("carol", "Hi and welcome 🙂")],
    [("grace", "Maintenance window tonight 22:00-22:30 for the build servers."),
     ("dave", "I'll pause the nightly until it's done.")],
    [("erin", "Reminder: sprint review Friday 14:00, demo build from main."),
     ("alice", "I'll send the agenda tomorrow.")],
    [("dave", "Release notes draft is in the wiki, please add your highlights."),
     ("frank", "Added the QML performance work."),
     ("grace", "Added key backup.")],
    [("alice", "Retro summary: keep pairing on tricky bugs, fewer meetings on Wednesdays, "
               "and we'll try async standups on Fridays."),
     ("erin", "Thanks for writing it up!")],
]

DM_CAROL = [
    [("carol", "Quick question: do you prefer the compact or the comfortable density?"),
     ("demo", "Comfortable for DMs, compact for the big rooms."),
     ("carol", "Interesting! Per-room density it is, then. Noted.")],
    [("carol", "I'm sending you the onboarding flow screenshots tomorrow."),
     ("demo", "Looking forward to it.")],
]
