import QtQuick
import QtQuick.Controls
import QtTest
import Atrium
import "../../qml/pages"

// The sign-in page: signing in, and creating an account instead (the
// passwords must match before the server is asked); errors show inline.
Item {
    id: root
    height: 600
    width: 600

    SessionController {
        id: fakeController
    }
    SignInPage {
        id: page
        anchors.fill: parent
        controller: fakeController
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
        function init() {
            fakeController.calls = [];
            fakeController.errorMessage = "";
            page.creating = false;
            page.localError = "";
        }
        function test_aMismatchIsSaidBeforeAskingTheServer() {
            mouseClick(field("createAccountSwitch"));
            fill({
                    "userField": "ann",
                    "passwordField": "secret1",
                    "confirmField": "secret2"
                });
            mouseClick(field("signInButton"));
            compare(fakeController.calls, []);
            compare(field("signInError").text, "The passwords do not match.");
            verify(field("signInError").visible);
        }
        function test_createAnAccountInstead() {
            verify(!field("confirmField").visible);
            mouseClick(field("createAccountSwitch"));
            verify(page.creating);
            compare(field("signInTitle").text, "Create an account");
            compare(field("signInButton").text, "Create account");
            verify(field("confirmField").visible);
            fill({
                    "serverField": "matrix.example.org",
                    "userField": "ann",
                    "passwordField": "secret",
                    "confirmField": "secret"
                });
            keyClick(Qt.Key_Return);
            compare(fakeController.calls, [["register", "matrix.example.org", "ann", "secret"]]);
            // The server's refusal shows under the fields.
            fakeController.errorMessage = "Registration is disabled (M_FORBIDDEN, HTTP 403)";
            compare(field("signInError").text, fakeController.errorMessage);
            mouseClick(field("createAccountSwitch"));
            verify(!page.creating);
            verify(!field("confirmField").visible);
        }
        function test_signIn() {
            compare(field("signInTitle").text, "Sign in to Atrium");
            fill({
                    "serverField": "matrix.example.org",
                    "userField": "ann",
                    "passwordField": "secret"
                });
            mouseClick(field("signInButton"));
            compare(fakeController.calls, [["login", "matrix.example.org", "ann", "secret"]]);
        }

        when: windowShown
    }
}
