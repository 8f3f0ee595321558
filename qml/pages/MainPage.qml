import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

Pane {
    id: page

    required property SessionController controller
    property string currentRoomId: ""
    property string currentRoomName: ""

    signal roomSelected(string roomId, string name)

    padding: 0

    Shortcut {
        context: Qt.WindowShortcut
        sequences: ["Ctrl+K"]

        onActivated: switcher.open()
    }
    QuickSwitcher {
        id: switcher
        controller: page.controller

        onRoomChosen: (roomId, name) => page.roomSelected(roomId, name)
    }
    SplitView {
        anchors.fill: parent

        RoomListPane {
            SplitView.minimumWidth: 220
            SplitView.preferredWidth: 300
            controller: page.controller
            currentRoomId: page.currentRoomId

            onRoomSelected: (roomId, name) => page.roomSelected(roomId, name)
            onSettingsRequested: (roomId, name) => {
                page.roomSelected(roomId, name);
                timelinePane.showSettings();
            }
        }
        TimelinePane {
            id: timelinePane
            SplitView.fillWidth: true
            SplitView.minimumWidth: 320
            controller: page.controller
            roomId: page.currentRoomId
            roomName: page.currentRoomName

            onRoomRequested: (roomId, name) => page.roomSelected(roomId, name)
        }
    }
}
