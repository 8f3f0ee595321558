import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

Pane {
    id: pane

    required property SessionController controller
    property string roomId: ""

    // A room pill was clicked: its room opens once joined.
    property bool roomLinkPending: false
    property string roomName: ""

    // Another room to open (a direct chat from a user card).
    signal roomRequested(string roomId, string name)

    // A pill opens the person's card or the room (joining it first if need be);
    // other links open in the browser.
    function openLink(link) {
        const id = pane.controller.matrixIdOfLink(link);
        if (id.startsWith("@")) {
            showUser(id);
        } else if (id !== "") {
            roomLinkPending = true;
            pane.controller.joinRoom(id);
        } else {
            Qt.openUrlExternally(link);
        }
    }

    // The composer holds the open room's draft (once there is a controller:
    // a room id given at creation may come before it).
    function showDraft() {
        if (controller)
            composer.openRoom(roomId, controller.drafts.draft(roomId));
    }
    function showInvite() {
        inviteDialog.show();
    }
    function showMembers() {
        memberPanel.show();
    }
    function showSettings() {
        settingsDialog.show();
    }
    function showUser(userId) {
        userCard.show(userId);
    }

    padding: 0

    Component.onCompleted: showDraft()
    onRoomIdChanged: showDraft()

    // The stored drafts arrive after start-up: an untouched field shows its room's.
    Connections {
        function onLoaded() {
            if (composer.currentDraft().text === "" && composer.replyEventId === "" && composer.editEventId === "")
                pane.showDraft();
        }

        target: pane.controller.drafts
    }
    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RoomHeader {
            Layout.fillWidth: true
            call: pane.controller.call ?? null
            encrypted: pane.controller.timelineModel.roomEncrypted
            memberCount: pane.controller.roomInfo ? pane.controller.roomInfo.joinedCount : 0
            name: pane.controller.timelineModel.roomName
            roomId: pane.roomId
            shield: pane.controller.roomInfo ? pane.controller.roomInfo.shield ?? "" : ""
            topic: pane.controller.timelineModel.roomTopic
            visible: pane.roomId !== ""

            onInviteRequested: pane.showInvite()
            onMembersRequested: pane.showMembers()
            onSettingsRequested: pane.showSettings()
        }
        Rectangle {
            Layout.fillWidth: true
            color: pane.palette.mid
            implicitHeight: 1
            visible: pane.roomId !== ""
        }
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

            function chooseNewest() {
                currentIndex = count - 1;
                moveCurrent(-1, true);
            }

            // The timeline by keyboard (Shift+Tab from the composer comes
            // here, at the newest message): Up and Down choose a message, R
            // replies, E edits, Delete deletes, + reacts, Enter goes to the
            // message replied to, U shows the sender's user card, O opens its
            // file (an image in the viewer), S saves it, L follows its first
            // link; Escape or Tab goes back to the composer.
            // The keys act through the row's own signals, as its buttons do.
            function handleKey(event) {
                if (event.key === Qt.Key_Escape || event.key === Qt.Key_Tab) {
                    composer.focusInput();
                    event.accepted = true;
                    return;
                }
                if (event.key === Qt.Key_Up || event.key === Qt.Key_Down) {
                    moveCurrent(event.key === Qt.Key_Up ? -1 : 1);
                    event.accepted = true;
                    return;
                }
                if (event.key === Qt.Key_Home || event.key === Qt.Key_End) {
                    currentIndex = event.key === Qt.Key_Home ? 0 : count - 1;
                    moveCurrent(event.key === Qt.Key_Home ? 1 : -1, true);
                    event.accepted = true;
                    return;
                }
                const row = currentItem;
                if (!row || !row.actionable)
                    return;
                if (event.key === Qt.Key_R && event.modifiers === Qt.NoModifier)
                    row.replyRequested(row.eventId, row.senderName, row.body);
                else if (event.key === Qt.Key_E && event.modifiers === Qt.NoModifier && row.canEdit)
                    row.editRequested(row.eventId);
                else if (event.key === Qt.Key_Delete && row.canRedact)
                    row.deleteRequested(row.eventId);
                else if (event.key === Qt.Key_Plus || event.text === "+")
                    row.reactionPickerRequested(row.eventId, row);
                else if (event.key === Qt.Key_U && event.modifiers === Qt.NoModifier && row.sender !== "")
                    pane.showUser(row.sender);
                else if (event.key === Qt.Key_O && event.modifiers === Qt.NoModifier && row.isFile)
                    openFile(row);
                else if (event.key === Qt.Key_S && event.modifiers === Qt.NoModifier && row.isFile)
                    row.fileSaveRequested(row.media);
                else if (event.key === Qt.Key_L && event.modifiers === Qt.NoModifier && row.firstLink() !== "")
                    row.linkClicked(row.firstLink());
                else if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && row.replyTo !== "")
                    row.jumpRequested(row.replyTo);
                else
                    return;
                event.accepted = true;
            }

            // Older history is asked for a screen before the oldest loaded row
            // comes into view, so it usually arrives above what the user sees
            // (the view then keeps its place) instead of pushing it down. Also
            // checked when a page arrives or the room finishes loading while the
            // view still sits near the top, or scrolling back would stall; and
            // while the rows do not fill the view, which cannot be scrolled then.
            function loadOlderNearTop() {
                if (count === 0)
                    return;
                const underfilled = contentHeight < height;
                const nearTop = contentY - originY < height;
                if (underfilled || (nearTop && !stickToEnd))
                    pane.controller.timelineModel.loadOlder();
            }
            // Moves the chosen row by `step` to the next message, skipping
            // lines that are not messages (state changes, our actions on
            // their way). `orStay` accepts the current row when it is one.
            // Above the oldest loaded message it asks for older history.
            function moveCurrent(step, orStay) {
                let next = orStay ? currentIndex : currentIndex + step;
                while (next >= 0 && next < count) {
                    const item = itemAtIndex(next);
                    if (!item || item.selectable)
                        break;
                    next += step;
                }
                if (next < 0) {
                    pane.controller.timelineModel.loadOlder();
                    return;
                }
                if (next >= count)
                    return;
                currentIndex = next;
                positionViewAtIndex(next, ListView.Contain);
                stickToEnd = next === count - 1;
            }

            // As clicking it does: an image in the viewer, another file in its application.
            function openFile(row) {
                if (row.media.kind === "image")
                    row.imageViewRequested(row.media);
                else
                    pane.controller.media.open(row.media);
            }

            Accessible.name: qsTr("Messages")
            Layout.fillHeight: true
            Layout.fillWidth: true
            bottomMargin: 8
            boundsBehavior: Flickable.StopAtBounds
            clip: true
            keyNavigationEnabled: false
            model: pane.controller.timelineModel
            objectName: "timeline"
            // Rows are costly to make: reuse them for switching rooms and scrolling.
            reuseItems: true
            topMargin: 8
            visible: pane.roomId !== ""

            ScrollBar.vertical: ScrollBar {
            }
            delegate: MessageDelegate {
                highlightedRow: eventId !== "" && eventId === timeline.highlightedEventId
                keyboardCurrent: index === timeline.currentIndex && timeline.activeFocus
                mediaController: pane.controller.media
                width: ListView.view.width

                onDeleteRequested: eventId => pane.controller.deleteMessage(pane.roomId, eventId)
                onDiscardRequested: transactionId => pane.controller.discardSend(transactionId)
                onEditRequested: eventId => composer.startEdit(eventId, pane.controller.timelineModel.editableText(index))
                onFileSaveRequested: media => files.saveAs(media)
                onImageViewRequested: media => files.view(media)
                onJumpRequested: eventId => {
                    timeline.stickToEnd = false;
                    pane.controller.timelineModel.reveal(eventId);
                }
                onLinkClicked: link => pane.openLink(link)
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
                onSenderClicked: userId => pane.showUser(userId)
                onSpoilersRequested: eventId => pane.controller.timelineModel.showSpoilers(eventId)
            }

            Keys.onPressed: event => handleKey(event)
            // At the end, a row growing after it was laid out (large emoji,
            // receipts arriving) keeps the newest message in view.
            onContentHeightChanged: if (stickToEnd && !moving)
                Qt.callLater(positionViewAtEnd)
            onContentYChanged: loadOlderNearTop()
            onCountChanged: if (stickToEnd)
                Qt.callLater(positionViewAtEnd)
            onMovementEnded: stickToEnd = atYEnd

            Connections {
                function onLoadingChanged() {
                    Qt.callLater(timeline.loadOlderNearTop);
                }
                function onPageLoaded() {
                    Qt.callLater(timeline.loadOlderNearTop);
                }

                target: pane.controller.timelineModel
            }

            // Who is typing: over the timeline's foot, so nothing jumps.
            Rectangle {
                anchors.bottom: parent.bottom
                anchors.left: parent.left
                anchors.right: parent.right
                color: pane.palette.base
                implicitHeight: typingIndicator.implicitHeight + 4
                opacity: 0.95
                visible: typingIndicator.names.length > 0

                TypingIndicator {
                    id: typingIndicator
                    anchors.left: parent.left
                    anchors.leftMargin: 16
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    names: pane.controller.timelineModel.typingNames
                    objectName: "typingIndicator"
                }
            }
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
                    if (timeline.activeFocus)
                        timeline.currentIndex = row;
                    timeline.positionViewAtIndex(row, ListView.Center);
                    timeline.highlightedEventId = pane.controller.timelineModel.eventIdAt(row);
                    unhighlight.restart();
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
                function onJoinRoomFailed(reason) {
                    if (pane.roomLinkPending)
                        notice.text = reason;
                    pane.roomLinkPending = false;
                }
                function onMessageRefused(roomId, reason) {
                    if (roomId === pane.roomId)
                        notice.text = reason;
                }
                function onRoomJoined(roomId, name) {
                    if (pane.roomLinkPending)
                        pane.roomRequested(roomId, name);
                    pane.roomLinkPending = false;
                }

                target: pane.controller
            }
        }
        Composer {
            id: composer
            Layout.fillWidth: true
            emojiSearch: query => pane.controller.emoji.search(query, 12) // some may be shortcodes' too
            memberCompletions: prefix => pane.controller.timelineModel.memberCompletions(prefix)
            objectName: "composer"
            pasteTakesFiles: pane.controller.media.clipboardHasFiles
            visible: pane.roomId !== ""

            onAttachRequested: files.attach()
            onDraftEdited: (roomId, draft) => pane.controller.drafts.keep(roomId, draft)
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
            onEmojiPickerRequested: anchor => emojiPicker.show(anchor, "")
            onFilesPasted: files.paste()
            onFocusTimelineRequested: {
                // Start from the newest message, where the reader is.
                timeline.chooseNewest();
                timeline.forceActiveFocus();
            }
            onSend: (text, replyTo) => {
                timeline.stickToEnd = true;
                notice.text = "";
                pane.controller.sendMessage(pane.roomId, text, replyTo);
            }
            onTyping: active => pane.controller.setTyping(composer.roomId, active)
        }
    }
    // The room is read only while the reader sees its newest messages.
    Binding {
        property: "reading"
        target: pane.controller.timelineModel
        value: pane.Window.active && timeline.stickToEnd
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
        objectName: "reactionPicker"

        onMoreRequested: eventId => emojiPicker.show(null, eventId)
        onPicked: (eventId, key) => pane.controller.toggleReaction(pane.roomId, eventId, key)
    }
    // All emoji: a reaction to `reactTo`, or (when empty) text for the composer.
    EmojiPicker {
        id: emojiPicker

        property string reactTo: ""

        // Above `anchor` (the composer's button), or where the reaction picker was.
        function show(anchor, reactTo) {
            emojiPicker.reactTo = reactTo;
            if (anchor) {
                const point = anchor.mapToItem(pane, 0, 0);
                x = Math.max(0, Math.min(point.x, pane.width - implicitWidth));
                y = Math.max(0, point.y - implicitHeight);
            } else {
                x = Math.max(0, Math.min(picker.x, pane.width - implicitWidth));
                y = Math.max(0, Math.min(picker.y, pane.height - implicitHeight));
            }
            open();
        }

        catalog: pane.controller.emoji
        objectName: "emojiPicker"

        onClosed: {
            if (reactTo === "")
                composer.focusInput();
        }
        onPicked: emoji => {
            if (reactTo !== "")
                pane.controller.toggleReaction(pane.roomId, reactTo, emoji);
            else
                composer.insert(emoji);
        }
    }
    RoomSettingsDialog {
        id: settingsDialog
        controller: pane.controller
    }
    MemberListPanel {
        id: memberPanel
        controller: pane.controller

        onInviteRequested: inviteDialog.show()
        onMemberChosen: userId => userCard.show(userId)
    }
    InviteDialog {
        id: inviteDialog
        controller: pane.controller
    }
    UserCard {
        id: userCard
        controller: pane.controller

        onDirectChatOpened: (roomId, name) => {
            memberPanel.close();
            pane.roomRequested(roomId, name);
        }
    }
}
