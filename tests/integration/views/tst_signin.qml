import QtQuick
import QtTest
import Atrium

// The sign-in page with a real SessionController against the test
// homeserver: the server's refusals show inline, and a right password opens
// the account.
Item {
    id: root

    readonly property SessionController controller: live.newController()

    height: 600
    width: 700

    SignInPage {
        id: page
        anchors.fill: parent
        controller: root.controller
    }
    TestCase {
        function field(name) {
            return findChild(page, name);
        }
        function fill(values) {
            for (const name in values) {
                const input = field(name);
                input.forceActiveFocus();
                input.selectAll();
                keySequence(StandardKey.Delete);
                for (const c of values[name])
                    keyClick(c);
            }
        }
        function initTestCase() {
            live.registerUser("quinn", "correct horse");
        }
        function signInAs(server, user, password) {
            fill({
                    "serverField": server,
                    "userField": user,
                    "passwordField": password
                });
            mouseClick(field("signInButton"));
        }
        function test_1_aWrongPasswordIsSaidInline() {
            signInAs(live.url, "quinn", "battery staple");
            tryVerify(() => field("signInError").text !== "", 15000, "no error shown");
            verify(field("signInError").visible);
            verify(field("signInError").text.includes("wrong user name or password"), field("signInError").text);
            compare(root.controller.state, "failed");
        }
        function test_2_anUnreachableServerIsNamed() {
            signInAs("http://127.0.0.1:9", "quinn", "correct horse");
            tryVerify(() => field("signInError").text !== "", 15000, "no error shown");
            const error = field("signInError").text;
            verify(error.includes("http://127.0.0.1:9 is not reachable") && error.includes("Connection refused"), error);
            compare(root.controller.state, "failed");
        }
        function test_3_theRightPasswordOpensTheAccount() {
            signInAs(live.url, "quinn", "correct horse");
            tryCompare(root.controller, "state", "ready", 20000);
            verify(root.controller.userId.startsWith("@quinn:"), root.controller.userId);
            compare(root.controller.errorMessage, "");
        }

        name: "SignInLive"
        when: windowShown
    }
}
