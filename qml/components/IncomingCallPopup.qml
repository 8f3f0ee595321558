import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// An incoming call: who calls and how, accept with or without video, or
// decline. Shows while the call rings (the app plays the ringtone). By
// keyboard: shortcuts, since the popup must not take the focus (a key meant
// for the composer would answer the call).
Popup {
    id: popup

    // A CallController (or a stand-in in tests).
    required property var call
    readonly property bool canAnswer: call !== null && call.answerUnavailable === ""
    // The session's MediaController, for the other person's picture (none: initials).
    property var media: null

    anchors.centerIn: Overlay.overlay
    closePolicy: Popup.NoAutoClose
    modal: false
    objectName: "incomingCallPopup"
    padding: 20
    visible: call !== null && call.state === "ringing"
    width: 340

    // The taskbar asks for attention until the window is looked at (the
    // desktop notification says who calls: CallAlert).
    onOpened: {
        const window = parent ? parent.Window.window : null;
        if (window)
            window.alert(0);
    }

    ColumnLayout {
        // Announced at once by screen readers, as an alert is.
        Accessible.name: popup.call === null ? "" : popup.call.video ? qsTr("Incoming video call from %1").arg(popup.call.peerName) : qsTr("Incoming voice call from %1").arg(popup.call.peerName)
        Accessible.role: Accessible.AlertMessage
        anchors.fill: parent
        objectName: "incomingCallAlert"
        spacing: 12

        Avatar {
            Layout.alignment: Qt.AlignHCenter
            name: popup.call ? popup.call.peerName : ""
            size: 64
            source: popup.media && popup.call ? popup.media.avatarSource(popup.call.peerAvatarUrl) : ""
        }
        Label {
            Layout.fillWidth: true
            elide: Text.ElideRight
            font.bold: true
            font.pixelSize: 17
            horizontalAlignment: Text.AlignHCenter
            objectName: "incomingCallPeer"
            text: popup.call ? popup.call.peerName : ""
            textFormat: Text.PlainText
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            opacity: 0.75
            text: !popup.canAnswer ? qsTr("%1 decline").arg(declineKey.nativeText) : popup.call.video ? qsTr("Incoming video call") : qsTr("Incoming voice call")
        }
        // This machine cannot take calls (what is missing, and so why Accept is off).
        Label {
            Layout.fillWidth: true
            color: popup.palette.window.hslLightness < 0.5 ? "#ff8a80" : "#c62828"
            horizontalAlignment: Text.AlignHCenter
            objectName: "answerUnavailable"
            text: popup.call ? popup.call.answerUnavailable : ""
            visible: text !== ""
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: 8

            Button {
                objectName: "declineCallButton"
                palette.button: "#c62828"
                palette.buttonText: "white"
                text: qsTr("Decline")

                onClicked: popup.call.decline()
            }
            Button {
                enabled: popup.canAnswer
                objectName: "acceptVoiceButton"
                palette.button: "#2e7d32"
                palette.buttonText: "white"
                text: qsTr("Accept voice")

                onClicked: popup.call.accept(false)
            }
            Button {
                enabled: popup.canAnswer
                objectName: "acceptVideoButton"
                palette.button: "#2e7d32"
                palette.buttonText: "white"
                text: qsTr("Accept video")
                visible: popup.call !== null && popup.call.video

                onClicked: popup.call.accept(true)
            }
        }
        Label {
            Layout.fillWidth: true
            font.pixelSize: 11
            horizontalAlignment: Text.AlignHCenter
            objectName: "callKeysHint"
            opacity: 0.65
            text: popup.call && popup.call.video ? qsTr("%1 voice · %2 video · %3 decline").arg(acceptVoiceKey.nativeText).arg(acceptVideoKey.nativeText).arg(declineKey.nativeText) : qsTr("%1 accept · %2 decline").arg(acceptVoiceKey.nativeText).arg(declineKey.nativeText)
            wrapMode: Text.Wrap
        }
    }
    Shortcut {
        id: acceptVoiceKey
        enabled: popup.visible && popup.canAnswer
        sequence: "Ctrl+Shift+A"

        onActivated: popup.call.accept(false)
    }
    Shortcut {
        id: acceptVideoKey
        enabled: popup.visible && popup.canAnswer && popup.call.video
        sequence: "Ctrl+Shift+V"

        onActivated: popup.call.accept(true)
    }
    Shortcut {
        id: declineKey
        enabled: popup.visible
        sequence: "Ctrl+Shift+D"

        onActivated: popup.call.decline()
    }
}
