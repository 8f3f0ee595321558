import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtMultimedia

// A video message in the timeline: its thumbnail as the poster in a box of
// the video's shape (w/h of the event, fitted into maxWidth × maxHeight);
// Play fetches the file (decrypted in memory in encrypted rooms) and plays
// it in place, with pause, seeking and Full size.
Item {
    id: root

    readonly property string error: player && player.error !== MediaPlayer.NoError ? player.errorString : transfer.state === "failed" ? (transfer.error || qsTr("Could not load the video")) : ""
    readonly property real fitScale: naturalWidth > 0 && naturalHeight > 0 ? Math.min(1, maxWidth / naturalWidth, maxHeight / naturalHeight) : 1
    property bool fullSize: false
    readonly property alias fullSizePopup: fullSizePopup
    // Without an audio device the video plays without sound.
    property bool hasAudioOutput: devices.audioOutputs.length > 0
    property real maxHeight: 360
    property real maxWidth: 480
    required property var media
    property var mediaController: null
    readonly property real naturalHeight: media.height > 0 ? media.height : media.thumbnailHeight > 0 ? media.thumbnailHeight : 0
    readonly property real naturalWidth: media.width > 0 ? media.width : media.thumbnailWidth > 0 ? media.thumbnailWidth : 0
    readonly property string playKey: mediaController ? mediaController.playbackKey(media) : ""
    // Made on the first Play: a timeline of many rows holds no idle players.
    property MediaPlayer player: null
    readonly property string posterSource: mediaController && !media.localPath ? mediaController.imageSource(media, false) : ""
    property bool requested: false
    property bool startWhenLoaded: false
    readonly property bool started: player !== null && (player.playbackState !== MediaPlayer.StoppedState || player.position > 0)
    property var transfer: ({})

    function play() {
        // Fetched once; again only after a failed or cancelled fetch.
        if (requested && transfer.state !== "failed" && transfer.state !== "cancelled") {
            player.play();
            return;
        }
        if (!player)
            player = playerComponent.createObject(root);
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
        player.videoOutput = null;
        player.audioOutput = null;
    }
    function togglePlaying() {
        if (player && player.playbackState === MediaPlayer.PlayingState)
            player.pause();
        else
            play();
    }

    Accessible.name: qsTr("Video: %1").arg(media.name)
    implicitHeight: box.height + controls.implicitHeight + 4 + (download.visible ? download.implicitHeight + 4 : 0)
    implicitWidth: box.width

    Component.onCompleted: refreshTransfer()
    // The player is made after its outputs, so it would be deleted after
    // them while GStreamer's threads may still write into an output already
    // gone: it is stopped and lets go of them first. (tst_qml's rare heap
    // corruption, found as its engine was torn down, pointed here.)
    Component.onDestruction: releasePlayer()
    onFullSizeChanged: {
        if (fullSize)
            fullSizePopup.open();
        else
            fullSizePopup.close();
    }

    Rectangle {
        id: box
        color: "black"
        height: root.naturalHeight > 0 ? Math.max(90, Math.round(root.naturalHeight * root.fitScale)) : 270
        objectName: "videoBox"
        radius: 6
        width: root.naturalWidth > 0 ? Math.max(160, Math.round(root.naturalWidth * root.fitScale)) : 480

        Image {
            anchors.fill: parent
            asynchronous: true
            fillMode: Image.PreserveAspectFit
            objectName: "videoPoster"
            source: root.posterSource
            sourceSize: Qt.size(box.width, box.height)
            visible: !root.started
        }
        VideoOutput {
            id: inlineOutput
            anchors.fill: parent
            objectName: "inlineVideo"
            visible: root.started && !root.fullSize
        }
        MouseArea {
            anchors.fill: parent
            cursorShape: Qt.PointingHandCursor

            onClicked: root.togglePlaying()
            onDoubleClicked: root.fullSize = true
        }
        // The big ▶ over the poster.
        Rectangle {
            anchors.centerIn: parent
            color: Qt.rgba(0, 0, 0, 0.55)
            height: 56
            radius: 28
            visible: !(root.player && root.player.playbackState === MediaPlayer.PlayingState) && root.transfer.running !== true
            width: 56

            Label {
                anchors.centerIn: parent
                anchors.horizontalCenterOffset: 2
                color: "white"
                font.pixelSize: 24
                text: "\u25B6"
            }
        }
        BusyIndicator {
            anchors.centerIn: parent
            objectName: "videoLoading"
            running: root.transfer.running === true
            visible: running
        }
        Label {
            anchors.bottom: parent.bottom
            anchors.left: parent.left
            anchors.margins: 8
            anchors.right: parent.right
            color: "#ff8a80"
            font.pixelSize: 11
            objectName: "playbackError"
            padding: 4
            text: root.error
            visible: text !== ""
            wrapMode: Text.Wrap

            background: Rectangle {
                color: Qt.rgba(0, 0, 0, 0.7)
                radius: 4
            }
        }
    }
    RowLayout {
        id: controls
        anchors.left: box.left
        anchors.right: box.right
        anchors.top: box.bottom
        anchors.topMargin: 4
        spacing: 4

        PlaybackControls {
            Layout.fillWidth: true
            fallbackDurationMs: root.media.durationMs || 0
            loading: root.transfer.running === true
            player: root.player

            onPlayRequested: root.play()
        }
        Button {
            Accessible.name: qsTr("Play %1 full size").arg(root.media.name)
            flat: true
            font.pixelSize: 12
            objectName: "fullSizeButton"
            text: qsTr("Full size")

            onClicked: {
                root.fullSize = true;
                root.play();
            }
        }
    }
    TransferProgress {
        id: download
        anchors.left: box.left
        anchors.right: box.right
        anchors.top: controls.bottom
        anchors.topMargin: 4
        cancelAccessibleName: qsTr("Cancel downloading %1").arg(root.media.name)
        cancelObjectName: "cancelVideoButton"
        progressObjectName: "videoProgress"
        transfer: root.transfer
        visible: root.transfer.running === true

        onCancelRequested: root.mediaController.cancelDownload(root.media)
    }
    Popup {
        id: fullSizePopup
        closePolicy: Popup.CloseOnEscape
        focus: true
        height: parent ? parent.height : 0
        modal: true
        objectName: "fullSizeVideo"
        padding: 0
        parent: Overlay.overlay
        width: parent ? parent.width : 0

        Overlay.modal: ModalDim {
        }
        background: Rectangle {
            color: "black"
        }

        onClosed: root.fullSize = false

        ColumnLayout {
            anchors.fill: parent
            anchors.margins: 12

            VideoOutput {
                id: fullOutput
                Layout.fillHeight: true
                Layout.fillWidth: true

                MouseArea {
                    anchors.fill: parent

                    onClicked: root.togglePlaying()
                }
            }
            RowLayout {
                Layout.fillWidth: true

                PlaybackControls {
                    Layout.fillWidth: true
                    fallbackDurationMs: root.media.durationMs || 0
                    palette.buttonText: "white"
                    palette.windowText: "white"
                    player: root.player

                    onPlayRequested: root.play()
                }
                TransferProgress {
                    Layout.preferredWidth: 280
                    cancelAccessibleName: qsTr("Cancel downloading %1").arg(root.media.name)
                    cancelObjectName: "cancelFullSizeVideoButton"
                    palette.windowText: "white"
                    progressObjectName: "fullSizeVideoProgress"
                    transfer: root.transfer
                    visible: root.transfer.running === true

                    onCancelRequested: root.mediaController.cancelDownload(root.media)
                }
                Button {
                    objectName: "closeFullSizeButton"
                    text: qsTr("Close")

                    onClicked: root.fullSize = false
                }
            }
        }
    }
    MediaDevices {
        id: devices
    }
    Component {
        id: playerComponent
        MediaPlayer {
            id: mediaPlayer
            audioOutput: root.hasAudioOutput ? output : null
            objectName: "videoPlayer"
            videoOutput: root.fullSize ? fullOutput : inlineOutput

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
