import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// The call in progress: the other side's video large (or their avatar),
// our camera's preview small in a corner, the state or duration, and the
// controls: mute, camera, hang up. When the other side turns its camera off
// its avatar takes the video's place (not the last frame, frozen), and a
// line says when it muted its microphone. "Back to chat" leaves it running;
// "Devices" chooses the microphone and camera; "Quality" shows the
// connection's round trip, packet loss and bitrates.
Rectangle {
    id: view

    // A CallController (or a stand-in in tests).
    required property var call
    // The session's MediaController, for the other person's picture (none: initials).
    property var media: null

    // The other side shares its screen: it takes the large place, and their
    // camera moves to a small tile in the corner opposite our preview.
    readonly property bool showingScreen: call !== null && call.remoteSharing === true && call.remoteScreen !== null && call.remoteScreen !== undefined && call.remoteScreen.hasFrame

    signal backRequested

    color: "#15171a"
    objectName: "callView"

    VideoView {
        anchors.fill: parent
        objectName: "remoteScreen"
        source: view.call && view.call.remoteScreen !== undefined ? view.call.remoteScreen : null
        visible: view.showingScreen
    }
    VideoView {
        id: remoteVideo
        fill: view.showingScreen
        height: view.showingScreen ? width * 3 / 4 : view.height
        objectName: "remoteVideo"
        source: view.call ? view.call.remoteVideo : null
        visible: view.call !== null && view.call.remoteVideo !== null && view.call.remoteVideo.hasFrame && !view.call.remoteVideoMuted
        width: view.showingScreen ? preview.width : view.width
        x: view.showingScreen ? 16 : 0
        y: view.showingScreen ? controls.y - height - 16 : 0

        // Framed like our preview while it is a tile over their screen.
        Rectangle {
            anchors.fill: parent
            border.color: "#60ffffff"
            color: "transparent"
            radius: 4
            visible: view.showingScreen
        }
    }
    ColumnLayout {
        anchors.centerIn: parent
        objectName: "remotePlaceholder"
        spacing: 10
        visible: !remoteVideo.visible && !view.showingScreen

        Avatar {
            Layout.alignment: Qt.AlignHCenter
            name: view.call ? view.call.peerName : ""
            objectName: "peerAvatar"
            size: 96
            source: view.media && view.call ? view.media.avatarSource(view.call.peerAvatarUrl) : ""
        }
        Label {
            Layout.alignment: Qt.AlignHCenter
            color: "white"
            font.bold: true
            font.pixelSize: 20
            text: view.call ? view.call.peerName : ""
            textFormat: Text.PlainText
        }
        Label {
            Layout.alignment: Qt.AlignHCenter
            color: "#c8ffffff"
            objectName: "remoteCameraOff"
            text: qsTr("Camera off")
            visible: view.call !== null && view.call.video && view.call.remoteVideoMuted && view.call.state === "connected"
        }
    }
    // State and duration, above the video.
    CallLine {
        id: callStatus
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: parent.top
        anchors.topMargin: 16
        objectName: "callStatus"
        text: {
            if (!view.call)
                return "";
            switch (view.call.state) {
            case "calling":
                return qsTr("Calling %1…").arg(view.call.peerName);
            case "ringing":
                return qsTr("%1 is calling").arg(view.call.peerName);
            case "connecting":
                return qsTr("Connecting…");
            case "connected":
                if (view.call.holding)
                    return qsTr("You put %1 on hold · %2").arg(view.call.peerName).arg(view.call.durationText);
                return view.call.onHold ? qsTr("%1 put the call on hold · %2").arg(view.call.peerName).arg(view.call.durationText) : view.call.durationText;
            case "ended":
                return view.call.endMessage;
            }
            return "";
        }
    }
    // What the other side and we are doing, one line each, under the status.
    Column {
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: callStatus.bottom
        anchors.topMargin: 8
        spacing: 8

        CallLine {
            id: remoteMutedLine
            anchors.horizontalCenter: parent.horizontalCenter
            objectName: "remoteMuted"
            text: view.call ? qsTr("%1 is muted").arg(view.call.peerName) : ""
            visible: view.call !== null && view.call.active && view.call.remoteAudioMuted
        }
        CallLine {
            anchors.horizontalCenter: parent.horizontalCenter
            objectName: "remoteSharingLine"
            text: view.call ? qsTr("%1 is sharing their screen").arg(view.call.peerName) : ""
            visible: view.showingScreen
        }
        CallLine {
            anchors.horizontalCenter: parent.horizontalCenter
            objectName: "ownSharingLine"
            text: qsTr("You are sharing your screen")
            visible: view.call !== null && view.call.active && view.call.sharingScreen === true
        }
        CallLine {
            anchors.horizontalCenter: parent.horizontalCenter
            objectName: "choosingScreenLine"
            text: qsTr("Choose a screen or window in your desktop's dialog")
            visible: view.call !== null && view.call.active && view.call.choosingScreen === true
        }
    }
    Button {
        anchors.left: parent.left
        anchors.margins: 12
        anchors.top: parent.top
        objectName: "backToChatButton"
        text: qsTr("Back to chat")

        onClicked: view.backRequested()
    }
    Row {
        id: topRightButtons
        anchors.margins: 12
        anchors.right: parent.right
        anchors.top: parent.top
        spacing: 8

        Button {
            id: devicesButton
            checkable: true
            objectName: "devicesButton"
            text: qsTr("Devices")
            visible: view.call !== null && view.call.devices !== undefined && view.call.active

            onToggled: if (checked)
                qualityButton.checked = false
        }
        Button {
            id: qualityButton
            checkable: true
            objectName: "qualityButton"
            text: qsTr("Quality")
            visible: view.call !== null && view.call.quality !== undefined && view.call.state === "connected"

            onToggled: if (checked)
                devicesButton.checked = false
        }
    }
    // Read only while shown: the statistics cost the media a little work.
    Binding {
        property: "watching"
        target: view.call ? view.call.quality : null
        value: qualityButton.checked && qualityButton.visible && view.visible
        when: view.call !== null && view.call.quality !== undefined
    }
    Pane {
        id: qualityPanel

        readonly property var quality: view.call ? view.call.quality : null

        anchors.right: parent.right
        anchors.rightMargin: 12
        anchors.top: topRightButtons.bottom
        anchors.topMargin: 6
        objectName: "qualityPanel"
        visible: qualityButton.checked && qualityButton.visible

        background: Rectangle {
            color: "#cc000000"
            radius: 4
        }

        GridLayout {
            columnSpacing: 12
            columns: 2
            rowSpacing: 4

            Label {
                color: "#c8ffffff"
                text: qsTr("Round trip")
            }
            Label {
                color: "white"
                objectName: "qualityRoundTrip"
                text: qualityPanel.quality ? qualityPanel.quality.roundTrip : ""
            }
            Label {
                color: "#c8ffffff"
                text: qsTr("Packet loss")
            }
            Label {
                color: "white"
                objectName: "qualityPacketLoss"
                text: qualityPanel.quality ? qualityPanel.quality.packetLoss : ""
            }
            Label {
                color: "#c8ffffff"
                text: qsTr("Receiving")
            }
            Label {
                color: "white"
                objectName: "qualityReceiving"
                text: qualityPanel.quality ? qualityPanel.quality.receiveRate : ""
            }
            Label {
                color: "#c8ffffff"
                text: qsTr("Sending")
            }
            Label {
                color: "white"
                objectName: "qualitySending"
                text: qualityPanel.quality ? qualityPanel.quality.sendRate : ""
            }
            Label {
                color: "#c8ffffff"
                text: qsTr("Video")
            }
            Label {
                color: "white"
                objectName: "qualityVideoCodecs"
                text: qualityPanel.quality ? qualityPanel.quality.videoCodecs : ""
            }
        }
    }
    // The microphone and camera to use, now and in later calls.
    Pane {
        id: devicesPanel

        readonly property var devices: view.call && view.call.devices !== undefined ? view.call.devices : null

        anchors.right: parent.right
        anchors.rightMargin: 12
        anchors.top: topRightButtons.bottom
        anchors.topMargin: 6
        objectName: "devicesPanel"
        visible: devicesButton.checked && devicesButton.visible

        background: Rectangle {
            color: "#cc000000"
            radius: 4
        }

        GridLayout {
            columnSpacing: 12
            columns: 2
            rowSpacing: 6

            Label {
                color: "#c8ffffff"
                text: qsTr("Microphone")
            }
            DeviceChoice {
                Layout.preferredWidth: 260
                chosen: devicesPanel.devices ? devicesPanel.devices.microphone : ""
                devices: devicesPanel.devices ? devicesPanel.devices.microphones : []
                objectName: "microphoneChoice"
                what: qsTr("Microphone")

                onChose: id => devicesPanel.devices.microphone = id
            }
            Label {
                color: "#c8ffffff"
                text: qsTr("Camera")
            }
            DeviceChoice {
                Layout.preferredWidth: 260
                chosen: devicesPanel.devices ? devicesPanel.devices.camera : ""
                devices: devicesPanel.devices ? devicesPanel.devices.cameras : []
                objectName: "cameraChoice"
                what: qsTr("Camera")

                onChose: id => devicesPanel.devices.camera = id
            }
        }
    }
    Rectangle {
        id: preview
        anchors.bottom: controls.top
        anchors.margins: 16
        anchors.right: parent.right
        border.color: "#60ffffff"
        color: "#2a2d31"
        height: width * 3 / 4
        objectName: "localPreview"
        radius: 4
        visible: view.call !== null && view.call.canToggleCamera
        width: Math.min(220, view.width / 4)

        VideoView {
            anchors.fill: parent
            anchors.margins: 1
            fill: true
            mirrored: true
            source: view.call ? view.call.localVideo : null
        }
        Label {
            anchors.centerIn: parent
            color: "white"
            opacity: 0.8
            text: qsTr("Camera off")
            visible: view.call !== null && !view.call.cameraOn
        }
    }
    // What we share, above our camera's preview.
    Rectangle {
        anchors.bottom: preview.visible ? preview.top : controls.top
        anchors.margins: 16
        anchors.right: parent.right
        border.color: "#60ffffff"
        color: "#2a2d31"
        height: width * 9 / 16
        objectName: "ownScreenTile"
        radius: 4
        visible: view.call !== null && view.call.sharingScreen === true && view.call.localScreen !== undefined && view.call.localScreen !== null && view.call.localScreen.hasFrame
        width: preview.width

        VideoView {
            anchors.fill: parent
            anchors.margins: 1
            fill: true
            source: view.call && view.call.localScreen !== undefined ? view.call.localScreen : null
        }
        CallLine {
            anchors.bottom: parent.bottom
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.margins: 4
            font.pixelSize: 12
            padding: 3
            text: qsTr("Your screen")
        }
    }
    Label {
        anchors.bottom: controls.top
        anchors.bottomMargin: 12
        anchors.horizontalCenter: parent.horizontalCenter
        color: "white"
        objectName: "callNotice"
        padding: 6
        text: view.call ? view.call.notice : ""
        visible: text !== ""
        width: Math.min(implicitWidth, view.width - 32)
        wrapMode: Text.Wrap

        background: Rectangle {
            color: "#99000000"
            radius: 4
        }
    }
    RowLayout {
        id: controls
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 20
        anchors.horizontalCenter: parent.horizontalCenter
        spacing: 12

        Button {
            checkable: true
            checked: view.call !== null && view.call.muted
            enabled: view.call !== null && view.call.active
            objectName: "muteButton"
            text: checked ? qsTr("Unmute") : qsTr("Mute")

            onClicked: view.call.toggleMute()
        }
        Button {
            checkable: true
            checked: view.call !== null && !view.call.cameraOn
            enabled: view.call !== null && (view.call.canToggleCamera || view.call.canStartCamera === true)
            objectName: "cameraButton"
            text: view.call !== null && view.call.cameraOn ? qsTr("Camera off") : qsTr("Camera on")
            // In a voice call too: turning the camera on makes it a video call.
            visible: view.call !== null && (view.call.canToggleCamera || view.call.state === "connected")

            onClicked: view.call.toggleCamera()
        }
        Button {
            checkable: true
            checked: view.call !== null && view.call.holding
            enabled: view.call !== null && view.call.canHold
            objectName: "holdButton"
            text: checked ? qsTr("Resume") : qsTr("Hold")
            visible: view.call !== null && view.call.state === "connected"

            onClicked: view.call.toggleHold()
        }
        Button {
            id: shareScreenButton
            ToolTip.delay: 400
            ToolTip.text: view.call && view.call.screenShareUnavailable ? view.call.screenShareUnavailable : checked ? qsTr("Stop showing your screen") : qsTr("Show your screen to %1").arg(view.call ? view.call.peerName : "")
            ToolTip.visible: hovered
            // Checked while sharing only, not by the click: that may just
            // open the choice of monitor.
            checkable: false
            checked: view.call !== null && view.call.sharingScreen === true
            enabled: view.call !== null && view.call.canShareScreen === true
            hoverEnabled: true
            objectName: "shareScreenButton"
            text: view.call && view.call.choosingScreen ? qsTr("Choosing…") : checked ? qsTr("Stop sharing") : qsTr("Share screen")
            visible: view.call !== null && view.call.state === "connected"

            // With several monitors or windows to choose from (X11), which first.
            onClicked: {
                const choices = view.call.sharingScreen ? [] : view.call.screenChoices();
                if (choices.length === 0) {
                    view.call.toggleScreenShare();
                    return;
                }
                screenMenu.offer(choices);
                screenMenu.open();
            }
            // The call ended or went on hold meanwhile.
            onEnabledChanged: if (!enabled)
                screenMenu.close()

            // Above the button: the controls sit at the view's foot. The
            // monitors, then a line, then the windows.
            Menu {
                id: screenMenu

                // The menu's items for `choices` ({label, window} each).
                function offer(choices) {
                    while (count > 0)
                        takeItem(0).destroy();
                    for (let i = 0; i < choices.length; ++i) {
                        if (choices[i].window && (i === 0 || !choices[i - 1].window))
                            addItem(windowsLine.createObject(screenMenu));
                        addItem(choiceItem.createObject(screenMenu, {
                                    "choice": i,
                                    "text": choices[i].label
                                }));
                    }
                }

                objectName: "screenMenu"
                y: -height

                Component {
                    id: choiceItem
                    MenuItem {
                        property int choice: -1

                        onTriggered: view.call.shareScreenChoice(choice)
                    }
                }
                Component {
                    id: windowsLine
                    MenuSeparator {
                    }
                }
            }
        }
        Button {
            enabled: view.call !== null && view.call.active
            objectName: "hangUpButton"
            palette.button: "#c62828"
            palette.buttonText: "white"
            text: qsTr("Hang up")

            onClicked: view.call.hangUp()
        }
    }
}
