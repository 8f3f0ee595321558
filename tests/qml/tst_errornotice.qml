import QtQuick
import QtQuick.Controls
import QtTest
import "../../qml/components"

// A failure notice: hidden until there is one, shows the latest, and goes when dismissed.
Item {
    id: root
    height: 200
    width: 300

    ErrorNotice {
        id: notice
        width: root.width
    }
    TestCase {
        function test_showsTheLatestFailureUntilDismissed() {
            verify(!notice.visible);
            notice.show("Could not leave the room: forbidden");
            notice.show("Could not change the room's tags: timeout");
            verify(notice.visible);
            compare(findChild(notice, "errorNoticeText").text, "Could not change the room's tags: timeout");
            compare(notice.Accessible.name, notice.text);
            waitForRendering(notice);
            mouseClick(findChild(notice, "dismissErrorButton"));
            verify(!notice.visible);
        }

        name: "ErrorNotice"
        when: windowShown
    }
}
