import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ItemDelegate {
    id: row

    required property string displayName
    required property int highlightCount
    required property bool isInvite
    required property bool isSpace
    required property string lastPreview
    required property string lastSender
    required property int notificationCount
    required property string roomId
    property bool selected: false
    readonly property bool unread: notificationCount > 0 || isInvite

    highlighted: selected
    leftPadding: 10
    padding: 8
    rightPadding: 10

    contentItem: RowLayout {
        spacing: 10

        Avatar {
            name: row.displayName
            size: 38
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Label {
                Layout.fillWidth: true
                color: row.highlighted ? row.palette.highlightedText : row.palette.text
                elide: Text.ElideRight
                font.bold: row.unread
                text: row.displayName
            }
            Label {
                Layout.fillWidth: true
                color: row.highlighted ? row.palette.highlightedText : row.palette.text
                elide: Text.ElideRight
                font.bold: row.unread
                font.pixelSize: 12
                maximumLineCount: 1
                opacity: row.unread ? 0.9 : 0.7
                text: row.isInvite ? qsTr("Invitation") : row.isSpace ? qsTr("Space") : row.lastPreview
                textFormat: Text.PlainText
                visible: text.length > 0
            }
        }
        Rectangle {
            border.color: row.highlighted ? row.palette.highlightedText : "transparent"
            color: row.highlightCount > 0 ? "#d93025" : row.palette.highlight
            implicitHeight: 20
            implicitWidth: Math.max(20, badgeText.implicitWidth + 10)
            radius: 10
            visible: row.notificationCount > 0

            Label {
                id: badgeText
                anchors.centerIn: parent
                color: "white"
                font.bold: true
                font.pixelSize: 11
                text: row.notificationCount > 99 ? "99+" : row.notificationCount
            }
        }
    }
}
