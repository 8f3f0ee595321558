#include "matrix/DeviceRequests.h"
#include "matrix/UiaChallenge.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace atrium::matrix;

namespace {

QJsonObject body(const ApiRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

ApiResponse answer(int status, const QByteArray &json)
{
    ApiResponse response;
    response.httpStatus = status;
    response.body = json;
    if (status >= 400)
        response.error = ApiError::fromHttp(status, json);
    return response;
}

} // namespace

class TestDeviceRequests : public QObject
{
    Q_OBJECT

private slots:
    void listIsAnAuthenticatedGet()
    {
        const ApiRequest request = requests::ownDevices();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path, QString("/_matrix/client/v3/devices"));
        QVERIFY(request.authenticated);
    }

    void renamePutsTheDisplayNameOnAnEncodedPath()
    {
        const ApiRequest request = requests::renameDevice("AB/C D", "Laptop");
        QCOMPARE(request.method, QByteArray("PUT"));
        QCOMPARE(request.path, QString("/_matrix/client/v3/devices/AB%2FC%20D"));
        QCOMPARE(body(request), QJsonObject({{"display_name", "Laptop"}}));
    }

    void firstDeleteHasNoAuth()
    {
        const ApiRequest request = requests::deleteDevice("QWERTY");
        QCOMPARE(request.method, QByteArray("DELETE"));
        QCOMPARE(request.path, QString("/_matrix/client/v3/devices/QWERTY"));
        QCOMPARE(body(request), QJsonObject());
        QVERIFY(request.authenticated);
    }

    void retriedDeleteCarriesThePasswordStage()
    {
        const QJsonObject auth = requests::passwordAuth("@alice:example.org", "s3cret", "xyz");
        const ApiRequest request = requests::deleteDevice("QWERTY", auth);
        const QJsonObject sent = body(request).value("auth").toObject();
        QCOMPARE(sent.value("type").toString(), QString("m.login.password"));
        QCOMPARE(sent.value("session").toString(), QString("xyz"));
        QCOMPARE(sent.value("password").toString(), QString("s3cret"));
        QCOMPARE(sent.value("identifier").toObject(),
                 QJsonObject({{"type", "m.id.user"}, {"user", "@alice:example.org"}}));
    }

    void passwordAuthWithoutSessionLeavesItOut()
    {
        QVERIFY(!requests::passwordAuth("@a:b", "p", {}).contains("session"));
    }

    void challengeIsReadFromA401()
    {
        const auto challenge =
            UiaChallenge::fromResponse(answer(401, R"({"flows":[{"stages":["m.login.password"]},
                              {"stages":["m.login.email.identity","m.login.msisdn"]}],
                     "params":{},"session":"abc"})"));
        QVERIFY(challenge);
        QCOMPARE(challenge->session, QString("abc"));
        QCOMPARE(challenge->flows.size(), 2);
        QVERIFY(challenge->offersSingleStage("m.login.password"));
        QVERIFY(!challenge->offersSingleStage("m.login.email.identity"));
        QVERIFY(!challenge->stageFailed());
    }

    void wrongPasswordIsAFailedStage()
    {
        const auto challenge = UiaChallenge::fromResponse(
            answer(401, R"({"errcode":"M_FORBIDDEN","error":"Invalid password",
                            "completed":[],"flows":[{"stages":["m.login.password"]}],
                            "session":"abc"})"));
        QVERIFY(challenge);
        QVERIFY(challenge->stageFailed());
        QCOMPARE(challenge->errcode, QString("M_FORBIDDEN"));
        QCOMPARE(challenge->error, QString("Invalid password"));
    }

    void completedStagesCountTowardsAFlow()
    {
        const auto challenge = UiaChallenge::fromResponse(
            answer(401, R"({"flows":[{"stages":["m.login.recaptcha","m.login.password"]}],
                            "completed":["m.login.recaptcha"],"session":"s"})"));
        QVERIFY(challenge);
        QVERIFY(challenge->offersSingleStage("m.login.password"));
    }

    void otherAnswersAreNoChallenge()
    {
        // An expired token is a 401 too, but without flows.
        QVERIFY(!UiaChallenge::fromResponse(
            answer(401, R"({"errcode":"M_UNKNOWN_TOKEN","error":"Unknown token"})")));
        QVERIFY(!UiaChallenge::fromResponse(answer(403, R"({"flows":[]})")));
        QVERIFY(!UiaChallenge::fromResponse(answer(200, "{}")));
        QVERIFY(!UiaChallenge::fromResponse(answer(401, "not json")));
    }
};

QTEST_GUILESS_MAIN(TestDeviceRequests)
#include "tst_devicerequests.moc"
