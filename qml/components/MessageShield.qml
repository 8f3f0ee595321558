import QtQuick
import QtQuick.Controls

// Beside an encrypted message: a warning shield when the device that
// encrypted it is not verified by its owner, or is unknown (or deleted).
// Nothing for a verified device, nor for one its owner signed whom we have
// not verified (as Element does). `shield` is the timeline's shield role.
ShieldIcon {
    id: messageShield

    property bool dark: false
    property string shield: ""
    readonly property string text: shield === "unverified" ? qsTr("Encrypted by a device not verified by its owner.") : shield === "unknown" ? qsTr("Encrypted by an unknown or deleted device.") : ""

    Accessible.name: text
    ToolTip.delay: 300
    ToolTip.text: text
    ToolTip.visible: hover.hovered
    color: shield === "unknown" ? (dark ? "#e53935" : "#c62828") : (dark ? "#fb8c00" : "#e65100")
    mark: "!"
    objectName: "messageShield"
    size: 13
    visible: text !== ""

    HoverHandler {
        id: hover
    }
}
