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
        ListView {
            id: list
            Layout.fillHeight: true
            Layout.fillWidth: true
            boundsBehavior: Flickable.StopAtBounds
            clip: true
            model: pane.controller.roomListModel

            ScrollBar.vertical: ScrollBar {
            }
            delegate: RoomDelegate {
                id: roomRow
                selected: roomRow.roomId === pane.currentRoomId
                width: ListView.view.width

                onClicked: pane.roomSelected(roomRow.roomId, roomRow.displayName)
            }
        }
    }
}
