#include "matrix/ApiError.h"

#include <QTest>

using atrium::matrix::ApiError;

namespace {

ApiError withKind(ApiError::Kind kind)
{
    ApiError error;
    error.kind = kind;
    return error;
}

} // namespace

class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void matrixErrorBodyIsParsed()
    {
        const ApiError error = ApiError::fromHttp(
            403, R"({"errcode": "M_FORBIDDEN", "error": "You are not invited to this room."})");
        QCOMPARE(error.kind, ApiError::Kind::Server);
        QCOMPARE(error.httpStatus, 403);
        QCOMPARE(error.errcode, QString("M_FORBIDDEN"));
        QCOMPARE(error.message, QString("You are not invited to this room."));
        QCOMPARE(error.retryAfterMs, -1);
        QVERIFY(!error.softLogout);
    }

    void rateLimitCarriesRetryAfter()
    {
        const ApiError error = ApiError::fromHttp(
            429,
            R"({"errcode": "M_LIMIT_EXCEEDED", "error": "Too many requests", "retry_after_ms": 2000})");
        QCOMPARE(error.retryAfterMs, 2000);
        QVERIFY(error.isRateLimited());
        QVERIFY(error.isTransient());
    }

    void softLogoutIsRead()
    {
        const ApiError error = ApiError::fromHttp(
            401, R"({"errcode": "M_UNKNOWN_TOKEN", "error": "Expired", "soft_logout": true})");
        QVERIFY(error.softLogout);
        QVERIFY(error.isUnknownToken());
        QVERIFY(!error.isTransient());
    }

    void bodyWithoutMatrixErrorIsKeptAsMessage()
    {
        const ApiError error = ApiError::fromHttp(502, "<html>Bad Gateway</html>");
        QCOMPARE(error.errcode, QString());
        QVERIFY(error.message.contains("Bad Gateway"));
        QVERIFY(error.describe().contains("502"));
    }

    void describeNamesErrcodeAndStatus()
    {
        const ApiError error =
            ApiError::fromHttp(403, R"({"errcode": "M_FORBIDDEN", "error": "Nope"})");
        const QString text = error.describe();
        QVERIFY(text.contains("Nope"));
        QVERIFY(text.contains("M_FORBIDDEN"));
        QVERIFY(text.contains("403"));
    }

    void transience_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("transient");
        QTest::newRow("500") << 500 << QByteArray("{}") << true;
        QTest::newRow("502") << 502 << QByteArray() << true;
        QTest::newRow("503") << 503 << QByteArray() << true;
        QTest::newRow("429") << 429 << QByteArray("{}") << true;
        QTest::newRow("M_LIMIT_EXCEEDED on 400")
            << 400 << QByteArray(R"({"errcode":"M_LIMIT_EXCEEDED"})") << true;
        QTest::newRow("400") << 400 << QByteArray(R"({"errcode":"M_BAD_JSON"})") << false;
        QTest::newRow("401") << 401 << QByteArray(R"({"errcode":"M_UNKNOWN_TOKEN"})") << false;
        QTest::newRow("403") << 403 << QByteArray(R"({"errcode":"M_FORBIDDEN"})") << false;
        QTest::newRow("404") << 404 << QByteArray(R"({"errcode":"M_NOT_FOUND"})") << false;
        QTest::newRow("413") << 413 << QByteArray(R"({"errcode":"M_TOO_LARGE"})") << false;
    }
    void transience()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, transient);
        QCOMPARE(ApiError::fromHttp(status, body).isTransient(), transient);
    }

    void connectionProblemsAreTransient()
    {
        QVERIFY(withKind(ApiError::Kind::Network).isTransient());
        QVERIFY(withKind(ApiError::Kind::Timeout).isTransient());
    }

    void malformedAnswerIsNotTransient()
    {
        QVERIFY(!withKind(ApiError::Kind::Malformed).isTransient());
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
