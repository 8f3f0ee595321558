import QtQuick

// Stands in for the app's SessionController in Qt Quick Tests of the views
// that bind to one: a timeline model with rows set by the test, and the
// actions the views call, recorded in `calls`.
QtObject {
    id: controller

    // Sign-in: set by the test; login and registerAccount are recorded in calls.
    property bool busy: false
    property var calls: []
    // The rooms' drafts, in memory: {roomId: draft} as the composer wrote them.
    property QtObject drafts: QtObject {
        property var kept: ({})

        signal loaded

        function draft(roomId) {
            return kept[roomId] ?? {
                "text": "",
                "replyTo": "",
                "replySender": "",
                "replyBody": ""
            };
        }
        function keep(roomId, draft) {
            if (roomId === "")
                return;
            if (draft.text === "" && draft.replyTo === "")
                delete kept[roomId];
            else
                kept[roomId] = draft;
        }
    }
    property string errorMessage: ""
    // No files in these tests (the file components have their own, with a fake
    // controller): only what the timeline pane reads and listens to.
    property QtObject media: QtObject {
        property bool clipboardHasFiles: false

        signal openRefused(string name, string reason)
        signal sendRefused(string roomId, string reason)
        signal transferFailed(string key, string message)

        function avatarSource(url) {
            return (url ?? "").startsWith("mxc://") ? "image://atrium-media/avatar/" + url : "";
        }
        function fileKey(file) {
            return file.name;
        }
        function open(file) {
            controller.calls.push(["open", file.name]);
        }
        function transfer(key) {
            return {};
        }
    }
    // The public room directory's rows, set by the test; searches kept apart
    // from `calls` (the join dialog searches whenever it opens).
    property ListModel publicRooms: ListModel {
        property bool canLoadMore: false
        property string error: ""
        property var searches: []
        property bool searching: false

        function addressAt(row) {
            return row >= 0 && row < count ? get(row).address : "";
        }
        function loadMore() {
        }
        function search(term) {
            searches.push(term);
        }
    }
    // The open room's settings and members (RoomInfo), rows and fields set by the test.
    property QtObject roomInfo: QtObject {
        property string avatarRestriction: ""
        property string avatarUrl: ""
        property bool busy: false
        property string error: ""
        property string inviteRestriction: ""
        property int joinedCount: members.count
        // userId → what memberInfo() answers.
        property var memberInfos: ({})
        property ListModel members: ListModel {
            property string filterText: ""

            function userIdAt(row) {
                return row >= 0 && row < count ? get(row).userId : "";
            }
        }
        property string name: "General"
        property string nameRestriction: ""
        property string notificationLevel: "all"
        property string roomId: "!room:x"
        // The room's shield: "verified", "warning" or empty.
        property string shield: ""
        property string topic: "Everything"
        property string topicRestriction: ""

        signal changed
        signal inviteFailed(string userId, string reason)
        signal invited(string userId)
        signal memberChanged(string userId)
        signal saved

        function clearError() {
            error = "";
        }
        function invite(userId) {
            controller.calls.push(["invite", userId]);
        }
        function kick(userId) {
            controller.calls.push(["kick", userId]);
        }
        function loadAllMembers() {
            controller.calls.push(["loadAllMembers"]);
        }
        function memberInfo(userId) {
            return memberInfos[userId] || {
                "userId": userId,
                "displayName": userId,
                "isMember": false
            };
        }
        function save(name, topic) {
            controller.calls.push(["save", name, topic]);
        }
        function setAvatar(file) {
            controller.calls.push(["setAvatar", String(file)]);
        }
        function setMemberPowerLevel(userId, level) {
            controller.calls.push(["setPowerLevel", userId, level]);
        }
        function setNotificationLevel(level) {
            controller.calls.push(["notificationLevel", level]);
            notificationLevel = level;
        }
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
    // The user directory's results, set by the test; search() is recorded.
    property ListModel userDirectory: ListModel {
        property string error: ""
        property bool limited: false
        property bool searching: false

        function clear() {
            controller.calls.push(["clearSearch"]);
            if (count > 0)
                remove(0, count);
        }
        function search(term) {
            controller.calls.push(["search", term]);
        }
        function userIdAt(row) {
            return row >= 0 && row < count ? get(row).userId : "";
        }
    }
    property string userId: "@me:x"
    // Verifications started from the views, recorded in `calls`.
    property QtObject verifications: QtObject {
        function verifyUser(userId, roomId) {
            controller.calls.push(["verifyUser", userId, roomId]);
        }
    }

    signal createRoomFailed(string reason)
    signal directChatFailed(string reason)
    signal directChatOpened(string roomId, string name)
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
    function login(server, user, password) {
        calls.push(["login", server, user, password]);
    }
    // Like Pills::linkedId for matrix.to links.
    function matrixIdOfLink(url) {
        const prefix = "https://matrix.to/#/";
        if (!url.startsWith(prefix))
            return "";
        return decodeURIComponent(url.substring(prefix.length).split("?")[0].split("/")[0]);
    }
    function openDirectChat(userId) {
        calls.push(["openDirectChat", userId]);
    }
    function registerAccount(server, user, password) {
        calls.push(["register", server, user, password]);
    }
    function retrySend(transactionId) {
    }
    function sendMessage(roomId, text, replyTo) {
        calls.push(["send", text, replyTo]);
    }
    function setTyping(roomId, active) {
        calls.push(["typing", active, roomId]);
    }
    function toggleReaction(roomId, eventId, key) {
        calls.push(["react", eventId, key]);
    }
}
