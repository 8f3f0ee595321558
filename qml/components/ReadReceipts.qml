import QtQuick
import QtQuick.Controls

// Under a message: small avatars of the people whose read receipt is
// there (who has read up to it), the first few, then "+N"; their names in
// the tooltip.
Row {
    id: receipts

    // The avatars' rim: the colour behind them.
    property color background: "white"
    readonly property int count: readers && readers.length ? readers.length : 0
    property int maxAvatars: 5
    property var mediaController: null
    // [{userId, name}]
    property var readers: []
    readonly property int shown: Math.min(count, maxAvatars)

    function names() {
        const list = [];
        for (let i = 0; i < count; ++i)
            list.push(readers[i].name);
        return list.join(", ");
    }

    Accessible.name: qsTr("Seen by %1").arg(names())
    Accessible.role: Accessible.StaticText
    ToolTip.delay: 400
    ToolTip.text: Accessible.name
    ToolTip.visible: hover.hovered
    layoutDirection: Qt.RightToLeft
    spacing: -3
    visible: count > 0

    HoverHandler {
        id: hover
    }
    Label {
        font.pixelSize: 10
        leftPadding: 5
        opacity: 0.7
        text: "+" + (receipts.count - receipts.shown)
        visible: receipts.count > receipts.shown
    }
    Repeater {
        model: receipts.shown

        delegate: Avatar {
            required property int index

            border.color: receipts.background
            border.width: 1
            name: receipts.readers[index].name
            size: 16
            source: receipts.mediaController && receipts.readers[index].avatarUrl ? receipts.mediaController.avatarSource(receipts.readers[index].avatarUrl) : ""
        }
    }
}
