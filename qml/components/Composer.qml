import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Multi-line message field: Enter sends, Shift+Enter starts a new line.
// Replies and edits show a banner above the field; Escape cancels them.
// Up in an empty field asks to edit our last message.
Pane {
    id: composer

    readonly property bool dark: palette.window.hslLightness < 0.5
    property string editEventId: ""
    property string replyBody: ""
    property string replyEventId: ""
    property string replySenderName: ""
    property bool typingSent: false

    signal edit(string eventId, string text)
    signal editLastRequested
    signal focusTimelineRequested
    signal send(string text, string replyTo)
    // We started or stopped typing (see typingNotice).
    signal typing(bool active)

    function cancel() {
        const wasEditing = editEventId !== "";
        replyEventId = "";
        editEventId = "";
        if (wasEditing)
            input.clear();
    }
    function focusInput() {
        input.forceActiveFocus();
    }
    // Typing notifications: on with the first key, again every 20 s while
    // typing goes on (the server forgets after 30 s), off after 5 s without
    // a key, once the message is sent or the field emptied.
    function noteTyping() {
        const active = input.text.length > 0 && editEventId === "";
        if (!active) {
            typingIdle.stop();
            if (typingSent) {
                typingSent = false;
                composer.typing(false);
            }
            return;
        }
        typingIdle.restart();
        if (!typingSent || !typingRefresh.running) {
            typingSent = true;
            typingRefresh.restart();
            composer.typing(true);
        }
    }
    function startEdit(eventId, text) {
        replyEventId = "";
        editEventId = eventId;
        input.text = text;
        input.cursorPosition = input.length;
        input.forceActiveFocus();
    }
    function startReply(eventId, senderName, body) {
        editEventId = "";
        replyEventId = eventId;
        replySenderName = senderName;
        replyBody = body;
        input.forceActiveFocus();
    }
    function submit() {
        if (input.text.trim().length === 0)
            return;
        if (editEventId !== "")
            composer.edit(editEventId, input.text);
        else
            composer.send(input.text, replyEventId);
        replyEventId = "";
        editEventId = "";
        input.clear();
    }

    padding: 8

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
                    Keys.onEnterPressed: event => {
                        if (event.modifiers & Qt.ShiftModifier) {
                            event.accepted = false;
                            return;
                        }
                        composer.submit();
                    }
                    Keys.onEscapePressed: event => {
                        if (composer.replyEventId === "" && composer.editEventId === "") {
                            event.accepted = false;
                            return;
                        }
                        composer.cancel();
                    }
                    Keys.onReturnPressed: event => {
                        if (event.modifiers & Qt.ShiftModifier) {
                            event.accepted = false;
                            return;
                        }
                        composer.submit();
                    }
                    Keys.onUpPressed: event => {
                        if (input.length > 0 || composer.editEventId !== "") {
                            event.accepted = false;
                            return;
                        }
                        composer.editLastRequested();
                    }
                    onTextChanged: composer.noteTyping()
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
