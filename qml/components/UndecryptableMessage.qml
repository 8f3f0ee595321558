import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// In place of a message this device cannot decrypt (yet): a lock and why.
// It is replaced by the message once its key arrives.
Control {
    id: notice

    readonly property bool dark: palette.window.hslLightness < 0.5
    required property string reason

    Accessible.name: label.text
    Accessible.role: Accessible.StaticText
    horizontalPadding: 8
    verticalPadding: 4

    background: Rectangle {
        border.color: notice.dark ? "#8d6e2f" : "#e0b860"
        color: notice.dark ? "#3a3320" : "#fff6dc"
        radius: 4
    }
    contentItem: RowLayout {
        spacing: 6

        LockIcon {
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: 2
            color: notice.dark ? "#e0c070" : "#8a6510"
            size: 12
        }
        Label {
            id: label
            Layout.fillWidth: true
            color: notice.dark ? "#f0dca8" : "#5c4306"
            font.italic: true
            font.pixelSize: 13
            text: qsTr("Unable to decrypt: %1").arg(notice.reason)
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
        }
    }
}
