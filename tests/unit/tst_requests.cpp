#include "matrix/Requests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace atrium::matrix;

namespace {

QJsonObject body(const ApiRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

} // namespace

class TestRequests : public QObject
{
    Q_OBJECT

private slots:
    void roomIdIsPercentEncodedInPaths()
    {
        const ApiRequest request = requests::leave("!abc/def:example.org");
        QCOMPARE(request.path,
                 QString("/_matrix/client/v3/rooms/%21abc%2Fdef%3Aexample.org/leave"));
    }

    void sendEventPutsToTypeAndTransaction()
    {
        const ApiRequest request =
            requests::sendEvent("!abc:example.org", "m.room.message", "atr1.ff", {{"body", "hi"}});
        QCOMPARE(request.method, QByteArray("PUT"));
        QCOMPARE(request.path, QString("/_matrix/client/v3/rooms/%21abc%3Aexample.org/send/"
                                       "m.room.message/atr1.ff"));
        QCOMPARE(body(request), QJsonObject({{"body", "hi"}}));
        QVERIFY(request.authenticated);
    }

    void transactionIdIsEncodedToo()
    {
        const ApiRequest request =
            requests::sendEvent("!a:example.org", "m.room.message", "a/b?c", {});
        QVERIFY(request.path.endsWith("/send/m.room.message/a%2Fb%3Fc"));
    }

    void syncQueryHasSinceTimeoutAndFilter()
    {
        const ApiRequest request = requests::sync("s72595_4483_1934", "7", 30000, false);
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path, QString("/_matrix/client/v3/sync"));
        QCOMPARE(request.query.queryItemValue("since"), QString("s72595_4483_1934"));
        QCOMPARE(request.query.queryItemValue("filter"), QString("7"));
        QCOMPARE(request.query.queryItemValue("timeout"), QString("30000"));
        QVERIFY(!request.query.hasQueryItem("full_state"));
    }

    void firstSyncHasNoSince()
    {
        const ApiRequest request = requests::sync({}, {}, 0, false);
        QVERIFY(!request.query.hasQueryItem("since"));
        QVERIFY(!request.query.hasQueryItem("filter"));
        QCOMPARE(request.query.queryItemValue("timeout"), QString("0"));
    }

    void fullStateIsAskedFor()
    {
        QCOMPARE(requests::sync("s1", {}, 0, true).query.queryItemValue("full_state"),
                 QString("true"));
    }

    void syncWaitsLongerThanTheServerHolds()
    {
        QVERIFY(requests::sync("s1", {}, 30000, false).timeoutMs > 30000);
    }

