import QtQuick
import QtQuick.Controls
import QtQuick.Window

// An image message in the timeline: a box of the image's size (from the
// event's w/h, fitted into maxWidth × maxHeight) that shows a placeholder
// and the download's progress (with Cancel) until the picture is in.
// Click to view it full size.
Item {
    id: root

    readonly property bool failed: image.status === Image.Error
    readonly property real fitScale: naturalWidth > 0 && naturalHeight > 0 ? Math.min(1, maxWidth / naturalWidth, maxHeight / naturalHeight) : 1
    readonly property string imageKey: source.indexOf("image://atrium-media/") === 0 ? source.substring(21) : ""
    property real maxHeight: 360
    property real maxWidth: 480
    required property var media
    property var mediaController: null
    // Width and height as the event says (thumbnail's if the image has none).
    readonly property real naturalHeight: media.height > 0 ? media.height : media.thumbnailHeight > 0 ? media.thumbnailHeight : 0
    readonly property real naturalWidth: media.width > 0 ? media.width : media.thumbnailWidth > 0 ? media.thumbnailWidth : 0
    readonly property string source: media.localPath ? "file://" + media.localPath : mediaController ? mediaController.imageSource(media, false) : ""
    property var transfer: ({})

    signal viewRequested

    function refreshTransfer() {
        transfer = mediaController && imageKey !== "" ? mediaController.transfer(imageKey) : {};
    }

    Accessible.name: qsTr("Image: %1").arg(media.name)
    Accessible.role: Accessible.Graphic
    implicitHeight: naturalHeight > 0 ? Math.max(32, Math.round(naturalHeight * fitScale)) : 160
    implicitWidth: naturalWidth > 0 ? Math.max(32, Math.round(naturalWidth * fitScale)) : 240

    Component.onCompleted: refreshTransfer()

    Rectangle {
        id: placeholder
        anchors.fill: parent
        border.color: Qt.rgba(root.palette.mid.r, root.palette.mid.g, root.palette.mid.b, 0.6)
        color: Qt.rgba(root.palette.mid.r, root.palette.mid.g, root.palette.mid.b, 0.22)
        objectName: "imagePlaceholder"
        radius: 6
        visible: image.status !== Image.Ready

        Column {
            anchors.centerIn: parent
            spacing: 6
            width: Math.min(parent.width - 24, 220)

            Label {
                elide: Text.ElideMiddle
                font.pixelSize: 12
                horizontalAlignment: Text.AlignHCenter
                opacity: 0.7
                text: root.failed ? qsTr("Image not available") : (root.media.name || "")
                width: parent.width
            }
            Label {
                color: root.palette.window.hslLightness < 0.5 ? "#ff8a80" : "#c62828"
                font.pixelSize: 11
                horizontalAlignment: Text.AlignHCenter
                text: root.transfer.error || ""
                visible: root.failed && text !== ""
                width: parent.width
                wrapMode: Text.Wrap
            }
            TransferProgress {
                cancelAccessibleName: qsTr("Cancel downloading %1").arg(root.media.name)
                cancelObjectName: "cancelImageButton"
                progressObjectName: "imageProgress"
                showPercent: false
                transfer: root.transfer
                visible: !root.failed
                width: parent.width

                onCancelRequested: root.mediaController.cancelDownload(root.media)
            }
        }
    }
    Image {
        id: image
        anchors.fill: parent
        asynchronous: true
        fillMode: Image.PreserveAspectFit
        objectName: "inlineImage"
        // The box's size on screen: the provider decodes no larger.
        source: root.source
        sourceSize: Qt.size(Math.ceil(root.implicitWidth * Screen.devicePixelRatio), Math.ceil(root.implicitHeight * Screen.devicePixelRatio))
    }
    MouseArea {
        anchors.fill: parent
        cursorShape: image.status === Image.Ready ? Qt.PointingHandCursor : Qt.ArrowCursor
        enabled: image.status === Image.Ready

        onClicked: root.viewRequested()
    }
    Connections {
        function onTransferChanged(key) {
            if (key === root.imageKey)
                root.refreshTransfer();
        }

        ignoreUnknownSignals: true
        target: root.mediaController
    }
}
