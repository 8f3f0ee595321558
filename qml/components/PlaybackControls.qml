import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtMultimedia

// Play/pause, a position slider and the time, for a MediaPlayer of an
// audio or video message. Before the file is in, the duration comes from
// the event (`fallbackDurationMs`).
RowLayout {
    id: root

    readonly property real durationMs: player !== null && player.duration > 0 ? player.duration : fallbackDurationMs
    property real fallbackDurationMs: 0
    property bool loading: false
    property var player: null
    readonly property bool playing: player !== null && player.playbackState === MediaPlayer.PlayingState

    signal playRequested

    function timeText(ms) {
        const seconds = Math.max(0, Math.floor(ms / 1000));
        const minutes = Math.floor(seconds / 60);
        const rest = seconds % 60;
        return minutes + ":" + (rest < 10 ? "0" : "") + rest;
    }

    spacing: 6

    Button {
        Accessible.name: root.playing ? qsTr("Pause") : qsTr("Play")
        enabled: !root.loading
        flat: true
        implicitHeight: 32
        implicitWidth: 32
        objectName: "playButton"
        // ▶ and ❚❚ as text: no icon theme needed.
        text: root.playing ? "\u275A\u275A" : "\u25B6"

        onClicked: {
            if (root.playing)
                root.player.pause();
            else
                root.playRequested();
        }
    }
    Slider {
        id: slider
        Accessible.name: qsTr("Position")
        Layout.fillWidth: true
        enabled: root.player !== null && root.player.seekable && root.durationMs > 0
        from: 0
        objectName: "positionSlider"
        to: Math.max(1, root.durationMs)
        value: root.player !== null ? root.player.position : 0

        onMoved: root.player.position = value
    }
    Label {
        font.pixelSize: 11
        objectName: "timeLabel"
        opacity: 0.75
        text: (root.player !== null && root.player.position > 0 ? root.timeText(root.player.position) + " / " : "") + root.timeText(root.durationMs)
    }
}
