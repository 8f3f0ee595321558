import QtQuick

// Stands in for the app's SessionController in Qt Quick Tests of the views
// that bind to one: a timeline model with rows set by the test, and the
// actions the views call, recorded in `calls`.
QtObject {
    id: controller

    property var calls: []
    // No files in these tests (the file components have their own, with a fake
    // controller): only what the timeline pane reads and listens to.
    property QtObject media: QtObject {
        property bool clipboardHasFiles: false

        signal openRefused(string name, string reason)
        signal sendRefused(string roomId, string reason)
        signal transferFailed(string key, string message)
    }
    property ListModel timelineModel: ListModel {
        property bool loading: false
        property int olderRequests: 0
        property bool reading: true
        property bool roomEncrypted: false
        property string roomId: ""
        property string roomName: "General"
        property string roomTopic: ""
        property var typingNames: []

        signal pageLoaded
        signal revealFailed(string eventId)
        signal revealed(int row)

        function editableText(row) {
            return get(row).body;
        }
        function eventIdAt(row) {
            return row >= 0 && row < count ? get(row).eventId : "";
        }
        function lastEditableRow() {
            for (let row = count - 1; row >= 0; --row) {
                if (get(row).canEdit)
                    return row;
            }
            return -1;
        }
        function loadOlder() {
            ++olderRequests;
        }
        function memberCompletions(prefix) {
            return [{
                    "userId": "@ann:x",
                    "name": "Ann"
                }, {
                    "userId": "@anna:x",
                    "name": "Anna [ops]"
                }].filter(m => m.name.toLowerCase().startsWith(prefix.toLowerCase()));
        }
        function reveal(eventId) {
            controller.calls.push(["reveal", eventId]);
        }
    }
    property string userId: "@me:x"

    signal createRoomFailed(string reason)
    signal joinRoomFailed(string reason)
    signal messageRefused(string roomId, string reason)
    signal roomActionFailed(string roomId, string reason)
    signal roomCreated(string roomId, string name)
    signal roomJoined(string roomId, string name)

    function createRoom(name, topic, isPublic, encrypted) {
        calls.push(["createRoom", name, topic, isPublic, encrypted]);
    }
    function deleteMessage(roomId, eventId) {
        calls.push(["delete", eventId]);
    }
    function discardSend(transactionId) {
    }
    function editMessage(roomId, eventId, text) {
        calls.push(["edit", eventId, text]);
    }
    function joinRoom(address) {
        calls.push(["joinRoom", address]);
    }
    function leaveRoom(roomId) {
        calls.push(["leaveRoom", roomId]);
    }
    function retrySend(transactionId) {
    }
    function sendMessage(roomId, text, replyTo) {
        calls.push(["send", text, replyTo]);
    }
    function setTyping(roomId, active) {
        calls.push(["typing", active]);
    }
    function toggleReaction(roomId, eventId, key) {
        calls.push(["react", eventId, key]);
    }
}
