import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

Pane {
    id: page

    required property SessionController controller
    property string currentRoomId: ""
    property string currentRoomName: ""
    property string lastCallState: "idle"
    // The in-call view is shown in place of the timeline (else the call bar).
    property bool showingCall: false

    signal roomSelected(string roomId, string name)

    padding: 0

    onRoomSelected: showingCall = false

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

        SpaceBar {
            id: spaceBar
            SplitView.maximumWidth: implicitWidth
            SplitView.minimumWidth: implicitWidth
            implicitWidth: 56
            media: page.controller.media
            visible: hasSpaces

            spaces: RoomFilterModel {
                sourceModel: page.controller.roomListModel
                spacesOnly: true
            }
        }
        RoomListPane {
            SplitView.minimumWidth: 220
            SplitView.preferredWidth: 300
            controller: page.controller
            currentRoomId: page.currentRoomId
            hideSpaces: spaceBar.visible
            spaceId: spaceBar.visible ? spaceBar.currentSpaceId : ""

            onRoomSelected: (roomId, name) => page.roomSelected(roomId, name)
            onSettingsRequested: (roomId, name) => {
                page.roomSelected(roomId, name);
                timelinePane.showSettings();
            }
        }
        ColumnLayout {
            SplitView.fillWidth: true
            SplitView.minimumWidth: 320
            spacing: 0

            CallBar {
                Layout.fillWidth: true
                call: page.controller.call
                visible: !page.showingCall && page.controller.call.state !== "idle" && page.controller.call.state !== "ringing"

                onOpenRequested: page.showingCall = true
            }
            CallView {
                Layout.fillHeight: true
                Layout.fillWidth: true
                call: page.controller.call
                media: page.controller.media
                visible: page.showingCall && page.controller.call.state !== "idle"

                onBackRequested: page.showingCall = false
            }
            TimelinePane {
                id: timelinePane
                Layout.fillHeight: true
                Layout.fillWidth: true
                controller: page.controller
                roomId: page.currentRoomId
                roomName: page.currentRoomName
                visible: !page.showingCall || page.controller.call.state === "idle"

                onRoomRequested: (roomId, name) => page.roomSelected(roomId, name)
            }
        }
    }
    IncomingCallPopup {
        call: page.controller.call
        media: page.controller.media
    }
    Connections {
        // A call placed or answered here opens its view; choosing a room leaves it for the bar.
        function onCallChanged() {
            const state = page.controller.call.state;
            if (state !== page.lastCallState && (state === "calling" || (state === "connecting" && page.lastCallState === "ringing")))
                page.showingCall = true;
            page.lastCallState = state;
        }

        target: page.controller.call
    }
}
