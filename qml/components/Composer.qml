import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Multi-line message field: Enter sends, Shift+Enter starts a new line.
Pane {
    id: composer
    signal send(string text)

    function submit() {
        if (input.text.trim().length === 0)
            return;
        composer.send(input.text);
        input.clear();
    }

    padding: 8

    RowLayout {
        anchors.fill: parent
        spacing: 8

        ScrollView {
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(input.implicitHeight, 140)

            TextArea {
                id: input
                focus: true
                objectName: "composerInput"
                placeholderText: qsTr("Write a message…")
                wrapMode: TextEdit.Wrap

                Keys.onEnterPressed: event => {
                    if (event.modifiers & Qt.ShiftModifier) {
                        event.accepted = false;
                        return;
                    }
                    composer.submit();
                }
                Keys.onReturnPressed: event => {
                    if (event.modifiers & Qt.ShiftModifier) {
                        event.accepted = false;
                        return;
                    }
                    composer.submit();
                }
            }
        }
        Button {
            enabled: input.text.trim().length > 0
            text: qsTr("Send")

            onClicked: composer.submit()
        }
    }
}
