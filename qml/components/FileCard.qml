import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A file message: a type icon, the name, size and type, and Open / Save as…
// with the download's progress. Programs and scripts are never opened from
// here: they can only be saved.
Control {
    id: card

    readonly property bool dark: palette.window.hslLightness < 0.5
    readonly property string fileKey: mediaController && !media.localPath ? mediaController.fileKey(media) : ""
    required property var media
    property var mediaController: null
    property var transfer: ({})

    signal saveRequested

    function categoryColor(category) {
        switch (category) {
        case "pdf":
            return "#d93025";
        case "image":
            return "#1e8e3e";
        case "video":
            return "#8e24aa";
        case "audio":
            return "#e37400";
        case "archive":
            return "#795548";
        case "document":
            return "#1a73e8";
        case "spreadsheet":
            return "#188038";
        case "presentation":
            return "#e8710a";
        case "executable":
            return "#b00020";
        default:
            return "#607d8b";
        }
    }
    function refreshTransfer() {
        transfer = mediaController && fileKey !== "" ? mediaController.transfer(fileKey) : {};
    }
    function statusText() {
        if (transfer.running)
            return transfer.bytesTotal > 0 ? qsTr("%1 of %2").arg(Math.round(transfer.progress * 100) + "%").arg(media.sizeText || "") : qsTr("Downloading…");
        if (transfer.state === "failed")
            return transfer.error;
        if (transfer.state === "succeeded" && transfer.purpose === "save")
            return qsTr("Saved to %1").arg(transfer.filePath);
        const parts = [];
        if (media.sizeText)
            parts.push(media.sizeText);
        if (media.mimeType)
            parts.push(media.mimeType);
        return parts.join(" · ");
    }

    Accessible.name: qsTr("File %1, %2").arg(media.name).arg(media.sizeText || "")
    implicitHeight: implicitContentHeight + topPadding + bottomPadding
    implicitWidth: 440
    padding: 8

    background: Rectangle {
        border.color: card.palette.mid
        color: Qt.rgba(card.palette.mid.r, card.palette.mid.g, card.palette.mid.b, 0.12)
        radius: 6
    }
    contentItem: RowLayout {
        spacing: 10

        // The type icon: a page with a folded corner and the type on it.
        Rectangle {
            Accessible.ignored: true
            color: card.categoryColor(card.media.category)
            implicitHeight: 44
            implicitWidth: 36
            objectName: "typeIcon"
            radius: 4

            Rectangle {
                anchors.right: parent.right
                anchors.top: parent.top
                color: Qt.rgba(1, 1, 1, 0.35)
                height: 10
                width: 10
            }
            Label {
                anchors.bottom: parent.bottom
                anchors.bottomMargin: 5
                anchors.horizontalCenter: parent.horizontalCenter
                color: "white"
                font.bold: true
                font.pixelSize: card.media.typeLabel && card.media.typeLabel.length > 3 ? 8 : 10
                text: card.media.typeLabel || ""
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Label {
                Layout.fillWidth: true
                elide: Text.ElideMiddle
                font.bold: true
                objectName: "fileName"
                text: card.media.name || ""
                textFormat: Text.PlainText
            }
            Label {
                Layout.fillWidth: true
                color: card.transfer.state === "failed" ? (card.dark ? "#ff8a80" : "#c62828") : card.palette.windowText
                elide: Text.ElideRight
                font.pixelSize: 11
                objectName: "fileStatus"
                opacity: card.transfer.state === "failed" ? 1 : 0.7
                text: card.statusText()
                textFormat: Text.PlainText
            }
            Label {
                Layout.fillWidth: true
                color: card.dark ? "#ffb74d" : "#b45309"
                font.pixelSize: 11
                objectName: "executableWarning"
                text: qsTr("A program or script: it can only be saved.")
                visible: card.media.executable === true
                wrapMode: Text.Wrap
            }
            TransferProgress {
                Layout.fillWidth: true
                cancelAccessibleName: qsTr("Cancel downloading %1").arg(card.media.name)
                cancelObjectName: "cancelDownloadButton"
                progressObjectName: "fileProgress"
                showPercent: false
                transfer: card.transfer
                visible: card.transfer.running === true

                onCancelRequested: card.mediaController.cancelDownload(card.media)
            }
        }
        Button {
            Accessible.name: qsTr("Open %1").arg(card.media.name)
            font.pixelSize: 12
            implicitHeight: 28
            objectName: "openButton"
            text: qsTr("Open")
            visible: card.media.executable !== true && card.transfer.running !== true

            onClicked: card.mediaController.open(card.media)
        }
        Button {
            Accessible.name: qsTr("Save %1 as", "file").arg(card.media.name)
            font.pixelSize: 12
            implicitHeight: 28
            objectName: "saveButton"
            text: qsTr("Save as…")
            visible: card.transfer.running !== true && !card.media.localPath

            onClicked: card.saveRequested()
        }
    }

    Component.onCompleted: refreshTransfer()

    Connections {
        function onTransferChanged(key) {
            if (key === card.fileKey)
                card.refreshTransfer();
        }

        ignoreUnknownSignals: true
        target: card.mediaController
    }
}
