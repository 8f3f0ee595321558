import QtQuick
import QtQuick.Controls

// A circle with the name's initials, in a colour derived from the name;
// the picture at `source` over it once loaded (an image:// URL the media
// controller gives for an mxc:// avatar).
Rectangle {
    id: avatar

    property string name: ""
    property int size: 36
    property string source: ""

    function hueOf(text) {
        let hash = 0;
        for (let i = 0; i < text.length; ++i)
            hash = (hash * 31 + text.charCodeAt(i)) % 360;
        return hash / 360;
    }
    function initialsOf(text) {
        const words = text.replace(/^[#@!]/, "").split(/[\s_.-]+/).filter(w => w.length > 0);
        if (words.length === 0)
            return "?";
        if (words.length === 1)
            return words[0].substring(0, 1).toUpperCase();
        return (words[0][0] + words[1][0]).toUpperCase();
    }

    color: Qt.hsla(hueOf(name), 0.45, 0.42, 1)
    height: size
    radius: size / 2
    width: size

    Label {
        anchors.centerIn: parent
        color: "white"
        font.bold: true
        font.pixelSize: avatar.size * 0.4
        text: avatar.initialsOf(avatar.name)
    }
    Image {
        anchors.fill: parent
        asynchronous: true
        fillMode: Image.PreserveAspectCrop
        source: avatar.source
        sourceSize.height: avatar.size * 2
        sourceSize.width: avatar.size * 2
        visible: status === Image.Ready
    }
}
