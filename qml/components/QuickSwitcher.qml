import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// Ctrl+K: type part of a room's name, Enter opens the first match (or the
// one chosen with the arrow keys), Escape closes.
Popup {
    id: switcher

    required property SessionController controller

    signal roomChosen(string roomId, string name)

    function choose(row) {
        if (row < 0 || row >= matches.count)
            return;
        switcher.roomChosen(filtered.roomIdAt(row), filtered.displayNameAt(row));
        switcher.close();
    }

    focus: true
    modal: true
    padding: 8
    width: Math.min(480, parent ? parent.width - 40 : 480)
    x: parent ? (parent.width - width) / 2 : 0
    y: 60

    Overlay.modal: ModalDim {
    }

    onOpened: {
        query.text = "";
        matches.currentIndex = 0;
        query.forceActiveFocus();
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        TextField {
            id: query
            Accessible.name: qsTr("Room to open")
            Layout.fillWidth: true
            objectName: "quickSwitcherField"
            placeholderText: qsTr("Jump to a room…")

            Keys.onDownPressed: matches.currentIndex = Math.min(matches.currentIndex + 1, matches.count - 1)
            Keys.onEnterPressed: switcher.choose(matches.currentIndex)
            Keys.onReturnPressed: switcher.choose(matches.currentIndex)
            Keys.onUpPressed: matches.currentIndex = Math.max(matches.currentIndex - 1, 0)
            onTextChanged: matches.currentIndex = 0
        }
        ListView {
            id: matches
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 320)
            clip: true
            highlightMoveDuration: 0

            delegate: ItemDelegate {
                required property string displayName
                required property int index
                required property string topic

                highlighted: ListView.isCurrentItem
                text: topic ? "%1 — %2".arg(displayName).arg(topic) : displayName
                width: ListView.view.width

                onClicked: switcher.choose(index)
            }
            model: RoomFilterModel {
                id: filtered
                filterText: query.text
                joinedRoomsOnly: true
                sourceModel: switcher.controller.roomListModel
            }
        }
        Label {
            opacity: 0.7
            text: qsTr("No room matches.")
            visible: matches.count === 0
        }
    }
}
