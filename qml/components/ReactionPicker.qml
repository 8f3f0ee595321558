import QtQuick
import QtQuick.Controls

// A small grid of common reactions, and a way to all the others. Emits
// picked(key), or moreRequested for the full EmojiPicker, and closes.
Popup {
    id: picker

    readonly property var keys: ["👍", "👎", "😄", "🎉", "❤️", "😮", "😢", "🙏", "👀", "🚀", "✅", "🔥"]
    property string targetEventId: ""

    signal moreRequested(string eventId)
    signal picked(string eventId, string key)

    focus: true
    padding: 6

    Grid {
        columns: 6
        spacing: 2

        Repeater {
            model: picker.keys

            delegate: ToolButton {
                required property string modelData

                Accessible.name: qsTr("React with %1").arg(modelData)
                font.pixelSize: 18
                implicitHeight: 36
                implicitWidth: 36
                text: modelData

                onClicked: {
                    picker.picked(picker.targetEventId, modelData);
                    picker.close();
                }
            }
        }
        ToolButton {
            Accessible.name: qsTr("More reactions")
            ToolTip.text: qsTr("More reactions")
            ToolTip.visible: hovered
            font.pixelSize: 18
            implicitHeight: 36
            implicitWidth: 36
            objectName: "moreReactionsButton"
            text: "…"

            onClicked: {
                picker.moreRequested(picker.targetEventId);
                picker.close();
            }
        }
    }
}
