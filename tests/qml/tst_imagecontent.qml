import QtQuick
import QtQuick.Controls
import QtTest
import "../../qml/components"

// An inline image: a placeholder of the image's size while it loads (with
// the download's progress), the picture once in, a click to view it.
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
        id: imageComponent
        ImageContent {
            media: ({
                    "kind": "image",
                    "name": "mockup.png",
                    "url": "mxc://hs/m",
                    "width": 1600,
                    "height": 1000,
                    "thumbnailWidth": 800,
                    "thumbnailHeight": 500
                })
        }
    }
    SignalSpy {
        id: viewSpy
        signalName: "viewRequested"
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
        function test_cancelWhileLoading() {
            const controller = createTemporaryObject(controllerComponent, root);
            const image = createTemporaryObject(imageComponent, root, {
                    "mediaController": controller
                });
            const cancel = findNamed(image, "cancelImageButton");
            // Nothing to cancel before the download starts.
            verify(!cancel.visible);
            controller.setTransfer("thumbnail/mxc://hs/m", {
                    "known": true,
                    "running": true,
                    "state": "running",
                    "progress": 0.3
                });
            verify(cancel.visible);
            mouseClick(cancel);
            compare(controller.calls, ["cancelDownload:mockup.png"]);
            controller.setTransfer("thumbnail/mxc://hs/m", {
                    "known": true,
                    "running": false,
                    "state": "cancelled",
                    "error": "cancelled"
                });
            verify(!cancel.visible);
        }
        function test_clickViews() {
            const controller = createTemporaryObject(controllerComponent, root, {
                    "imageUrl": Qt.resolvedUrl("data/image-400x300.png")
                });
            const image = createTemporaryObject(imageComponent, root, {
                    "mediaController": controller,
                    "media": {
                        "kind": "image",
                        "name": "small.png",
                        "url": "mxc://hs/s",
                        "width": 400,
                        "height": 300
                    }
                });
            const picture = findNamed(image, "inlineImage");
            tryCompare(picture, "status", Image.Ready);
            verify(!findNamed(image, "imagePlaceholder").visible);
            compare(image.width, 400);
            compare(image.height, 300);
            viewSpy.target = image;
            viewSpy.clear();
            mouseClick(image);
            compare(viewSpy.count, 1);
        }
        function test_failureSaysWhy() {
            const controller = createTemporaryObject(controllerComponent, root);
            const image = createTemporaryObject(imageComponent, root, {
                    "mediaController": controller
                });
            controller.setTransfer("thumbnail/mxc://hs/m", {
                    "known": true,
                    "running": false,
                    "state": "failed",
                    "error": "the server has no such file"
                });
            // No provider in this test: the image fails to load.
            tryCompare(image, "failed", true);
            verify(findNamed(image, "imagePlaceholder").visible);
        }
        function test_placeholderHasTheImagesShape() {
            const controller = createTemporaryObject(controllerComponent, root);
            const image = createTemporaryObject(imageComponent, root, {
                    "mediaController": controller
                });
            // 1600×1000 fitted into 480×360.
            compare(image.implicitWidth, 480);
            compare(image.implicitHeight, 300);
            verify(findNamed(image, "imagePlaceholder").visible);
        }
        function test_progressWhileLoading() {
            const controller = createTemporaryObject(controllerComponent, root);
            const image = createTemporaryObject(imageComponent, root, {
                    "mediaController": controller
                });
            compare(image.imageKey, "thumbnail/mxc://hs/m");
            controller.setTransfer("thumbnail/mxc://hs/m", {
                    "known": true,
                    "running": true,
                    "state": "running",
                    "progress": 0.6
                });
            const bar = findNamed(image, "imageProgress");
            compare(bar.value, 0.6);
            compare(bar.indeterminate, false);
        }
        function test_tallImagesFitTheHeight() {
            const controller = createTemporaryObject(controllerComponent, root);
            const image = createTemporaryObject(imageComponent, root, {
                    "mediaController": controller,
                    "media": {
                        "kind": "image",
                        "name": "tall.png",
                        "url": "mxc://hs/t",
                        "width": 1000,
                        "height": 4000
                    }
                });
            compare(image.implicitHeight, 360);
            compare(image.implicitWidth, 90);
        }
        function test_unknownSizeGetsADefaultBox() {
            const controller = createTemporaryObject(controllerComponent, root);
            const image = createTemporaryObject(imageComponent, root, {
                    "mediaController": controller,
                    "media": {
                        "kind": "image",
                        "name": "nosize.png",
                        "url": "mxc://hs/n"
                    }
                });
            compare(image.implicitWidth, 240);
            compare(image.implicitHeight, 160);
        }

        name: "ImageContent"
        when: windowShown
    }
}
