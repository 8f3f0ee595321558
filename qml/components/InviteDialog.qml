import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Invite people to the open room: type a name or user id; the homeserver's
// user directory suggests people as you type. Each result has an Invite
// button; Enter invites the first result, or the typed user id. Errors stay
// in the dialog; invited people are listed in it.
Popup {
    id: dialog

    required property var controller
    readonly property var directory: controller ? controller.userDirectory : null
    property string error: ""
    readonly property var info: controller ? controller.roomInfo : null
    property var invitedIds: []
    // Bumped whenever the room's state is read again (a join while the dialog
    // is open), so the results' "In the room" follows it.
    property int membershipRevision: 0
    property string pending: ""

    function avatarSource(url) {
        return controller && controller.media ? controller.media.avatarSource(url) : "";
    }
    function invite(userId) {
        if (!info || pending !== "" || userId.trim() === "")
            return;
        error = "";
        pending = userId.trim();
        info.invite(pending);
    }
    // Enter: the first suggestion, else what was typed if it is a user id.
    function inviteTyped() {
        const typed = searchField.text.trim();
        if (typed.startsWith("@") && typed.indexOf(":") > 1)
            invite(typed);
        else if (results.count > 0)
            invite(directory.userIdAt(0));
    }
    function show() {
        searchField.text = "";
        error = "";
        pending = "";
        invitedIds = [];
        if (directory)
            directory.clear();
        open();
        searchField.forceActiveFocus();
    }

    anchors.centerIn: parent
    closePolicy: Popup.CloseOnEscape
    focus: true
    modal: true
    objectName: "inviteDialog"
    padding: 16
    width: Math.min(parent ? parent.width - 40 : 440, 440)

    Overlay.modal: ModalDim {
    }
    contentItem: ColumnLayout {
        spacing: 8

        Label {
            Accessible.role: Accessible.Heading
            font.bold: true
            font.pixelSize: 16
            text: qsTr("Invite to %1").arg(dialog.info && dialog.info.name !== "" ? dialog.info.name : qsTr("this room"))
        }
        Label {
            Layout.fillWidth: true
            font.pixelSize: 12
            objectName: "inviteRestriction"
            opacity: 0.7
            text: dialog.info ? dialog.info.inviteRestriction : ""
            visible: text !== ""
            wrapMode: Text.Wrap
        }
        TextField {
            id: searchField
            Accessible.name: qsTr("Name or user id")
            Layout.fillWidth: true
            objectName: "inviteSearchField"
            placeholderText: qsTr("Name or @user:example.org")

            Keys.onDownPressed: {
                if (results.count > 0) {
                    results.forceActiveFocus();
                    results.currentIndex = 0;
                }
            }
            onAccepted: dialog.inviteTyped()
            onTextChanged: searchDelay.restart()
        }
        Timer {
            id: searchDelay
            interval: 250

            onTriggered: {
                if (dialog.directory)
                    dialog.directory.search(searchField.text);
            }
        }
        ListView {
            id: results
            Accessible.name: qsTr("People found")
            Accessible.role: Accessible.List
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 240)
            clip: true
            keyNavigationEnabled: true
            model: dialog.directory
            objectName: "inviteResults"

            delegate: ItemDelegate {
                id: resultRow

                required property string avatarUrl
                required property string displayName
                // Joined or invited already (ourselves included).
                readonly property bool inRoom: dialog.membershipRevision >= 0 && dialog.info !== null && dialog.info.memberInfo(userId).isMember === true
                required property int index
                required property string userId
                readonly property bool wasInvited: dialog.invitedIds.indexOf(userId) >= 0

                Accessible.name: qsTr("%1 (%2)").arg(displayName).arg(userId)
                highlighted: ListView.isCurrentItem && results.activeFocus
                objectName: "result_" + userId
                width: ListView.view.width

                contentItem: RowLayout {
                    spacing: 8

                    Avatar {
                        name: resultRow.displayName
                        size: 28
                        source: dialog.avatarSource(resultRow.avatarUrl)
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0

                        Label {
                            Layout.fillWidth: true
                            elide: Text.ElideRight
                            text: resultRow.displayName
                            textFormat: Text.PlainText
                        }
                        Label {
                            Layout.fillWidth: true
                            elide: Text.ElideRight
                            font.pixelSize: 11
                            opacity: 0.65
                            text: resultRow.userId
                            textFormat: Text.PlainText
                        }
                    }
                    Button {
                        Accessible.name: qsTr("Invite %1").arg(resultRow.displayName)
                        enabled: dialog.pending === "" && !resultRow.wasInvited && !resultRow.inRoom && (dialog.info === null || dialog.info.inviteRestriction === "")
                        objectName: "inviteResultButton"
                        text: resultRow.wasInvited ? qsTr("Invited") : resultRow.inRoom ? qsTr("In the room") : qsTr("Invite")

                        onClicked: dialog.invite(resultRow.userId)
                    }
                }

                onClicked: dialog.invite(userId)
            }

            // Enter on the chosen row, whether the row or the list has the focus.
            Keys.onReturnPressed: {
                if (currentItem)
                    dialog.invite(currentItem.userId);
            }
        }
        Label {
            Layout.fillWidth: true
            objectName: "inviteStatus"
            opacity: 0.7
            text: {
                if (!dialog.directory)
                    return "";
                if (dialog.directory.searching)
                    return qsTr("Searching…");
                if (searchField.text.trim() !== "" && results.count === 0 && !searchDelay.running)
                    return qsTr("No one found. Enter a full user id like @ann:example.org to invite them.");
                return "";
            }
            visible: text !== ""
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            color: "#d32f2f"
            objectName: "inviteError"
            text: dialog.error !== "" ? dialog.error : (dialog.directory ? dialog.directory.error : "")
            visible: text !== ""
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true

            Label {
                Layout.fillWidth: true
                elide: Text.ElideRight
                objectName: "invitedList"
                text: dialog.invitedIds.length > 0 ? qsTr("Invited: %1").arg(dialog.invitedIds.join(", ")) : ""
            }
            Button {
                Accessible.name: qsTr("Close the invite dialog")
                objectName: "inviteCloseButton"
                text: qsTr("Close")

                onClicked: dialog.close()
            }
        }
    }

    Connections {
        function onChanged() {
            dialog.membershipRevision++;
        }
        function onInviteFailed(userId, reason) {
            if (userId !== dialog.pending)
                return;
            dialog.pending = "";
            dialog.error = reason;
        }
        function onInvited(userId) {
            if (userId !== dialog.pending)
                return;
            dialog.pending = "";
            dialog.invitedIds = dialog.invitedIds.concat([userId]);
        }

        target: dialog.info
    }
}
