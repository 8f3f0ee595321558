import QtQuick
import QtQuick.Controls

// Beside an encrypted message: a warning shield when the device that
// encrypted it is not verified by its owner, or is unknown (or deleted); a
// grey one when its key came from a backup, an import or another device,
// which cannot prove who sent it. Nothing for a verified device, nor for
// one its owner signed whom we have not verified (as Element does).
// `shield` is the timeline's shield role.
ShieldIcon {
    id: messageShield

    property bool dark: false
    property string shield: ""
    readonly property string text: {
        switch (shield) {
        case "unverified":
            return qsTr("Encrypted by a device not verified by its owner.");
        case "unknown":
            return qsTr("Encrypted by an unknown or deleted device.");
        case "unauthenticated":
            return qsTr("The authenticity of this message can't be guaranteed on this device: its key came from a backup or another device.");
        }
        return "";
    }

    Accessible.name: text
    ToolTip.delay: 300
    ToolTip.text: text
    ToolTip.visible: hover.hovered
    color: {
        switch (shield) {
        case "unknown":
            return dark ? "#e53935" : "#c62828";
        case "unauthenticated":
            return dark ? "#9e9e9e" : "#757575";
        }
        return dark ? "#fb8c00" : "#e65100";
    }
    mark: shield === "unauthenticated" ? "?" : "!"
    objectName: "messageShield"
    size: 13
    visible: text !== ""

    HoverHandler {
        id: hover
    }
}
