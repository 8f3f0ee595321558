import QtQuick
import QtQuick.Controls
import QtTest
import "../../qml/components"

// The call views against a stand-in controller: the incoming popup shows
// while ringing and its buttons accept (with or without video) or decline;
// the in-call view shows state, duration and the controls; the room
// header's call buttons are disabled with the reason.
Item {
    id: root
    height: 600
    width: 800

    FakeCallController {
        id: fakeCall
    }
    // The other side's video as the view sees it: a frame is there.
    QtObject {
        id: remoteFrames

        property bool hasFrame: true
    }
    IncomingCallPopup {
        id: popup
        call: fakeCall
    }
    CallView {
        id: callView
        anchors.fill: parent
        call: fakeCall
        media: fakeMedia
    }
    // Pictures come from the homeserver's media only.
    QtObject {
        id: fakeMedia
        function avatarSource(url) {
            return url.startsWith("mxc://") ? "image://atrium-media/avatar/" + url : "";
        }
    }
    RoomHeader {
        id: header
        call: fakeCall
        name: "Bob"
        roomId: "!dm:x"
        width: root.width
    }
    TestCase {
        function findNamed(item, name) {
            const found = findChild(item.contentItem ?? item, name);
            verify(found, name);
            return found;
        }
        function init() {
            fakeCall.actions = [];
            fakeCall.state = "idle";
            fakeCall.video = false;
            fakeCall.unavailable = "";
            fakeCall.endMessage = "";
            fakeCall.notice = "";
            fakeCall.remoteAudioMuted = false;
            fakeCall.remoteVideoMuted = false;
            fakeCall.remoteVideo = null;
            fakeCall.remoteScreen = null;
            fakeCall.remoteSharing = false;
            fakeCall.onHold = false;
            fakeCall.holding = false;
            fakeCall.sharingScreen = false;
            fakeCall.choosingScreen = false;
            fakeCall.localScreen = null;
            fakeCall.canShareScreen = Qt.binding(() => fakeCall.state === "connected" && !fakeCall.choosingScreen);
            fakeCall.peerAvatarUrl = "";
            fakeCall.screens = [];
        }
        // A machine without GStreamer's call elements says so, Accept off.
        function test_anIncomingCallThatCannotBeAnsweredSaysWhy() {
            fakeCall.incoming = true;
            fakeCall.video = true;
            fakeCall.answerUnavailable = "Calls need GStreamer elements that are missing: nicesrc";
            fakeCall.state = "ringing";
            tryVerify(() => popup.opened);
            const why = findNamed(popup, "answerUnavailable");
            verify(why.visible);
            compare(why.text, fakeCall.answerUnavailable);
            verify(!findNamed(popup, "acceptVoiceButton").enabled);
            verify(!findNamed(popup, "acceptVideoButton").enabled);
            verify(findNamed(popup, "declineCallButton").enabled);
            fakeCall.answerUnavailable = "";
            fakeCall.state = "idle";
            tryVerify(() => !popup.visible);
        }
        function test_devicesPanelChoosesAndKeepsAnUnpluggedChoice() {
            header.visible = false; // it lies over the call view's top buttons
            fakeCall.video = true;
            fakeCall.state = "connected";
            const button = findNamed(callView, "devicesButton");
            verify(button.visible);
            waitForRendering(callView); // the buttons' row is laid out for the connected call
            mouseClick(button);
            verify(findNamed(callView, "devicesPanel").visible);
            const microphone = findNamed(callView, "microphoneChoice");
            compare(microphone.model, ["System default", "Desk Mic", "Headset"]);
            compare(microphone.currentText, "Headset");
            const camera = findNamed(callView, "cameraChoice");
            compare(camera.currentText, "System default");

            // Chosen from the list: the controller's choice changes.
            microphone.activated(1);
            compare(fakeCall.devices.microphone, "Desk Mic");
            compare(microphone.currentText, "Desk Mic");

            // Unplugged, the chosen device stays listed and selected, marked.
            fakeCall.devices.microphones = ["Headset"];
            compare(microphone.model, ["System default", "Headset", "Desk Mic (unplugged)"]);
            compare(microphone.currentText, "Desk Mic (unplugged)");
            fakeCall.devices.microphones = ["Desk Mic", "Headset"];
            compare(microphone.currentText, "Desk Mic");
            microphone.activated(0);
            compare(fakeCall.devices.microphone, "");

            // The quality panel and this one take turns.
            mouseClick(findNamed(callView, "qualityButton"));
            verify(!findNamed(callView, "devicesPanel").visible);
            verify(!button.checked);
            findNamed(callView, "qualityButton").checked = false;
            fakeCall.devices.microphone = "Headset";
            header.visible = true;
        }
        function test_headerButtonsAreDisabledWithTheReason() {
            const voice = findNamed(header, "voiceCallButton");
            verify(voice.enabled);
            mouseClick(voice);
            compare(fakeCall.actions, ["start:!dm:x:false"]);
            mouseClick(findNamed(header, "videoCallButton"));
            compare(fakeCall.actions[1], "start:!dm:x:true");
            fakeCall.unavailable = "Calls work in direct chats and rooms of two people.";
            fakeCall.availability += 1;
            verify(!voice.enabled);
            compare(voice.ToolTip.text, fakeCall.unavailable);
        }
        function test_inCallViewShowsDurationAndControls() {
            fakeCall.video = true;
            fakeCall.state = "connected";
            const status = findNamed(callView, "callStatus");
            compare(status.text, "3:12");
            fakeCall.onHold = true;
            compare(status.text, "Bob put the call on hold · 3:12");
            fakeCall.onHold = false;
            verify(findNamed(callView, "localPreview").visible);
            waitForRendering(callView); // the controls' row laid out with the camera button
            mouseClick(findNamed(callView, "muteButton"));
            mouseClick(findNamed(callView, "cameraButton"));
            mouseClick(findNamed(callView, "holdButton"));
            mouseClick(findNamed(callView, "hangUpButton"));
            compare(fakeCall.actions, ["mute", "camera", "hold", "hangUp"]);
            fakeCall.holding = true;
            compare(status.text, "You put Bob on hold · 3:12");
            compare(findNamed(callView, "holdButton").text, "Resume");
            fakeCall.holding = false;
            fakeCall.state = "calling";
            compare(status.text, "Calling Bob…");
            verify(!findNamed(callView, "holdButton").visible); // only once connected
            fakeCall.endMessage = "Call failed: could not connect";
            fakeCall.state = "ended";
            compare(status.text, "Call failed: could not connect");
            verify(!findNamed(callView, "hangUpButton").enabled);
        }
        function test_incomingCallIsAnsweredByKeyboard() {
            fakeCall.incoming = true;
            fakeCall.video = true;
            fakeCall.state = "ringing";
            tryVerify(() => popup.opened);
            compare(findNamed(popup, "callKeysHint").text, "Ctrl+Shift+A voice · Ctrl+Shift+V video · Ctrl+Shift+D decline");
            keySequence("Ctrl+Shift+V");
            keySequence("Ctrl+Shift+A");
            keySequence("Ctrl+Shift+D");
            compare(fakeCall.actions, ["accept:true", "accept:false", "decline"]);
            // No accepting what cannot be answered; declining still works.
            fakeCall.answerUnavailable = "Calls need GStreamer elements that are missing: nicesrc";
            keySequence("Ctrl+Shift+A");
            keySequence("Ctrl+Shift+D");
            compare(fakeCall.actions, ["accept:true", "accept:false", "decline", "decline"]);
            fakeCall.answerUnavailable = "";
            // A voice call cannot be taken with video.
            fakeCall.video = false;
            keySequence("Ctrl+Shift+V");
            compare(fakeCall.actions.length, 4);
            // Not ringing: the keys do nothing.
            fakeCall.state = "idle";
            tryVerify(() => !popup.visible);
            keySequence("Ctrl+Shift+D");
            compare(fakeCall.actions.length, 4);
        }
        function test_incomingVideoCallOffersBothAccepts() {
            verify(!popup.visible);
            fakeCall.incoming = true;
            fakeCall.video = true;
            fakeCall.state = "ringing";
            tryVerify(() => popup.opened);
            compare(findNamed(popup, "incomingCallPeer").text, "Bob");
            // Screen readers announce it as an alert, saying who calls.
            const alert = findNamed(popup, "incomingCallAlert");
            compare(alert.Accessible.role, Accessible.AlertMessage);
            compare(alert.Accessible.name, "Incoming video call from Bob");
            const acceptVideo = findNamed(popup, "acceptVideoButton");
            verify(acceptVideo.visible);
            waitForRendering(popup.contentItem);
            mouseClick(acceptVideo);
            compare(fakeCall.actions, ["accept:true"]);
            mouseClick(findNamed(popup, "acceptVoiceButton"));
            mouseClick(findNamed(popup, "declineCallButton"));
            compare(fakeCall.actions, ["accept:true", "accept:false", "decline"]);
            fakeCall.state = "connecting";
            tryVerify(() => !popup.visible);
        }
        function test_qualityPanelReadsOnlyWhileShown() {
            header.visible = false; // it lies over the call view's top buttons
            const button = findNamed(callView, "qualityButton");
            verify(!button.visible); // nothing to measure before the call connects
            fakeCall.state = "connected";
            verify(button.visible);
            verify(!fakeCall.quality.watching);
            mouseClick(button);
            verify(findNamed(callView, "qualityPanel").visible);
            verify(fakeCall.quality.watching);
            compare(findNamed(callView, "qualityRoundTrip").text, "23 ms");
            compare(findNamed(callView, "qualityReceiving").text, "512 kbit/s");
            compare(findNamed(callView, "qualityVideoCodecs").text, "VP8");
            fakeCall.quality.roundTrip = "31 ms";
            compare(findNamed(callView, "qualityRoundTrip").text, "31 ms");
            mouseClick(button);
            verify(!fakeCall.quality.watching);
            button.checked = true;
            fakeCall.state = "ended"; // the panel goes with the connection
            verify(!fakeCall.quality.watching);
            button.checked = false;
            header.visible = true;
        }
        function test_remoteMuteShowsALineAndCameraOffTheirAvatar() {
            fakeCall.video = true;
            fakeCall.state = "connected";
            fakeCall.remoteVideo = remoteFrames;
            const video = findNamed(callView, "remoteVideo");
            const placeholder = findNamed(callView, "remotePlaceholder");
            const muted = findNamed(callView, "remoteMuted");
            const cameraOff = findNamed(callView, "remoteCameraOff");
            verify(video.visible);
            verify(!placeholder.visible);
            verify(!muted.visible);
            fakeCall.remoteAudioMuted = true;
            verify(muted.visible);
            compare(muted.text, "Bob is muted");
            verify(video.visible); // muting the microphone leaves the camera on

            // Their camera off: their avatar instead of the last frame, frozen.
            fakeCall.remoteVideoMuted = true;
            verify(!video.visible);
            verify(placeholder.visible);
            verify(cameraOff.visible);
            fakeCall.peerAvatarUrl = "mxc://x/bob";
            compare(findNamed(callView, "peerAvatar").source, "image://atrium-media/avatar/mxc://x/bob");
            fakeCall.remoteAudioMuted = false;
            verify(!muted.visible);
            fakeCall.remoteVideoMuted = false;
            verify(video.visible);
            verify(!cameraOff.visible);
            fakeCall.remoteAudioMuted = true;
            fakeCall.endMessage = "Call ended · 3:12";
            fakeCall.state = "ended";
            verify(!muted.visible); // a call that ended has nobody muted
        }
        function test_shareScreenButtonTogglesAndSaysWhenItCannot() {
            header.visible = false;
            fakeCall.state = "connecting";
            const button = findNamed(callView, "shareScreenButton");
            verify(!button.visible); // only once connected
            fakeCall.state = "connected";
            verify(button.visible);
            compare(button.text, "Share screen");
            waitForRendering(callView);
            mouseClick(button);
            compare(fakeCall.actions, ["share"]);
            const line = findNamed(callView, "ownSharingLine");
            verify(!line.visible);
            const tile = findNamed(callView, "ownScreenTile");
            fakeCall.localScreen = remoteFrames; // a frame is there
            verify(!tile.visible);
            fakeCall.sharingScreen = true;
            compare(button.text, "Stop sharing");
            verify(button.checked);
            verify(line.visible);
            verify(tile.visible); // what we share, seen by us too
            // A hold or another change waiting: the button waits too.
            fakeCall.canShareScreen = false;
            verify(!button.enabled);
            fakeCall.sharingScreen = false;
            fakeCall.screenShareUnavailable = "Screen sharing on Wayland needs the desktop portal.";
            compare(button.ToolTip.text, "Screen sharing on Wayland needs the desktop portal.");
            fakeCall.screenShareUnavailable = "";
            header.visible = true;
        }
        function test_theirScreenShareTakesTheLargePlace() {
            fakeCall.video = true;
            fakeCall.state = "connected";
            fakeCall.remoteVideo = remoteFrames;
            const screen = findNamed(callView, "remoteScreen");
            const camera = findNamed(callView, "remoteVideo");
            verify(!screen.visible);
            compare(camera.width, callView.width);
            fakeCall.remoteScreen = remoteFrames;
            fakeCall.remoteSharing = true;
            verify(screen.visible);
            verify(camera.visible); // their camera, small in the corner
            verify(camera.width < callView.width / 3);
            verify(camera.x < callView.width / 2);
            compare(findNamed(callView, "remoteSharingLine").text, "Bob is sharing their screen");
            verify(findNamed(callView, "remoteSharingLine").visible);
            verify(!findNamed(callView, "remotePlaceholder").visible);
            // With their camera off, their screen stays and no avatar covers it.
            fakeCall.remoteVideoMuted = true;
            verify(!camera.visible);
            verify(!findNamed(callView, "remotePlaceholder").visible);
            fakeCall.remoteVideoMuted = false;
            fakeCall.remoteSharing = false;
            verify(!screen.visible);
            verify(!findNamed(callView, "remoteSharingLine").visible);
            compare(camera.width, callView.width);
        }
        function test_voiceCallCanTurnTheCameraOn() {
            fakeCall.state = "connecting";
            const button = findNamed(callView, "cameraButton");
            verify(!button.visible);
            fakeCall.state = "connected";
            verify(button.visible);
            verify(button.enabled);
            compare(button.text, "Camera on");
            waitForRendering(callView);
            mouseClick(button);
            compare(fakeCall.actions, ["camera"]);
            fakeCall.canStartCamera = false; // a change is pending
            verify(!button.enabled);
            fakeCall.canStartCamera = Qt.binding(() => fakeCall.state === "connected" && !fakeCall.video);
        }
        function test_voiceCallHasNoPreviewAndShowsTheNotice() {
            fakeCall.state = "connected";
            fakeCall.notice = "No microphone found: the other side cannot hear you.";
            verify(!findNamed(callView, "localPreview").visible);
            compare(findNamed(callView, "cameraButton").text, "Camera on");
            const notice = findNamed(callView, "callNotice");
            verify(notice.visible);
            compare(notice.text, fakeCall.notice);
        }
        function test_voiceCallHasNoVideoAccept() {
            fakeCall.state = "ringing";
            tryVerify(() => popup.opened);
            verify(!findNamed(popup, "acceptVideoButton").visible);
            fakeCall.state = "idle";
        }
        function test_whileTheDesktopsPickerIsOpenTheViewSaysSo() {
            header.visible = false;
            fakeCall.state = "connected";
            const button = findNamed(callView, "shareScreenButton");
            const line = findNamed(callView, "choosingScreenLine");
            verify(!line.visible);
            fakeCall.choosingScreen = true; // the portal's dialog (Wayland)
            verify(line.visible);
            compare(button.text, "Choosing…");
            verify(!button.enabled);
            fakeCall.choosingScreen = false;
            fakeCall.sharingScreen = true;
            verify(!line.visible);
            compare(button.text, "Stop sharing");
            header.visible = true;
        }
        function test_withSeveralMonitorsOrWindowsShareScreenAsksWhichOne() {
            header.visible = false;
            fakeCall.state = "connected";
            fakeCall.screens = [{
                    "label": "DP-1 · 1920 × 1080",
                    "window": false
                }, {
                    "label": "HDMI-1 · 1280 × 1024",
                    "window": false
                }, {
                    "label": "All screens · 3200 × 1080",
                    "window": false
                }, {
                    "label": "Quarterly report – Editor",
                    "window": true
                }, {
                    "label": "Terminal",
                    "window": true
                }];
            const button = findNamed(callView, "shareScreenButton");
            const menu = findNamed(callView, "screenMenu");
            waitForRendering(callView);
            mouseClick(button);
            tryVerify(() => menu.opened);
            // The monitors, a line, the windows.
            compare(menu.count, 6);
            compare(menu.itemAt(2).text, "All screens · 3200 × 1080");
            verify(menu.itemAt(3) instanceof MenuSeparator);
            compare(menu.itemAt(5).text, "Terminal");
            verify(!button.checked); // nothing shared yet
            waitForRendering(menu.contentItem); // laid out
            mouseClick(menu.itemAt(1));
            tryVerify(() => !menu.visible);
            compare(fakeCall.actions, ["shareChoice:1"]);

            // Offered anew each time, a window chosen by keyboard.
            fakeCall.screens = fakeCall.screens.slice(1);
            mouseClick(button);
            tryVerify(() => menu.opened);
            compare(menu.count, 5);
            waitForRendering(menu.contentItem);
            for (let i = 0; i < 4; ++i)
                keyClick(Qt.Key_Down);
            keyClick(Qt.Key_Return);
            tryVerify(() => !menu.visible);
            compare(fakeCall.actions, ["shareChoice:1", "shareChoice:3"]);

            // Closed without a choice: nothing shared, nothing asked.
            mouseClick(button);
            tryVerify(() => menu.opened);
            keyClick(Qt.Key_Escape);
            tryVerify(() => !menu.visible);
            compare(fakeCall.actions.length, 2);
            verify(!button.checked);

            // The call ending (or any change) while it is open closes it.
            mouseClick(button);
            tryVerify(() => menu.opened);
            fakeCall.state = "ended";
            tryVerify(() => !menu.visible);
            fakeCall.state = "connected";
            compare(fakeCall.actions.length, 2);

            // Stopping asks no question.
            fakeCall.sharingScreen = true;
            mouseClick(button);
            verify(!menu.opened);
            compare(fakeCall.actions, ["shareChoice:1", "shareChoice:3", "share"]);
            header.visible = true;
        }

        name: "CallViews"
        when: windowShown
    }
}
