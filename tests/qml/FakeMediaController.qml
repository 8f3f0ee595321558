import QtQuick

// Stands in for MediaController in the components' tests: transfers are
// set by the test, calls are recorded.
QtObject {
    id: fake

    property var calls: []
    property var files: ({})
    property string imageUrl: ""
    // Media URL → a local file the fake hands the player (loadPlayback).
    property var playbackFiles: ({})
    property var transfers: ({})
    property real uploadLimit: -1

    signal transferChanged(string key)

    function avatarSource(url) {
        return url.startsWith("mxc://") ? "image://atrium-media/avatar/" + url : "";
    }
    function cancelDownload(media) {
        calls.push("cancelDownload:" + media.name);
    }
    function cancelUpload(transactionId) {
        calls.push("cancelUpload:" + transactionId);
        return true;
    }
    function describeFile(url) {
        const file = files[String(url)] || {
            "name": String(url).split("/").pop(),
            "size": 1000,
            "sizeText": "1 kB"
        };
        // As MediaController does: over the server's limit, an error says so.
        if (uploadLimit > 0 && file.size > uploadLimit)
            return Object.assign({
                    "tooLarge": true,
                    "error": file.name + " is " + file.sizeText + "; this server accepts files up to " + uploadLimit + " bytes."
                }, file);
        return file;
    }
    function fetchUploadLimit() {
        calls.push("fetchUploadLimit");
    }
    function fileKey(media) {
        return "file:" + media.url;
    }
    function imageSource(media, full) {
        return imageUrl !== "" ? imageUrl : "image://atrium-media/" + (full ? "file/" : "thumbnail/") + media.url;
    }
    function loadPlayback(media, player) {
        calls.push("loadPlayback:" + media.name);
        const file = playbackFiles[media.url];
        if (file)
            player.source = file;
    }
    function open(media) {
        calls.push("open:" + media.name);
    }
    function playbackKey(media) {
        return "play:" + media.url;
    }
    function setTransfer(key, transfer) {
        const all = transfers;
        all[key] = transfer;
        transfers = all;
        transferChanged(key);
    }
    function transfer(key) {
        return transfers[key] || {
            "known": false,
            "running": false,
            "progress": -1
        };
    }
    function uploadKey(transactionId) {
        return "upload:" + transactionId;
    }
}
