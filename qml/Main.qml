import QtQuick
import QtQuick.Controls
import Atrium

ApplicationWindow {
    id: window

    required property SessionController controller
    property string currentRoomId: ""
    property string currentRoomName: ""
    readonly property string titleText: currentRoomName ? qsTr("%1 — Atrium").arg(currentRoomName) : qsTr("Atrium")
    readonly property int unreadCount: controller.roomListModel.unreadCount

    height: 720
    minimumHeight: 420
    minimumWidth: 640
    title: unreadCount > 0 ? qsTr("(%1) %2").arg(unreadCount).arg(titleText) : titleText
    visible: true
    width: 1100

    Loader {
        anchors.fill: parent
        sourceComponent: {
            switch (window.controller.state) {
            case "ready":
                return mainPage;
            case "restoring":
                return restoringPage;
            default:
                return signInPage;
            }
        }
    }
    Component {
        id: signInPage
        SignInPage {
            controller: window.controller
        }
    }
    Component {
        id: mainPage
        MainPage {
            controller: window.controller
            currentRoomId: window.currentRoomId
            currentRoomName: window.currentRoomName

            onRoomSelected: (roomId, name) => {
                window.currentRoomId = roomId;
                window.currentRoomName = name;
            }
        }
    }
    Component {
        id: restoringPage
        Pane {
            Label {
                anchors.centerIn: parent
                text: qsTr("Opening your account…")
            }
        }
    }

    // A new sign-in starts with no room open.
    Connections {
        // A desktop notification was clicked.
        function onRoomActivated(roomId, name) {
            window.currentRoomId = roomId;
            window.currentRoomName = name;
            window.show();
            window.raise();
            window.requestActivate();
        }
        function onStateChanged() {
            if (window.controller.state === "loggedOut") {
                window.currentRoomId = "";
                window.currentRoomName = "";
            }
        }

        target: window.controller
    }

    // The timeline follows the room selected in the list.
    Binding {
        property: "roomId"
        target: window.controller.timelineModel
        value: window.currentRoomId
    }
    // So do its settings, members and the user cards.
    Binding {
        property: "roomId"
        target: window.controller.roomInfo
        value: window.currentRoomId
    }
}