    void passwordLoginUsesUserIdentifier()
    {
        const ApiRequest request = requests::passwordLogin("alice", "hunter2", "Atrium on laptop");
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QString("/_matrix/client/v3/login"));
        QVERIFY(!request.authenticated);
        const QJsonObject json = body(request);
        QCOMPARE(json.value("type").toString(), QString("m.login.password"));
        QCOMPARE(json.value("identifier").toObject(),
                 QJsonObject({{"type", "m.id.user"}, {"user", "alice"}}));
        QCOMPARE(json.value("password").toString(), QString("hunter2"));
        QCOMPARE(json.value("initial_device_display_name").toString(), QString("Atrium on laptop"));
        QVERIFY(!json.contains("user")); // deprecated top-level field
        QVERIFY(!json.contains("device_id"));
    }

    void loginCanReuseADevice()
    {
        const QJsonObject json = body(requests::passwordLogin("alice", "pw", "Atrium", "DEVICE1"));
        QCOMPARE(json.value("device_id").toString(), QString("DEVICE1"));
    }

    void registrationAnswersDummyStage()
    {
        QVERIFY(!body(requests::registerAccount("alice", "pw", "Atrium", {})).contains("auth"));
        const QJsonObject json = body(requests::registerAccount("alice", "pw", "Atrium", "sess1"));
        QCOMPARE(json.value("username").toString(), QString("alice"));
        QCOMPARE(json.value("auth").toObject(),
                 QJsonObject({{"type", "m.login.dummy"}, {"session", "sess1"}}));
    }

    void versionsAndWellKnownNeedNoToken()
    {
        QCOMPARE(requests::versions().path, QString("/_matrix/client/versions"));
        QVERIFY(!requests::versions().authenticated);
        QCOMPARE(requests::wellKnown().path, QString("/.well-known/matrix/client"));
        QVERIFY(!requests::wellKnown().authenticated);
    }

    void messagesPagesBackwardsFromToken()
    {
        const ApiRequest request = requests::messages("!a:example.org", "t34-23535_0_0", 50);
        QCOMPARE(request.path, QString("/_matrix/client/v3/rooms/%21a%3Aexample.org/messages"));
        QCOMPARE(request.query.queryItemValue("from"), QString("t34-23535_0_0"));
        QCOMPARE(request.query.queryItemValue("dir"), QString("b"));
        QCOMPARE(request.query.queryItemValue("limit"), QString("50"));
    }

    void redactCarriesReason()
    {
        const ApiRequest request =
            requests::redact("!a:example.org", "$ev:example.org", "t1", "spam");
        QCOMPARE(request.method, QByteArray("PUT"));
        QCOMPARE(
            request.path,
            QString("/_matrix/client/v3/rooms/%21a%3Aexample.org/redact/%24ev%3Aexample.org/t1"));
        QCOMPARE(body(request), QJsonObject({{"reason", "spam"}}));
    }

    void typingNamesUserAndTimeout()
    {
        const ApiRequest on = requests::typing("!a:example.org", "@alice:example.org", true, 5000);
        QCOMPARE(on.path, QString("/_matrix/client/v3/rooms/%21a%3Aexample.org/typing/"
                                  "%40alice%3Aexample.org"));
        QCOMPARE(body(on), QJsonObject({{"typing", true}, {"timeout", 5000}}));
        QCOMPARE(body(requests::typing("!a:example.org", "@alice:example.org", false, 5000)),
                 QJsonObject({{"typing", false}}));
    }

    void joinAcceptsAnAlias()
    {
        QCOMPARE(requests::join("#design:example.org").path,
                 QString("/_matrix/client/v3/join/%23design%3Aexample.org"));
    }

    void newPrivateRoomIsInviteOnlyAndCanBeEncrypted()
    {
        requests::NewRoom room;
        room.name = "Plans";
        room.encrypted = true;
        const QJsonObject json = body(requests::createRoom(room));
        QCOMPARE(json.value("preset").toString(), QString("private_chat"));
        QCOMPARE(json.value("visibility").toString(), QString("private"));
        QCOMPARE(json.value("name").toString(), QString("Plans"));
        QVERIFY(!json.contains("topic")); // no empty topic event
        const QJsonObject encryption = json.value("initial_state").toArray().at(0).toObject();
        QCOMPARE(encryption.value("type").toString(), QString("m.room.encryption"));
        QCOMPARE(encryption.value("content").toObject().value("algorithm").toString(),
                 QString("m.megolm.v1.aes-sha2"));
    }

    void newPublicRoomIsListedAndClear()
    {
        requests::NewRoom room;
        room.name = "Lobby";
        room.topic = "Say hi";
        room.isPublic = true;
        const QJsonObject json = body(requests::createRoom(room));
        QCOMPARE(json.value("preset").toString(), QString("public_chat"));
        QCOMPARE(json.value("visibility").toString(), QString("public"));
        QCOMPARE(json.value("topic").toString(), QString("Say hi"));
        QVERIFY(!json.contains("initial_state"));
    }

    void inviteNamesTheUser()
    {
        const ApiRequest request = requests::invite("!a:example.org", "@bob:example.org");
        QCOMPARE(request.path, QString("/_matrix/client/v3/rooms/%21a%3Aexample.org/invite"));
        QCOMPARE(body(request), QJsonObject({{"user_id", "@bob:example.org"}}));
    }

    void readMarkersMoveBothMarkers()
    {
        const QJsonObject json = body(requests::readMarkers("!a:example.org", "$e"));
        QCOMPARE(json.value("m.fully_read").toString(), QString("$e"));
        QCOMPARE(json.value("m.read").toString(), QString("$e"));
    }

    void tagsAreSetWithPutAndRemovedWithDelete()
    {
        const ApiRequest set =
            requests::setTag("@a:example.org", "!r:example.org", "m.favourite", {{"order", 0.5}});
        QCOMPARE(set.method, QByteArray("PUT"));
        QCOMPARE(set.path, QString("/_matrix/client/v3/user/%40a%3Aexample.org/rooms/"
                                   "%21r%3Aexample.org/tags/m.favourite"));
        QCOMPARE(body(set), QJsonObject({{"order", 0.5}}));
        const ApiRequest removed = requests::removeTag("@a:example.org", "!r:example.org", "u.x");
        QCOMPARE(removed.method, QByteArray("DELETE"));
        QVERIFY(removed.path.endsWith("/tags/u.x"));
        QVERIFY(removed.body.isEmpty());
    }

    void stateIsPutWithTheEmptyStateKeyAsATrailingSlash()
    {
        const ApiRequest request =
            requests::setState("!r:example.org", "m.room.topic", {{"topic", "Pixels"}});
        QCOMPARE(request.method, QByteArray("PUT"));
        QCOMPARE(request.path,
                 QString("/_matrix/client/v3/rooms/%21r%3Aexample.org/state/m.room.topic/"));
        QCOMPARE(body(request), QJsonObject({{"topic", "Pixels"}}));
    }

    void userDirectorySearchPostsTermAndLimit()
    {
        const ApiRequest request = requests::searchUsers("ann", 20);
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QString("/_matrix/client/v3/user_directory/search"));
        QCOMPARE(body(request), QJsonObject({{"search_term", "ann"}, {"limit", 20}}));
    }

    void accountDataIsPutForTheUser()
    {
        const ApiRequest request =
            requests::setAccountData("@a:example.org", "m.direct", {{"@b:x", QJsonArray{"!r:x"}}});
        QCOMPARE(request.method, QByteArray("PUT"));
        QCOMPARE(request.path,
                 QString("/_matrix/client/v3/user/%40a%3Aexample.org/account_data/m.direct"));
        const ApiRequest read =
            requests::accountData("@a:example.org", "m.secret_storage.default_key");
        QCOMPARE(read.method, QByteArray("GET"));
        QCOMPARE(read.path, QString("/_matrix/client/v3/user/%40a%3Aexample.org/account_data/"
                                    "m.secret_storage.default_key"));
    }

    void pushRulesArePutAndDeletedInTheGlobalRuleset()
    {
        const ApiRequest put = requests::putPushRule("room", "!r:example.org", {});
        QCOMPARE(put.method, QByteArray("PUT"));
        QCOMPARE(put.path, QString("/_matrix/client/v3/pushrules/global/room/%21r%3Aexample.org"));
        const ApiRequest removed = requests::deletePushRule("override", "!r:example.org");
        QCOMPARE(removed.method, QByteArray("DELETE"));
        QCOMPARE(removed.path,
                 QString("/_matrix/client/v3/pushrules/global/override/%21r%3Aexample.org"));
    }

    void kickNamesTheUserAndTheReason()
    {
        const ApiRequest request = requests::kick("!r:example.org", "@b:example.org", "spam");
        QCOMPARE(request.path, QString("/_matrix/client/v3/rooms/%21r%3Aexample.org/kick"));
        QCOMPARE(body(request), QJsonObject({{"user_id", "@b:example.org"}, {"reason", "spam"}}));
    }

    void filterIsUploadedForTheUser()
    {
        const ApiRequest request =
            requests::uploadFilter("@alice:example.org", {{"room", QJsonObject{}}});
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QString("/_matrix/client/v3/user/%40alice%3Aexample.org/filter"));
    }
};

QTEST_GUILESS_MAIN(TestRequests)
#include "tst_requests.moc"
