import QtQuick
import QtQuick.Controls
import QtTest
import "../../qml/components"

// The verification dialog through its steps: an incoming request accepted
// or declined, the emoji and numbers compared, a match and a mismatch,
// verified and cancelled with the reason; closing lets it go.
Item {
    id: root
    height: 600
    width: 640

    QtObject {
        id: fakeVerification

        property var calls: []
        property string cancelReason: ""
        property string decimals: ""
        property string deviceId: "LAPTOP"
        property var emoji: []
        property string step: "incoming"
        property string userId: "@me:x"

        function accept() {
            calls.push("accept");
        }
        function cancel() {
            calls.push("cancel");
        }
        function decline() {
            calls.push("decline");
        }
        function match() {
            calls.push("match");
        }
        function mismatch() {
            calls.push("mismatch");
        }
    }
    QtObject {
        id: fakeVerifications

        property var current: fakeVerification
        property int dismissed: 0

        function dismiss() {
            dismissed += 1;
        }
    }
    VerificationDialog {
        id: dialog
        ownUserId: "@me:x"
        verifications: fakeVerifications
    }
    TestCase {
        function cleanup() {
            dialog.close();
            tryCompare(dialog, "visible", false);
        }
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
        function init() {
            fakeVerification.step = "incoming";
            fakeVerification.calls = [];
            fakeVerification.emoji = [];
            fakeVerification.decimals = "";
            fakeVerification.cancelReason = "";
            fakeVerifications.dismissed = 0;
            dialog.open();
            tryCompare(dialog, "opened", true);
        }
        function named(name) {
            const found = findNamed(dialog.contentItem, name);
            verify(found, name);
            return found;
        }
        function test_anotherUsersSessionIsNamed() {
            fakeVerification.userId = "@bob:x";
            fakeVerification.step = "waiting";
            verify(named("verificationText").text.indexOf("@bob:x (session LAPTOP)") >= 0);
            mouseClick(named("cancelVerificationButton"));
            compare(fakeVerification.calls, ["cancel"]);
            fakeVerification.userId = "@me:x";
        }
        function test_emojiComparedThenMatched() {
            fakeVerification.step = "comparing";
            fakeVerification.emoji = [{
                    "emoji": "🐶",
                    "name": "Dog"
                }, {
                    "emoji": "🔑",
                    "name": "Key"
                }, {
                    "emoji": "🎸",
                    "name": "Guitar"
                }, {
                    "emoji": "🚀",
                    "name": "Rocket"
                }, {
                    "emoji": "🌵",
                    "name": "Cactus"
                }, {
                    "emoji": "🍄",
                    "name": "Mushroom"
                }, {
                    "emoji": "📌",
                    "name": "Pin"
                }];
            fakeVerification.decimals = "1234 5678 9012";
            verify(named("emojiGrid").visible);
            compare(named("emojiGrid").children.length - 1, 7); // and the Repeater
            verify(named("decimals").text.indexOf("1234 5678 9012") >= 0);
            verify(!named("acceptVerificationButton").visible);
            wait(50);
            grabImage(root).save("/tmp/verification-comparing.png");
            mouseClick(named("matchButton"));
            compare(fakeVerification.calls, ["match"]);
            fakeVerification.step = "confirmed";
            verify(named("cancelVerificationButton").visible);
            fakeVerification.step = "verified";
            verify(named("verificationText").text.indexOf("Verified") === 0);
            mouseClick(named("closeVerificationButton"));
            tryCompare(dialog, "visible", false);
        }
        function test_incomingAcceptedOrDeclined() {
            verify(named("verificationText").text.indexOf("your session LAPTOP") >= 0);
            verify(named("acceptVerificationButton").visible);
            mouseClick(named("acceptVerificationButton"));
            compare(fakeVerification.calls, ["accept"]);
            mouseClick(named("declineVerificationButton"));
            compare(fakeVerification.calls, ["accept", "decline"]);
            tryCompare(dialog, "visible", false);
            compare(fakeVerifications.dismissed, 1); // closing lets it go
        }
        function test_mismatchAndCancelReason() {
            fakeVerification.step = "comparing";
            mouseClick(named("mismatchButton"));
            compare(fakeVerification.calls, ["mismatch"]);
            fakeVerification.step = "cancelled";
            fakeVerification.cancelReason = "The emoji did not match";
            compare(named("verificationText").text, "Verification cancelled: The emoji did not match");
            verify(named("closeVerificationButton").visible);
        }

        name: "VerificationDialog"
        when: windowShown
    }
}
