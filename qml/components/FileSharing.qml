import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs

// The dialogs of file sharing in a room: choosing files to attach, the
// preview before sending, "Save as…" (never replacing a file without
// asking), the image viewer, and the notices the media layer sends.
Item {
    id: root

    property var mediaController: null
    property string roomId: ""
    property string roomName: ""

    // A message for the room's notice line (errors, refusals).
    signal notice(string text)

    function attach() {
        openDialog.open();
    }
    // Files dropped on the room or pasted: local files only.
    function offer(urls) {
        const files = [];
        for (let i = 0; i < urls.length; ++i) {
            const url = String(urls[i]);
            if (url.startsWith("file:"))
                files.push(urls[i]);
        }
        if (files.length === 0) {
            notice(qsTr("Only files on this computer can be sent."));
            return;
        }
        preview.show(files);
    }
    function paste() {
        const urls = mediaController ? mediaController.pasteFiles() : [];
        if (urls.length > 0)
            preview.show(urls);
    }
    function saveAs(media) {
        saveDialog.media = media;
        const suggested = mediaController.suggestedSaveUrl(media);
        saveDialog.selectedFile = suggested;
        saveDialog.currentFolder = String(suggested).substring(0, String(suggested).lastIndexOf("/"));
        saveDialog.open();
    }
    function view(media) {
        viewer.show(media);
    }

    FileDialog {
        id: openDialog
        fileMode: FileDialog.OpenFiles
        title: qsTr("Attach files")

        onAccepted: root.offer(selectedFiles)
    }
    FileDialog {
        id: saveDialog

        property var media: ({})

        fileMode: FileDialog.SaveFile
        // Asked below, the same way whichever dialog the platform has.
        options: FileDialog.DontConfirmOverwrite
        title: qsTr("Save %1", "file").arg(media.name || "")

        onAccepted: {
            if (root.mediaController.fileExists(selectedFile)) {
                replaceDialog.target = selectedFile;
                replaceDialog.media = media;
                replaceDialog.open();
                return;
            }
            root.mediaController.saveAs(media, selectedFile, false);
        }
    }
    Dialog {
        id: replaceDialog

        property var media: ({})
        property url target

        anchors.centerIn: parent
        modal: true
        objectName: "replaceDialog"
        parent: Overlay.overlay
        standardButtons: Dialog.Cancel
        title: qsTr("Replace the file?")

        Overlay.modal: ModalDim {
        }
        footer: DialogButtonBox {
            Button {
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
                text: qsTr("Cancel")
            }
            Button {
                DialogButtonBox.buttonRole: DialogButtonBox.DestructiveRole
                text: qsTr("Replace")

                onClicked: {
                    root.mediaController.saveAs(replaceDialog.media, replaceDialog.target, true);
                    replaceDialog.close();
                }
            }
            Button {
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
                text: qsTr("Keep both")

                onClicked: root.mediaController.saveAs(replaceDialog.media, replaceDialog.target, false)
            }
        }

        Label {
            text: qsTr("%1 already exists. Replace it?").arg(String(replaceDialog.target).replace("file://", ""))
            width: 360
            wrapMode: Text.Wrap
        }
    }
    AttachmentPreview {
        id: preview
        mediaController: root.mediaController
        parent: Overlay.overlay
        roomName: root.roomName

        onCancelled: files => root.mediaController.dropPasted(files)
        onSendRequested: (files, caption) => root.mediaController.sendFiles(root.roomId, files, caption)
    }
    MediaViewer {
        id: viewer
        mediaController: root.mediaController
        parent: Overlay.overlay

        onSaveRequested: media => root.saveAs(media)
    }
    Connections {
        function onOpenRefused(name, reason) {
            root.notice(reason);
        }
        function onSendRefused(roomId, reason) {
            if (roomId === root.roomId)
                root.notice(reason);
        }
        function onTransferFailed(key, message) {
            root.notice(message);
        }

        target: root.mediaController
    }
}
