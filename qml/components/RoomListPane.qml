import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

Pane {
    id: pane

    required property SessionController controller
    property string currentRoomId: ""

    signal roomSelected(string roomId, string name)

    padding: 0

    background: Rectangle {
        color: pane.palette.base
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: 10
            spacing: 8

            Avatar {
                name: pane.controller.userId.substring(1)
                size: 28
            }
            Label {
                Layout.fillWidth: true
                elide: Text.ElideRight
                font.bold: true
                text: pane.controller.userId
            }
            Button {
                flat: true
                text: qsTr("Sign out")

                onClicked: pane.controller.logout()
            }
        }
        Rectangle {
            Layout.fillWidth: true
            color: pane.palette.mid
            implicitHeight: 1
        }
        TextField {
            id: filter
            Accessible.name: qsTr("Filter rooms")
            Layout.fillWidth: true
            Layout.margins: 8
            objectName: "roomFilterField"
            placeholderText: qsTr("Filter rooms (Ctrl+K to jump)")

            // The pane is the field's own colour (base): a border keeps it visible, also in dark.
            background: Rectangle {
                border.color: filter.activeFocus ? filter.palette.highlight : filter.palette.mid
                color: filter.palette.window
                implicitHeight: 28
                radius: 3
            }

            Keys.onEscapePressed: text = ""
        }
        ListView {
            id: list
            Layout.fillHeight: true
            Layout.fillWidth: true
            boundsBehavior: Flickable.StopAtBounds
            clip: true
            section.property: "section"

            ScrollBar.vertical: ScrollBar {
            }
            delegate: RoomDelegate {
                id: roomRow
                selected: roomRow.roomId === pane.currentRoomId
                width: ListView.view.width

                onAccepted: pane.controller.acceptInvite(roomRow.roomId)
                onClicked: pane.roomSelected(roomRow.roomId, roomRow.displayName)
                onDeclined: pane.controller.declineInvite(roomRow.roomId)
                onTagChanged: (tag, on) => pane.controller.setRoomTag(roomRow.roomId, tag, on)
            }
            model: RoomFilterModel {
                filterText: filter.text
                sourceModel: pane.controller.roomListModel
            }
            section.delegate: Label {
                required property string section

                bottomPadding: 4
                font.bold: true
                font.capitalization: Font.AllUppercase
                font.pixelSize: 11
                leftPadding: 12
                opacity: 0.65
                text: {
                    switch (section) {
                    case "invites":
                        return qsTr("Invitations");
                    case "favourites":
                        return qsTr("Favourites");
                    case "lowPriority":
                        return qsTr("Low priority");
                    default:
                        return qsTr("Rooms");
                    }
                }
                topPadding: 10
                width: ListView.view.width
            }
        }
        Label {
            Layout.fillWidth: true
            Layout.margins: 12
            opacity: 0.7
            text: qsTr("No room matches “%1”.").arg(filter.text)
            visible: list.count === 0 && filter.text !== ""
            wrapMode: Text.Wrap
        }
    }
}
