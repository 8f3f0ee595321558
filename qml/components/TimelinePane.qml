import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

Pane {
    id: pane

    required property SessionController controller
    property string roomId: ""
    property string roomName: ""

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

            // The event a reply's quote jumped to, highlighted for a moment.
            property string highlightedEventId: ""
            property bool stickToEnd: true

            Layout.fillHeight: true
            Layout.fillWidth: true
            bottomMargin: 8
            boundsBehavior: Flickable.StopAtBounds
            clip: true
            model: pane.controller.timelineModel
            objectName: "timeline"
            topMargin: 8
            visible: pane.roomId !== ""

            ScrollBar.vertical: ScrollBar {
            }
            delegate: MessageDelegate {
                highlightedRow: eventId !== "" && eventId === timeline.highlightedEventId
                mediaController: pane.controller.media
                width: ListView.view.width

                onDeleteRequested: eventId => pane.controller.deleteMessage(pane.roomId, eventId)
                onDiscardRequested: transactionId => pane.controller.discardSend(transactionId)
                onEditRequested: (eventId, body) => composer.startEdit(eventId, body)
                onFileSaveRequested: media => files.saveAs(media)
                onImageViewRequested: media => files.view(media)
                onJumpRequested: eventId => {
                    timeline.stickToEnd = false;
                    pane.controller.timelineModel.reveal(eventId);
                }
                onReactRequested: (eventId, key) => pane.controller.toggleReaction(pane.roomId, eventId, key)
                onReactionPickerRequested: (eventId, anchor) => {
                    picker.targetEventId = eventId;
                    const point = anchor.mapToItem(pane, 0, anchor.height);
                    picker.x = Math.max(0, Math.min(point.x - picker.implicitWidth + anchor.width, pane.width - picker.implicitWidth));
                    picker.y = point.y;
                    picker.open();
                }
                onReplyRequested: (eventId, senderName, body) => composer.startReply(eventId, senderName, body)
                onRetryRequested: transactionId => pane.controller.retrySend(transactionId)
            }

            onAtYBeginningChanged: if (atYBeginning && count > 0 && !stickToEnd)
                pane.controller.timelineModel.loadOlder()
            onCountChanged: if (stickToEnd)
                Qt.callLater(positionViewAtEnd)
            onMovementEnded: stickToEnd = atYEnd

            Timer {
                id: unhighlight
                interval: 1600

                onTriggered: timeline.highlightedEventId = ""
            }
            Connections {
                function onPageLoaded() {
                    if (timeline.stickToEnd)
                        Qt.callLater(timeline.positionViewAtEnd);
                }
                function onRevealFailed(eventId) {
                    notice.text = qsTr("The message replied to is no longer in this room's history.");
                }
                function onRevealed(row) {
                    timeline.stickToEnd = false;
                    timeline.positionViewAtIndex(row, ListView.Center);
                    timeline.highlightedEventId = pane.controller.timelineModel.eventIdAt(row);
                    unhighlight.restart();
                }
                function onRoomIdChanged() {
                    timeline.stickToEnd = true;
                    notice.text = "";
                    composer.cancel();
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
            id: composer
            Layout.fillWidth: true
            objectName: "composer"
            pasteTakesFiles: pane.controller.media.clipboardHasFiles
            visible: pane.roomId !== ""

            onAttachRequested: files.attach()
            onEdit: (eventId, text) => {
                notice.text = "";
                pane.controller.editMessage(pane.roomId, eventId, text);
            }
            onEditLastRequested: {
                const model = pane.controller.timelineModel;
                const row = model.lastEditableRow();
                if (row >= 0)
                    composer.startEdit(model.eventIdAt(row), model.editableText(row));
            }
            onFilesPasted: files.paste()
            onSend: (text, replyTo) => {
                timeline.stickToEnd = true;
                notice.text = "";
                pane.controller.sendMessage(pane.roomId, text, replyTo);
            }
        }
    }
    // Files dropped anywhere on the room go to the preview sheet.
    DropArea {
        id: drop
        anchors.fill: parent
        enabled: pane.roomId !== ""
        keys: ["text/uri-list"]

        onDropped: event => {
            if (!event.hasUrls)
                return;
            event.acceptProposedAction();
            files.offer(event.urls);
        }

        Rectangle {
            anchors.fill: parent
            anchors.margins: 8
            border.color: pane.palette.highlight
            border.width: 2
            color: Qt.rgba(pane.palette.highlight.r, pane.palette.highlight.g, pane.palette.highlight.b, 0.12)
            radius: 8
            visible: drop.containsDrag

            Label {
                anchors.centerIn: parent
                font.pixelSize: 16
                text: qsTr("Drop files to send them to %1").arg(pane.roomName !== "" ? pane.roomName : qsTr("this room"))
            }
        }
    }
    FileSharing {
        id: files
        anchors.fill: parent
        mediaController: pane.controller.media
        objectName: "fileSharing"
        roomId: pane.roomId
        roomName: pane.roomName

        onNotice: text => notice.text = text
    }
    ReactionPicker {
        id: picker
        onPicked: (eventId, key) => pane.controller.toggleReaction(pane.roomId, eventId, key)
    }
}
