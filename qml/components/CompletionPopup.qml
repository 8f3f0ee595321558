import QtQuick
import QtQuick.Controls

// What the composer offers to complete the word being typed: people for
// "@name", emoji for ":shortcode". Keys stay with the text field, which
// moves `currentIndex` and accepts; a click accepts too.
Popup {
    id: popup

    property int currentIndex: 0
    // [{label, detail, insert}]
    property var items: []
    // Where the word being completed starts in the text.
    property int start: 0

    signal chosen(int index)

    function move(step) {
        if (items.length > 0)
            currentIndex = (currentIndex + step + items.length) % items.length;
    }

    closePolicy: Popup.CloseOnPressOutside
    focus: false
    implicitHeight: list.contentHeight + topPadding + bottomPadding
    implicitWidth: 320
    padding: 4

    onItemsChanged: currentIndex = 0

    ListView {
        id: list
        anchors.fill: parent
        currentIndex: popup.currentIndex
        interactive: false
        model: popup.items

        delegate: ItemDelegate {
            required property int index
            required property var modelData

            Accessible.name: modelData.detail ? qsTr("%1, %2").arg(modelData.label).arg(modelData.detail) : modelData.label
            highlighted: index === popup.currentIndex
            padding: 4
            width: ListView.view.width

            contentItem: Row {
                spacing: 8

                Label {
                    text: modelData.label
                    textFormat: Text.PlainText
                }
                Label {
                    opacity: 0.6
                    text: modelData.detail
                    textFormat: Text.PlainText
                }
            }

            onClicked: popup.chosen(index)
        }
    }
}
