import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

Pane {
    id: pane

    required property SessionController controller
    property string roomId: ""

    padding: 0

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Label {
            Layout.fillHeight: true
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            opacity: 0.7
            text: qsTr("Choose a room on the left.")
            verticalAlignment: Text.AlignVCenter
            visible: pane.roomId === ""
        }
        ListView {
            id: timeline

            property bool stickToEnd: true

            Layout.fillHeight: true
            Layout.fillWidth: true
            bottomMargin: 8
            boundsBehavior: Flickable.StopAtBounds
            clip: true
            model: pane.controller.timelineModel
            topMargin: 8
            visible: pane.roomId !== ""

            ScrollBar.vertical: ScrollBar {
            }
            delegate: MessageDelegate {
                width: ListView.view.width
            }

            onAtYBeginningChanged: if (atYBeginning && count > 0 && !stickToEnd)
                pane.controller.timelineModel.loadOlder()
            onCountChanged: if (stickToEnd)
                Qt.callLater(positionViewAtEnd)
            onMovementEnded: stickToEnd = atYEnd

            Connections {
                function onPageLoaded() {
                    if (timeline.stickToEnd)
                        Qt.callLater(timeline.positionViewAtEnd);
                }
                function onRoomIdChanged() {
                    timeline.stickToEnd = true;
                    notice.text = "";
                }

                target: pane.controller.timelineModel
            }
        }
        Rectangle {
            Layout.fillWidth: true
            color: pane.palette.mid
            implicitHeight: 1
            visible: pane.roomId !== ""
        }
        Label {
            id: notice
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            Layout.topMargin: 6
            color: palette.window.hslLightness < 0.5 ? "#ff8a80" : "#c62828"
            visible: text !== "" && pane.roomId !== ""
            wrapMode: Text.Wrap

            Connections {
                function onMessageRefused(roomId, reason) {
                    if (roomId === pane.roomId)
                        notice.text = reason;
                }

                target: pane.controller
            }
        }
        Composer {
            Layout.fillWidth: true
            visible: pane.roomId !== ""

            onSend: text => {
                timeline.stickToEnd = true;
                notice.text = "";
                pane.controller.sendMessage(pane.roomId, text);
            }
        }
    }
}
