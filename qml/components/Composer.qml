import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Multi-line message field: Enter sends, Shift+Enter starts a new line.
// Replies and edits show a banner above the field; Escape cancels them.
// Up in an empty field asks to edit our last message. "@name" offers the
// room's members (the choice becomes a pill: a link to the person, which
// makes the message mention them) and ":shortcode" offers emoji.
// The field holds one room's draft at a time (openRoom); draftEdited says
// when it changed, so that the draft outlives a switch of rooms.
Pane {
    id: composer

    readonly property bool dark: palette.window.hslLightness < 0.5
    // The draft the field held when an edit began: it comes back afterwards.
    property var draftBeforeEdit: null
    property string editEventId: ""
    // Emoji beyond the shortcodes above: query => [{text, name}] (EmojiCatalog.search); null for none.
    property var emojiSearch: null
    // Common emoji by shortcode, for ":shortcode" completion.
    readonly property var emojiShortcodes: [["+1", "👍"], ["-1", "👎"], ["100", "💯"], ["angry", "😠"], ["blush", "😊"], ["bug", "🐛"], ["check", "✅"], ["clap", "👏"], ["confused", "😕"], ["cry", "😢"], ["eyes", "👀"], ["fire", "🔥"], ["grin", "😁"], ["heart", "❤️"], ["hourglass", "⏳"], ["hugs", "🤗"], ["joy", "😂"], ["laughing", "😆"], ["memo", "📝"], ["ok_hand", "👌"], ["party", "🥳"], ["pray", "🙏"], ["question", "❓"], ["rocket", "🚀"], ["rofl", "🤣"], ["sad", "😞"], ["see_no_evil", "🙈"], ["ship", "🚢"], ["slightly_smiling_face", "🙂"], ["smile", "😄"], ["smiley", "😃"], ["sparkles", "✨"], ["star", "⭐"], ["sunglasses", "😎"], ["sweat_smile", "😅"], ["tada", "🎉"], ["thinking", "🤔"], ["thumbsdown", "👎"], ["thumbsup", "👍"], ["warning", "⚠️"], ["wave", "👋"], ["wink", "😉"], ["x", "❌"], ["zap", "⚡"]]
    // Members for "@" completion: prefix => [{userId, name}]; null for none.
    property var memberCompletions: null
    // Ctrl+V attaches what the clipboard holds (an image, copied files)
    // instead of pasting text.
    property bool pasteTakesFiles: false
    property string replyBody: ""
    property string replyEventId: ""
    property string replySenderName: ""
    // The room whose draft the field holds.
    property string roomId: ""
    // Set while a draft is put in the field: that is not the user typing.
    property bool showingDraft: false
    property bool typingSent: false

    signal attachRequested
    signal draftEdited(string roomId, var draft)
    signal edit(string eventId, string text)
    signal editLastRequested
    // The emoji button: the view opens its EmojiPicker, and insert() takes the choice.
    signal emojiPickerRequested(Item anchor)
    signal filesPasted
    signal focusTimelineRequested
    signal send(string text, string replyTo)
    // We started or stopped typing (see typingNotice).
    signal typing(bool active)

    function acceptCompletion(index) {
        const item = completion.items[index];
        const start = completion.start;
        completion.close();
        input.remove(start, input.cursorPosition);
        input.insert(start, item.insert);
        input.cursorPosition = start + item.insert.length;
    }
    function cancel() {
        if (editEventId !== "")
            endEdit();
        else
            replyEventId = "";
    }
    // The word at the cursor that can be completed, if any.
    function completionQuery() {
        const before = input.text.substring(0, input.cursorPosition);
        let match = before.match(/(^|\s)@([^\s@\[\]()]*)$/);
        if (match && memberCompletions)
            return {
                "kind": "member",
                "start": before.length - match[2].length - 1,
                "prefix": match[2]
            };
        match = before.match(/(^|\s):([a-z0-9_+-]{2,})$/i);
        if (match)
            return {
                "kind": "emoji",
                "start": before.length - match[2].length - 1,
                "prefix": match[2].toLowerCase()
            };
        return null;
    }
    function currentDraft() {
        return {
            "text": input.text,
            "replyTo": replyEventId,
            "replySender": replySenderName,
            "replyBody": replyBody
        };
    }
    // The common shortcodes first, then emoji by their Unicode name (":party_pop" → 🎉).
    function emojiCompletions(prefix) {
        const items = emojiShortcodes.filter(e => e[0].startsWith(prefix)).map(e => ({
                        "label": e[1],
                        "detail": ":" + e[0] + ":",
                        "insert": e[1] + " "
                    }));
        if (emojiSearch && items.length < 6) {
            for (const emoji of emojiSearch(prefix)) {
                if (!items.some(item => item.label === emoji.text))
                    items.push({
                            "label": emoji.text,
                            "detail": emoji.name,
                            "insert": emoji.text + " "
                        });
            }
        }
        return items.slice(0, 6);
    }
    function endEdit() {
        const draft = draftBeforeEdit;
        draftBeforeEdit = null;
        showDraft(draft || {});
    }
    function focusInput() {
        input.forceActiveFocus();
    }
    // Text typed at the cursor, as by the user (an emoji from the picker).
    function insert(text) {
        input.insert(input.cursorPosition, text);
        input.forceActiveFocus();
    }
    // What the user typed (not an edit's text) is the room's draft.
    function noteDraft() {
        if (!showingDraft && editEventId === "")
            composer.draftEdited(roomId, currentDraft());
    }
    // Typing notifications: on with the first key, again every 20 s while
    // typing goes on (the server forgets after 30 s), off after 5 s without
    // a key, once the message is sent or the field emptied.
    function noteTyping() {
        if (showingDraft)
            return;
        const active = input.text.length > 0 && editEventId === "";
        if (!active) {
            stopTyping();
            return;
        }
        typingIdle.restart();
        if (!typingSent || !typingRefresh.running) {
            typingSent = true;
            typingRefresh.restart();
            composer.typing(true);
        }
    }
    // Leaves the room the field was for (typing there ends) for `id`,
    // showing its draft.
    function openRoom(id, draft) {
        stopTyping();
        completion.close();
        draftBeforeEdit = null;
        roomId = id;
        showDraft(draft);
    }
    function showDraft(draft) {
        showingDraft = true;
        editEventId = "";
        replySenderName = draft.replySender || "";
        replyBody = draft.replyBody || "";
        replyEventId = draft.replyTo || "";
        input.text = draft.text || "";
        input.cursorPosition = input.length;
        showingDraft = false;
    }
    function startEdit(eventId, text) {
        if (editEventId === "")
            draftBeforeEdit = currentDraft();
        editEventId = eventId;
        replyEventId = "";
        input.text = text;
        input.cursorPosition = input.length;
        input.forceActiveFocus();
    }
    function startReply(eventId, senderName, body) {
        if (editEventId !== "")
            endEdit();
        replySenderName = senderName;
        replyBody = body;
        replyEventId = eventId;
        input.forceActiveFocus();
    }
    function stopTyping() {
        typingIdle.stop();
        if (typingSent) {
            typingSent = false;
            composer.typing(false);
        }
    }
    function submit() {
        if (input.text.trim().length === 0)
            return;
        if (editEventId !== "") {
            composer.edit(editEventId, input.text);
            endEdit();
            return;
        }
        composer.send(input.text, replyEventId);
        replyEventId = "";
        input.clear();
    }
    function updateCompletions() {
        if (showingDraft)
            return;
        const query = completionQuery();
        let items = [];
        if (query && query.kind === "member") {
            items = memberCompletions(query.prefix).map(m => ({
                            "label": m.name,
                            "detail": m.userId,
                            "insert": "[" + m.name.replace(/[\[\]\\]/g, "\\$&") + "](https://matrix.to/#/" + m.userId + ") "
                        }));
        } else if (query) {
            items = emojiCompletions(query.prefix);
        }
        if (items.length === 0) {
            completion.close();
            return;
        }
        completion.start = query.start;
        completion.items = items;
        completion.open();
    }

    padding: 8

    onReplyEventIdChanged: noteDraft()

    CompletionPopup {
        id: completion
        objectName: "completion"
        x: 8
        y: -height

        onChosen: index => composer.acceptCompletion(index)
    }
    Timer {
        id: typingIdle
        interval: 5000

        onTriggered: {
            composer.typingSent = false;
            composer.typing(false);
        }
    }
    Timer {
        id: typingRefresh
        interval: 20000
    }
    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            visible: composer.replyEventId !== "" || composer.editEventId !== ""

            Rectangle {
                color: composer.palette.highlight
                implicitHeight: banner.implicitHeight
                implicitWidth: 3
                radius: 1
            }
            Label {
                id: banner
                Layout.fillWidth: true
                elide: Text.ElideRight
                font.pixelSize: 12
                maximumLineCount: 1
                text: composer.editEventId !== "" ? qsTr("Editing your message") : qsTr("Replying to %1: %2").arg(composer.replySenderName).arg(composer.replyBody.replace(/\n/g, " "))
                textFormat: Text.PlainText
            }
            ToolButton {
                Accessible.name: composer.editEventId !== "" ? qsTr("Cancel editing") : qsTr("Cancel reply")
                ToolTip.text: qsTr("Cancel (Esc)")
                ToolTip.visible: hovered
                font.pixelSize: 12
                implicitHeight: 24
                text: "✕"

                onClicked: composer.cancel()
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8

            ToolButton {
                Accessible.name: qsTr("Attach files")
                ToolTip.text: qsTr("Attach files")
                ToolTip.visible: hovered
                font.pixelSize: 18
                objectName: "attachButton"
                text: "+"

                onClicked: composer.attachRequested()
            }
            ToolButton {
                id: emojiButton
                Accessible.name: qsTr("Insert emoji")
                ToolTip.text: qsTr("Insert emoji")
                ToolTip.visible: hovered
                font.pixelSize: 16
                objectName: "emojiButton"
                text: "🙂"

                onClicked: composer.emojiPickerRequested(emojiButton)
            }
            ScrollView {
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(input.implicitHeight, 140)

                TextArea {
                    id: input
                    Accessible.name: qsTr("Message")
                    focus: true
                    objectName: "composerInput"
                    placeholderText: composer.editEventId !== "" ? qsTr("Edit your message…") : qsTr("Write a message…")
                    wrapMode: TextEdit.Wrap

                    Keys.onBacktabPressed: composer.focusTimelineRequested()
                    Keys.onDownPressed: event => {
                        if (!completion.visible) {
                            event.accepted = false;
                            return;
                        }
                        completion.move(1);
                    }
                    Keys.onEnterPressed: event => {
                        if (completion.visible) {
                            composer.acceptCompletion(completion.currentIndex);
                            return;
                        }
                        if (event.modifiers & Qt.ShiftModifier) {
                            event.accepted = false;
                            return;
                        }
                        composer.submit();
                    }
                    Keys.onEscapePressed: event => {
                        if (completion.visible) {
                            completion.close();
                            return;
                        }
                        if (composer.replyEventId === "" && composer.editEventId === "") {
                            event.accepted = false;
                            return;
                        }
                        composer.cancel();
                    }
                    Keys.onPressed: event => {
                        if (event.matches(StandardKey.Paste) && composer.pasteTakesFiles) {
                            event.accepted = true;
                            composer.filesPasted();
                        }
                    }
                    Keys.onReturnPressed: event => {
                        if (completion.visible) {
                            composer.acceptCompletion(completion.currentIndex);
                            return;
                        }
                        if (event.modifiers & Qt.ShiftModifier) {
                            event.accepted = false;
                            return;
                        }
                        composer.submit();
                    }
                    Keys.onTabPressed: event => {
                        if (!completion.visible) {
                            event.accepted = false;
                            return;
                        }
                        composer.acceptCompletion(completion.currentIndex);
                    }
                    Keys.onUpPressed: event => {
                        if (completion.visible) {
                            completion.move(-1);
                            return;
                        }
                        if (input.length > 0 || composer.editEventId !== "") {
                            event.accepted = false;
                            return;
                        }
                        composer.editLastRequested();
                    }
                    onCursorPositionChanged: composer.updateCompletions()
                    onTextChanged: {
                        composer.noteTyping();
                        composer.noteDraft();
                        composer.updateCompletions();
                    }
                }
            }
            Button {
                enabled: input.text.trim().length > 0
                text: composer.editEventId !== "" ? qsTr("Save") : qsTr("Send")

                onClicked: composer.submit()
            }
        }
    }
}
