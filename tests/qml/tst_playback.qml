import QtQuick
import QtQuick.Controls
import QtMultimedia
import QtTest
import "../../qml/components"

// Audio and video messages play in place: the duration from the event
// before anything is fetched, the file asked of the media controller on
// the first Play, pause and seeking, full size for videos, and a clear
// message when there is no sound device or the file cannot be had.
Item {
    id: root
    height: 800
    width: 800

    Component {
        id: controllerComponent
        FakeMediaController {
        }
    }
    Component {
        id: audioComponent
        AudioContent {
            media: ({
                    "kind": "audio",
                    "name": "note.wav",
                    "url": "mxc://hs/a",
                    "durationMs": 65000
                })
            width: 380
        }
    }
    Component {
        id: videoComponent
        VideoContent {
            media: ({
                    "kind": "video",
                    "name": "clip.webm",
                    "url": "mxc://hs/v",
                    "width": 1280,
                    "height": 720,
                    "durationMs": 2000,
                    "thumbnailUrl": "mxc://hs/poster",
                    "thumbnailWidth": 640,
                    "thumbnailHeight": 360
                })
        }
    }
    TestCase {
        function findNamed(item, name) {
            if (item.objectName === name)
                return item;
            const children = item.children || [];
            for (let i = 0; i < children.length; ++i) {
                const found = findNamed(children[i], name);
                if (found)
                    return found;
            }
            if (item.contentItem && item.contentItem !== item) {
                const found = findNamed(item.contentItem, name);
                if (found)
                    return found;
            }
            return null;
        }
        function test_audioDownloadCancelsAndPlayFetchesAgain() {
            const controller = createTemporaryObject(controllerComponent, root);
            const audio = createTemporaryObject(audioComponent, root, {
                    "mediaController": controller,
                    "hasAudioOutput": true
                });
            mouseClick(findNamed(audio, "playButton"));
            compare(controller.calls, ["loadPlayback:note.wav"]);
            controller.setTransfer("play:mxc://hs/a", {
                    "known": true,
                    "running": true,
                    "state": "running",
                    "progress": 0.4
                });
            const bar = findNamed(audio, "audioProgress");
            verify(bar.visible);
            compare(bar.value, 0.4);
            mouseClick(findNamed(audio, "cancelAudioButton"));
            compare(controller.calls, ["loadPlayback:note.wav", "cancelDownload:note.wav"]);
            controller.setTransfer("play:mxc://hs/a", {
                    "known": true,
                    "running": false,
                    "state": "cancelled",
                    "error": "cancelled"
                });
            verify(!bar.visible);
            // A cancelled fetch is no failure: nothing to read under the player.
            verify(!findNamed(audio, "playbackError").visible);
            audio.play();
            compare(controller.calls, ["loadPlayback:note.wav", "cancelDownload:note.wav", "loadPlayback:note.wav"]);
        }
        function test_audioFetchFailureShows() {
            const controller = createTemporaryObject(controllerComponent, root);
            const audio = createTemporaryObject(audioComponent, root, {
                    "mediaController": controller,
                    "hasAudioOutput": true
                });
            controller.setTransfer("play:mxc://hs/a", {
                    "known": true,
                    "running": false,
                    "state": "failed",
                    "error": "the file's hash does not match"
                });
            const message = findNamed(audio, "playbackError");
            verify(message.visible);
            compare(message.text, "the file's hash does not match");
            // Play asks again after a failure.
            mouseClick(findNamed(audio, "playButton"));
            mouseClick(findNamed(audio, "playButton"));
            compare(controller.calls, ["loadPlayback:note.wav", "loadPlayback:note.wav"]);
        }
        function test_audioPlaysPausesAndSeeks() {
            const controller = createTemporaryObject(controllerComponent, root, {
                    "playbackFiles": {
                        "mxc://hs/a": Qt.resolvedUrl("data/tone-2s.wav")
                    }
                });
            const audio = createTemporaryObject(audioComponent, root, {
                    "mediaController": controller,
                    "hasAudioOutput": true
                });
            mouseClick(findNamed(audio, "playButton"));
            compare(controller.calls, ["loadPlayback:note.wav"]);
            tryCompare(audio.player, "playbackState", MediaPlayer.PlayingState, 10000);
            // The player's own duration replaces the event's.
            tryVerify(() => audio.player.duration > 1500 && audio.player.duration < 2500, 10000);
            mouseClick(findNamed(audio, "playButton"));
            tryCompare(audio.player, "playbackState", MediaPlayer.PausedState);
            const slider = findNamed(audio, "positionSlider");
            tryVerify(() => slider.enabled, 5000);
            audio.player.position = 1000;
            tryVerify(() => Math.abs(slider.value - 1000) < 200, 5000);
            // Play again: no second fetch.
            mouseClick(findNamed(audio, "playButton"));
            tryCompare(audio.player, "playbackState", MediaPlayer.PlayingState, 10000);
            compare(controller.calls.length, 1);
        }
        function test_audioShowsTheEventsDurationBeforeLoading() {
            const controller = createTemporaryObject(controllerComponent, root);
            const audio = createTemporaryObject(audioComponent, root, {
                    "mediaController": controller,
                    "hasAudioOutput": true
                });
            compare(findNamed(audio, "timeLabel").text, "1:05");
            compare(controller.calls.length, 0);
            // No player until the first Play.
            compare(audio.player, null);
        }
        function test_audioWithoutSoundDeviceSaysSo() {
            const controller = createTemporaryObject(controllerComponent, root);
            const audio = createTemporaryObject(audioComponent, root, {
                    "mediaController": controller,
                    "hasAudioOutput": false
                });
            const message = findNamed(audio, "playbackError");
            verify(message.visible);
            verify(message.text.indexOf("No sound device") >= 0);
            verify(!findNamed(audio, "playButton").enabled);
            audio.play();
            compare(controller.calls.length, 0);
        }
        function test_videoBoxHasTheVideosShapeAndPoster() {
            const controller = createTemporaryObject(controllerComponent, root, {
                    "imageUrl": Qt.resolvedUrl("data/image-400x300.png")
                });
            const video = createTemporaryObject(videoComponent, root, {
                    "mediaController": controller
                });
            const box = findNamed(video, "videoBox");
            compare(box.width, 480);
            compare(box.height, 270);
            const poster = findNamed(video, "videoPoster");
            tryCompare(poster, "status", Image.Ready);
            verify(poster.visible);
            compare(findNamed(video, "timeLabel").text, "0:02");
            compare(controller.calls.length, 0);
        }
        function test_videoDownloadShowsProgressAndCancel() {
            const controller = createTemporaryObject(controllerComponent, root);
            const video = createTemporaryObject(videoComponent, root, {
                    "mediaController": controller,
                    "hasAudioOutput": false
                });
            const bar = findNamed(video, "videoProgress");
            verify(!bar.visible);
            const before = video.implicitHeight;
            mouseClick(findNamed(video, "videoBox"));
            controller.setTransfer("play:mxc://hs/v", {
                    "known": true,
                    "running": true,
                    "state": "running",
                    "progress": 0.5
                });
            verify(bar.visible);
            compare(bar.value, 0.5);
            // The bar takes room below the controls: the row grows.
            verify(video.implicitHeight > before);
            mouseClick(findNamed(video, "cancelVideoButton"));
            compare(controller.calls, ["loadPlayback:clip.webm", "cancelDownload:clip.webm"]);
            controller.setTransfer("play:mxc://hs/v", {
                    "known": true,
                    "running": false,
                    "state": "cancelled",
                    "error": "cancelled"
                });
            verify(!bar.visible);
            verify(!findNamed(video, "playbackError").visible);
            compare(video.implicitHeight, before);
        }
        function test_videoFetchFailureShowsOnThePoster() {
            const controller = createTemporaryObject(controllerComponent, root);
            const video = createTemporaryObject(videoComponent, root, {
                    "mediaController": controller
                });
            mouseClick(findNamed(video, "videoBox"));
            controller.setTransfer("play:mxc://hs/v", {
                    "known": true,
                    "running": false,
                    "state": "failed",
                    "error": "too large to play here (300 MB); save it to play it"
                });
            const message = findNamed(video, "playbackError");
            verify(message.visible);
            verify(message.text.indexOf("too large") === 0);
        }
        function test_videoPlaysInPlaceAndFullSize() {
            const controller = createTemporaryObject(controllerComponent, root, {
                    "playbackFiles": {
                        "mxc://hs/v": Qt.resolvedUrl("data/clip-64x48.webm")
                    }
                });
            const video = createTemporaryObject(videoComponent, root, {
                    "mediaController": controller,
                    "hasAudioOutput": false
                });
            mouseClick(findNamed(video, "videoBox"));
            compare(controller.calls, ["loadPlayback:clip.webm"]);
            tryCompare(video.player, "playbackState", MediaPlayer.PlayingState, 10000);
            tryVerify(() => video.player.hasVideo, 10000);
            verify(!findNamed(video, "videoPoster").visible);
            mouseClick(findNamed(video, "videoBox"));
            tryCompare(video.player, "playbackState", MediaPlayer.PausedState);
            mouseClick(findNamed(video, "fullSizeButton"));
            verify(video.fullSize);
            const popup = video.fullSizePopup;
            tryCompare(popup, "opened", true);
            tryCompare(video.player, "playbackState", MediaPlayer.PlayingState, 10000);
            compare(controller.calls.length, 1);
            popup.close();
            tryCompare(popup, "visible", false);
            tryCompare(video, "fullSize", false);
        }

        name: "Playback"
        when: windowShown
    }
}
