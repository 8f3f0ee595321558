import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A thin bar while a call runs and another room is shown: who, how long,
// hang up; a click returns to the call.
Rectangle {
    id: bar

    // A CallController (or a stand-in in tests).
    required property var call

    signal openRequested

    color: "#2e7d32"
    implicitHeight: row.implicitHeight + 8
    objectName: "callBar"

    MouseArea {
        anchors.fill: parent
        cursorShape: Qt.PointingHandCursor

        onClicked: bar.openRequested()
    }
    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: 12
        anchors.rightMargin: 8
        spacing: 8

        Label {
            Layout.fillWidth: true
            color: "white"
            elide: Text.ElideRight
            objectName: "callBarText"
            text: {
                if (!bar.call)
                    return "";
                if (bar.call.state === "connected")
                    return qsTr("In call with %1 · %2").arg(bar.call.peerName).arg(bar.call.durationText);
                if (bar.call.state === "ended")
                    return bar.call.endMessage;
                return qsTr("Calling %1…").arg(bar.call.peerName);
            }
        }
        Button {
            flat: true
            palette.buttonText: "white"
            text: qsTr("Return to call")

            onClicked: bar.openRequested()
        }
        Button {
            enabled: bar.call !== null && bar.call.active
            objectName: "callBarHangUp"
            palette.button: "#c62828"
            palette.buttonText: "white"
            text: qsTr("Hang up")

            onClicked: bar.call.hangUp()
        }
    }
}
