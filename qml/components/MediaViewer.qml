import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// An image full size over the window: fitted at first, zoom with the wheel,
// + and -, 0 to fit again; drag to pan. Escape or ✕ closes.
Popup {
    id: viewer

    readonly property real fitZoom: image.implicitWidth > 0 && image.implicitHeight > 0 ? Math.min(1, flick.width / image.implicitWidth, flick.height / image.implicitHeight) : 1
    readonly property bool fitted: zoom === fitZoom
    readonly property string imageKey: source.indexOf("image://atrium-media/") === 0 ? source.substring(21) : ""
    property var media: ({})
    property var mediaController: null
    readonly property string source: !media.kind ? "" : media.localPath ? "file://" + media.localPath : mediaController ? mediaController.imageSource(media, true) : ""
    property var transfer: ({})
    property real zoom: 1

    signal saveRequested(var media)

    function refreshTransfer() {
        transfer = mediaController && imageKey !== "" ? mediaController.transfer(imageKey) : {};
    }
    function setZoom(value) {
        zoom = Math.max(Math.min(fitZoom, 0.05), Math.min(8, value));
    }
    function show(fileMedia) {
        media = fileMedia;
        zoom = 1;
        open();
        fitWhenLoaded.restart();
    }

    closePolicy: Popup.CloseOnEscape
    dim: true
    focus: true
    height: parent ? parent.height : 600
    modal: true
    objectName: "mediaViewer"
    padding: 0
    width: parent ? parent.width : 800
    x: 0
    y: 0

    Overlay.modal: ModalDim {
    }
    background: Rectangle {
        color: Qt.rgba(0, 0, 0, 0.88)
    }

    onClosed: media = {}
    onImageKeyChanged: refreshTransfer()

    // Fit once the picture's size is known.
    Timer {
        id: fitWhenLoaded
        interval: 50
        repeat: true

        onTriggered: {
            if (image.status === Image.Ready) {
                viewer.zoom = viewer.fitZoom;
                stop();
            } else if (image.status === Image.Error || !viewer.opened) {
                stop();
            }
        }
    }
    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillWidth: true
            color: Qt.rgba(0, 0, 0, 0.5)
            implicitHeight: header.implicitHeight + 12

            RowLayout {
                id: header
                anchors.left: parent.left
                anchors.leftMargin: 12
                anchors.right: parent.right
                anchors.rightMargin: 8
                anchors.verticalCenter: parent.verticalCenter
                spacing: 8

                Label {
                    Layout.fillWidth: true
                    color: "white"
                    elide: Text.ElideMiddle
                    font.bold: true
                    objectName: "viewerTitle"
                    text: viewer.media.name || ""
                    textFormat: Text.PlainText
                }
                Label {
                    color: "#cccccc"
                    font.pixelSize: 12
                    text: viewer.media.width > 0 ? "%1 × %2 · %3".arg(viewer.media.width).arg(viewer.media.height).arg(viewer.media.sizeText) : (viewer.media.sizeText || "")
                }
                Label {
                    color: "#cccccc"
                    font.pixelSize: 12
                    text: Math.round(viewer.zoom * 100) + "%"
                }
                ToolButton {
                    Accessible.name: qsTr("Fit to window")
                    ToolTip.text: qsTr("Fit (0)")
                    ToolTip.visible: hovered
                    enabled: !viewer.fitted
                    palette.buttonText: "white"
                    text: qsTr("Fit")

                    onClicked: viewer.zoom = viewer.fitZoom
                }
                ToolButton {
                    Accessible.name: qsTr("Actual size")
                    palette.buttonText: "white"
                    text: "1:1"

                    onClicked: viewer.setZoom(1)
                }
                ToolButton {
                    palette.buttonText: "white"
                    text: qsTr("Open")
                    visible: viewer.mediaController !== null && !viewer.media.localPath

                    onClicked: viewer.mediaController.open(viewer.media)
                }
                ToolButton {
                    palette.buttonText: "white"
                    text: qsTr("Save as…")
                    visible: !viewer.media.localPath

                    onClicked: viewer.saveRequested(viewer.media)
                }
                ToolButton {
                    Accessible.name: qsTr("Close")
                    ToolTip.text: qsTr("Close (Esc)")
                    ToolTip.visible: hovered
                    objectName: "viewerClose"
                    palette.buttonText: "white"
                    text: "✕"

                    onClicked: viewer.close()
                }
            }
        }
        Flickable {
            id: flick
            Layout.fillHeight: true
            Layout.fillWidth: true
            boundsBehavior: Flickable.StopAtBounds
            clip: true
            contentHeight: Math.max(height, image.implicitHeight * viewer.zoom)
            contentWidth: Math.max(width, image.implicitWidth * viewer.zoom)

            Image {
                id: image
                asynchronous: true
                height: implicitHeight * viewer.zoom
                objectName: "viewerImage"
                smooth: true
                source: viewer.source
                width: implicitWidth * viewer.zoom
                x: Math.max(0, (flick.contentWidth - width) / 2)
                y: Math.max(0, (flick.contentHeight - height) / 2)
            }
            WheelHandler {
                acceptedModifiers: Qt.NoModifier | Qt.ControlModifier

                onWheel: event => viewer.setZoom(viewer.zoom * (event.angleDelta.y > 0 ? 1.15 : 1 / 1.15))
            }
        }
    }
    BusyIndicator {
        anchors.centerIn: parent
        running: image.status === Image.Loading && viewer.transfer.running !== true
    }
    // The whole picture on its way: how far, and Cancel (which closes the viewer).
    TransferProgress {
        anchors.centerIn: parent
        cancelAccessibleName: qsTr("Cancel downloading %1").arg(viewer.media.name || "")
        cancelObjectName: "cancelViewerButton"
        palette.windowText: "white"
        progressObjectName: "viewerProgress"
        transfer: viewer.transfer
        visible: viewer.transfer.running === true && image.status !== Image.Ready
        width: Math.min(360, parent.width - 48)

        onCancelRequested: {
            viewer.mediaController.cancelDownload(viewer.media);
            viewer.close();
        }
    }
    Connections {
        function onTransferChanged(key) {
            if (key === viewer.imageKey)
                viewer.refreshTransfer();
        }

        ignoreUnknownSignals: true
        target: viewer.mediaController
    }
    Label {
        anchors.centerIn: parent
        color: "white"
        text: qsTr("The image could not be shown.")
        visible: image.status === Image.Error
    }
    Shortcut {
        enabled: viewer.opened
        sequences: ["+", "=", StandardKey.ZoomIn]

        onActivated: viewer.setZoom(viewer.zoom * 1.25)
    }
    Shortcut {
        enabled: viewer.opened
        sequences: ["-", StandardKey.ZoomOut]

        onActivated: viewer.setZoom(viewer.zoom / 1.25)
    }
    Shortcut {
        enabled: viewer.opened
        sequences: ["0"]

        onActivated: viewer.zoom = viewer.fitZoom
    }
}
