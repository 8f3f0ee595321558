import QtQuick
import QtQuick.Controls
import QtTest
import "../../qml/components"

// The full-size viewer: opens on an image, fits it to the window, zooms,
// closes with Escape.
Item {
    id: root
    height: 300
    width: 300

    Component {
        id: controllerComponent
        FakeMediaController {
            imageUrl: Qt.resolvedUrl("data/image-400x300.png")
        }
    }
    Component {
        id: viewerComponent
        MediaViewer {
        }
    }
    TestCase {
        function findNamed(item, name) {
            if (item.objectName === name)
                return item;
            for (let i = 0; i < item.children.length; ++i) {
                const found = findNamed(item.children[i], name);
                if (found)
                    return found;
            }
            return null;
        }
        function test_downloadShowsProgressAndCancelCloses() {
            const controller = createTemporaryObject(controllerComponent, root, {
                    "imageUrl": ""
                });
            const viewer = createTemporaryObject(viewerComponent, root, {
                    "mediaController": controller
                });
            viewer.show({
                    "kind": "image",
                    "name": "huge.png",
                    "url": "mxc://hs/h"
                });
            tryCompare(viewer, "opened", true);
            compare(viewer.imageKey, "file/mxc://hs/h");
            const progress = findNamed(viewer.contentItem, "viewerProgress");
            verify(!progress.visible);
            controller.setTransfer("file/mxc://hs/h", {
                    "known": true,
                    "running": true,
                    "state": "running",
                    "progress": 0.25
                });
            verify(progress.visible);
            compare(progress.value, 0.25);
            mouseClick(findNamed(viewer.contentItem, "cancelViewerButton"));
            compare(controller.calls, ["cancelDownload:huge.png"]);
            tryCompare(viewer, "visible", false);
        }
        function test_escapeCloses() {
            const viewer = createTemporaryObject(viewerComponent, root, {
                    "mediaController": createTemporaryObject(controllerComponent, root)
                });
            viewer.show({
                    "kind": "image",
                    "name": "a.png",
                    "url": "mxc://hs/a"
                });
            tryCompare(viewer, "opened", true);
            keyClick(Qt.Key_Escape);
            tryCompare(viewer, "visible", false);
        }
        function test_fitsThenZooms() {
            const viewer = createTemporaryObject(viewerComponent, root, {
                    "mediaController": createTemporaryObject(controllerComponent, root)
                });
            viewer.show({
                    "kind": "image",
                    "name": "mockup.png",
                    "url": "mxc://hs/m",
                    "width": 400,
                    "height": 300,
                    "sizeText": "1 kB"
                });
            tryCompare(viewer, "opened", true);
            compare(findNamed(viewer.contentItem, "viewerTitle").text, "mockup.png");
            const image = findNamed(viewer.contentItem, "viewerImage");
            tryCompare(image, "status", Image.Ready);
            // 400×300 in a 300-wide window: fitted below 100%.
            tryVerify(() => viewer.fitted && viewer.zoom < 1);
            verify(image.width <= root.width);
            viewer.setZoom(1);
            compare(image.width, 400);
            verify(!viewer.fitted);
            viewer.close();
        }

        name: "MediaViewer"
        when: windowShown
    }
}
