import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Control {
    id: message

    required property string body
    readonly property bool dark: palette.window.hslLightness < 0.5
    required property string dateSeparator
    required property string formattedBody
    required property string sendError
    required property string sendState
    required property string sender
    required property string senderName
    required property bool showSender
    required property date timestamp

    // The same hue as the sender's avatar (see Avatar.qml).
    function hueOf(text) {
        let hash = 0;
        for (let i = 0; i < text.length; ++i)
            hash = (hash * 31 + text.charCodeAt(i)) % 360;
        return hash / 360;
    }

    bottomPadding: 1
    leftPadding: 16
    rightPadding: 16
    topPadding: showSender ? 8 : 1

    contentItem: ColumnLayout {
        spacing: 2

        // Day change: a centred date between two rules.
        RowLayout {
            Layout.bottomMargin: 6
            Layout.fillWidth: true
            Layout.topMargin: 6
            spacing: 10
            visible: message.dateSeparator !== ""

            Rectangle {
                Layout.fillWidth: true
                color: message.palette.mid
                implicitHeight: 1
            }
            Label {
                font.bold: true
                font.pixelSize: 12
                opacity: 0.75
                text: message.dateSeparator
            }
            Rectangle {
                Layout.fillWidth: true
                color: message.palette.mid
                implicitHeight: 1
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            visible: message.showSender

            Avatar {
                name: message.senderName
                size: 24
            }
            Label {
                color: Qt.hsla(message.hueOf(message.senderName), 0.6, message.dark ? 0.72 : 0.35, 1)
                font.bold: true
                text: message.senderName
            }
            Label {
                font.pixelSize: 11
                opacity: 0.6
                text: Qt.formatTime(message.timestamp, Locale.ShortFormat)
            }
            Item {
                Layout.fillWidth: true
            }
        }
        TextEdit {
            Layout.fillWidth: true
            Layout.leftMargin: 32
            color: message.palette.text
            font: message.font
            opacity: message.sendState === "pending" ? 0.5 : 1
            readOnly: true
            selectByMouse: true
            selectedTextColor: message.palette.highlightedText
            selectionColor: message.palette.highlight
            text: message.formattedBody !== "" ? message.formattedBody : message.body
            textFormat: message.formattedBody !== "" ? Text.RichText : Text.PlainText
            wrapMode: Text.Wrap

            onLinkActivated: link => Qt.openUrlExternally(link)
        }
        Label {
            Layout.leftMargin: 32
            color: message.dark ? "#ff8a80" : "#c62828"
            font.pixelSize: 12
            text: message.sendError ? qsTr("Not sent: %1").arg(message.sendError) : qsTr("Not sent")
            visible: message.sendState === "failed"
        }
    }
}
