import QtQuick

// Stands in for CallController in the call views' tests: the state is set
// by the test, the actions are recorded in `actions`.
QtObject {
    property var actions: []
    property bool active: state !== "idle" && state !== "ended"
    property string answerUnavailable: ""
    property int availability: 0
    property bool cameraOn: video
    property bool canHold: state === "connected"
    property bool canShareScreen: state === "connected" && !choosingScreen
    property bool canStartCamera: state === "connected" && !video
    property bool canToggleCamera: video
    property bool choosingScreen: false
    property QtObject devices: QtObject {
        property string camera: ""
        property var cameras: ["Laptop Camera"]
        property string microphone: "Headset"
        property var microphones: ["Desk Mic", "Headset"]
    }
    property string durationText: "3:12"
    property string endMessage: ""
    property bool holding: false
    property bool incoming: false
    property var localScreen: null
    property var localVideo: null
    property bool muted: false
    property string notice: ""
    property bool onHold: false
    property string peerAvatarUrl: ""
    property string peerName: "Bob"
    property QtObject quality: QtObject {
        property string packetLoss: "0.4 %"
        property string receiveRate: "512 kbit/s"
        property string roundTrip: "23 ms"
        property string sendRate: "498 kbit/s"
        property string videoCodecs: "VP8"
        property bool watching: false
    }
    property bool remoteAudioMuted: false
    property var remoteScreen: null
    property bool remoteSharing: false
    property var remoteVideo: null
    property bool remoteVideoMuted: false
    property string roomId: "!dm:x"
    property string screenShareUnavailable: ""
    // What screenChoices() answers: several monitors or windows on X11.
    property var screens: []
    property bool sharingScreen: false
    property string state: "idle"
    property string unavailable: ""
    property bool video: false

    function accept(withVideo) {
        actions.push("accept:" + withVideo);
    }
    function decline() {
        actions.push("decline");
    }
    function hangUp() {
        actions.push("hangUp");
    }
    function screenChoices() {
        return screens;
    }
    function shareScreenChoice(index) {
        actions.push("shareChoice:" + index);
    }
    function startCall(roomId, withVideo) {
        actions.push("start:" + roomId + ":" + withVideo);
        return true;
    }
    function toggleCamera() {
        actions.push("camera");
    }
    function toggleHold() {
        actions.push("hold");
    }
    function toggleMute() {
        actions.push("mute");
    }
    function toggleScreenShare() {
        actions.push("share");
    }
    function unavailableReason(roomId) {
        return unavailable;
    }
}
