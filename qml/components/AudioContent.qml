import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtMultimedia

// An audio message in the timeline: a compact player. The file is fetched
// on the first Play (decrypted in memory in encrypted rooms, by the media
// controller); what goes wrong shows under the controls.
Control {
    id: root

    readonly property string error: player && player.error !== MediaPlayer.NoError ? player.errorString : transfer.state === "failed" ? (transfer.error || qsTr("Could not load the file")) : ""
    // Without an audio device there is nothing to hear: say so instead of playing.
    property bool hasAudioOutput: devices.audioOutputs.length > 0
    required property var media
    property var mediaController: null
    readonly property string playKey: mediaController ? mediaController.playbackKey(media) : ""
    // Made on the first Play: a timeline of many rows holds no idle players.
    property MediaPlayer player: null
    property bool requested: false
    property bool startWhenLoaded: false
    property var transfer: ({})

    function play() {
        if (!hasAudioOutput)
            return;
        // Fetched once; again only after a failed or cancelled fetch.
        if (requested && transfer.state !== "failed" && transfer.state !== "cancelled") {
            player.play();
            return;
        }
        if (!player)
            player = playerComponent.createObject(root);
        // Plays once the controller has handed the file over.
        requested = true;
        startWhenLoaded = true;
        if (mediaController)
            mediaController.loadPlayback(media, player);
    }
    function refreshTransfer() {
        transfer = mediaController && playKey !== "" ? mediaController.transfer(playKey) : {};
    }
    function releasePlayer() {
        if (!player)
            return;
        player.stop();
        player.audioOutput = null;
    }

    Accessible.name: qsTr("Audio: %1").arg(media.name)
    implicitHeight: implicitContentHeight + topPadding + bottomPadding
    implicitWidth: 380
    padding: 6

    background: Rectangle {
        border.color: root.palette.mid
        color: Qt.rgba(root.palette.mid.r, root.palette.mid.g, root.palette.mid.b, 0.12)
        radius: 6
    }
    contentItem: ColumnLayout {
        spacing: 2

        PlaybackControls {
            Layout.fillWidth: true
            fallbackDurationMs: root.media.durationMs || 0
            loading: root.transfer.running === true || !root.hasAudioOutput
            player: root.player

            onPlayRequested: root.play()
        }
        TransferProgress {
            Layout.fillWidth: true
            cancelAccessibleName: qsTr("Cancel downloading %1").arg(root.media.name)
            cancelObjectName: "cancelAudioButton"
            progressObjectName: "audioProgress"
            transfer: root.transfer
            visible: root.transfer.running === true

            onCancelRequested: root.mediaController.cancelDownload(root.media)
        }
        Label {
            Layout.fillWidth: true
            color: root.palette.window.hslLightness < 0.5 ? "#ff8a80" : "#c62828"
            font.pixelSize: 11
            objectName: "playbackError"
            text: !root.hasAudioOutput ? qsTr("No sound device: save the file to play it elsewhere") : root.error
            visible: text !== ""
            wrapMode: Text.Wrap
        }
    }

    Component.onCompleted: refreshTransfer()
    // The player is made after its outputs, so it would be deleted after
    // them while GStreamer's threads may still write into an output already
    // gone: it is stopped and lets go of them first. (tst_qml's rare heap
    // corruption, found as its engine was torn down, pointed here.)
    Component.onDestruction: releasePlayer()

    MediaDevices {
        id: devices
    }
    Component {
        id: playerComponent
        MediaPlayer {
            id: mediaPlayer
            audioOutput: root.hasAudioOutput ? output : null
            objectName: "audioPlayer"

            onMediaStatusChanged: {
                if (root.startWhenLoaded && mediaStatus === MediaPlayer.LoadedMedia) {
                    root.startWhenLoaded = false;
                    play();
                }
            }
            onSourceChanged: {
                if (root.startWhenLoaded && mediaPlayer.source.toString() !== "") {
                    root.startWhenLoaded = false;
                    play();
                }
            }
        }
    }
    AudioOutput {
        id: output
    }
    Connections {
        function onTransferChanged(key) {
            if (key === root.playKey)
                root.refreshTransfer();
        }

        ignoreUnknownSignals: true
        target: root.mediaController
    }
}
