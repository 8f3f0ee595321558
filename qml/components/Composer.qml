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
    // Ctrl+V attaches what the clipboard holds (an image, copied files)
    // instead of pasting text.
    property bool pasteTakesFiles: false
    property string replyBody: ""
    property string replyEventId: ""
    property string replySenderName: ""

    signal attachRequested
    signal edit(string eventId, string text)
    signal editLastRequested
    signal filesPasted
    signal send(string text, string replyTo)

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
                    Keys.onPressed: event => {
                        if (event.matches(StandardKey.Paste) && composer.pasteTakesFiles) {
                            event.accepted = true;
                            composer.filesPasted();
                        }
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
