import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The sheet before files are sent: what goes (a preview for images, name
// and size for the rest) and, for a single file, an optional caption.
// Enter sends, Escape cancels.
Popup {
    id: sheet

    property var files: []
    property var mediaController: null
    property string roomName: ""
    // The server's m.upload.size (-1: unknown); files are described again
    // when it comes in, since it may make one too large to send.
    readonly property real uploadLimit: mediaController && mediaController.uploadLimit !== undefined ? mediaController.uploadLimit : -1

    signal cancelled(var files)
    signal sendRequested(var files, string caption)

    function canSend() {
        for (let i = 0; i < files.length; ++i) {
            if (describe(files[i], uploadLimit).error)
                return false;
        }
        return files.length > 0;
    }
    // `limit` only ties the callers' bindings to the upload limit.
    function describe(url, limit) {
        return mediaController ? mediaController.describeFile(url) : {
            "name": String(url).split("/").pop()
        };
    }
    function send() {
        if (!canSend())
            return;
        const urls = files;
        const text = caption.text.trim();
        files = [];
        close();
        sheet.sendRequested(urls, text);
    }
    function show(urls) {
        files = urls;
        caption.text = "";
        if (mediaController)
            mediaController.fetchUploadLimit();
        open();
        caption.forceActiveFocus();
    }

    anchors.centerIn: parent
    closePolicy: Popup.CloseOnEscape
    focus: true
    modal: true
    objectName: "attachmentPreview"
    padding: 16
    width: Math.min(parent ? parent.width - 40 : 480, 480)

    Overlay.modal: ModalDim {
    }

    onClosed: {
        if (files.length > 0) {
            const dropped = files;
            files = [];
            sheet.cancelled(dropped);
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 10

        Label {
            Layout.fillWidth: true
            elide: Text.ElideRight
            font.bold: true
            font.pixelSize: 15
            text: sheet.roomName !== "" ? qsTr("Send %n file(s) to %1", "", sheet.files.length).arg(sheet.roomName) : qsTr("Send %n file(s)", "", sheet.files.length)
        }
        ListView {
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 360)
            clip: true
            model: sheet.files
            objectName: "previewList"
            spacing: 8

            delegate: ColumnLayout {
                id: entry

                readonly property var info: sheet.describe(modelData, sheet.uploadLimit)
                required property var modelData

                spacing: 4
                width: ListView.view.width

                Image {
                    Layout.alignment: Qt.AlignHCenter
                    Layout.maximumHeight: 240
                    Layout.maximumWidth: entry.width
                    asynchronous: true
                    fillMode: Image.PreserveAspectFit
                    objectName: "previewImage"
                    source: entry.info.isImage ? entry.modelData : ""
                    sourceSize: Qt.size(entry.width * 2, 480)
                    visible: entry.info.isImage === true
                }
                Label {
                    Layout.fillWidth: true
                    elide: Text.ElideMiddle
                    text: entry.info.sizeText ? "%1 · %2".arg(entry.info.name).arg(entry.info.sizeText) : entry.info.name
                    textFormat: Text.PlainText
                }
                Label {
                    Layout.fillWidth: true
                    color: sheet.palette.window.hslLightness < 0.5 ? "#ff8a80" : "#c62828"
                    objectName: "previewError"
                    text: entry.info.error || ""
                    visible: text !== ""
                    wrapMode: Text.Wrap
                }
            }
        }
        TextField {
            id: caption
            Accessible.name: qsTr("Caption")
            Layout.fillWidth: true
            objectName: "captionField"
            placeholderText: qsTr("Add a caption (optional)")
            visible: sheet.files.length === 1

            Keys.onEnterPressed: sheet.send()
            Keys.onReturnPressed: sheet.send()
        }
        RowLayout {
            Layout.fillWidth: true

            Item {
                Layout.fillWidth: true
            }
            Button {
                objectName: "previewCancel"
                text: qsTr("Cancel")

                onClicked: sheet.close()
            }
            Button {
                enabled: sheet.canSend()
                highlighted: true
                objectName: "previewSend"
                text: qsTr("Send")

                onClicked: sheet.send()
            }
        }
    }
}
