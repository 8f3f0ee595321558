// TURN servers from GET /voip/turnServer against a scripted server:
// read, refreshed before the ttl ends, and a server without TURN.
#include "ScriptedHttpServer.h"
#include "calls/TurnServers.h"
#include "matrix/HttpClient.h"

#include <QSignalSpy>
#include <QTest>

using atrium::calls::IceServers;
using atrium::calls::TurnServers;
using atrium::test::ScriptedHttpServer;
using Response = ScriptedHttpServer::Response;

class TestTurnServers : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_server.emplace();
        QVERIFY(m_server->listen());
        m_http.emplace();
        m_http->setBaseUrl(m_server->url());
        m_http->setAccessToken(QStringLiteral("syt_token"));
    }
    void cleanup()
    {
        m_http.reset();
        m_server.reset();
    }

    void serversAreReadAndFetchedAgainBeforeTheirTtlEnds()
    {
        m_server->script({{200, R"({"username": "u1", "password": "p1", "ttl": 2,
                                    "uris": ["turn:turn.example.org:3478?transport=udp",
                                             "stun:stun.example.org:3478"]})"},
                          {200, R"({"username": "u2", "password": "p2", "ttl": 86400,
                                    "uris": ["turn:turn.example.org:3478?transport=udp"]})"}});
        TurnServers turn(&*m_http);
        turn.setRefreshMargin(1); // the next fetch one second before the two run out
        QSignalSpy updated(&turn, &TurnServers::updated);
        turn.start();
        QTRY_COMPARE(updated.size(), 1);
        QCOMPARE(turn.servers().username, QStringLiteral("u1"));
        QCOMPARE(turn.servers().password, QStringLiteral("p1"));
        QCOMPARE(turn.servers().uris.size(), 2);
        QCOMPARE(m_server->requests().first().path,
                 QByteArray("/_matrix/client/v3/voip/turnServer"));
        QCOMPARE(m_server->requests().first().headers.value("authorization"),
                 QByteArray("Bearer syt_token"));
        QTRY_COMPARE_WITH_TIMEOUT(updated.size(), 2, 10'000);
        QCOMPARE(turn.servers().username, QStringLiteral("u2"));
        QCOMPARE(m_server->requests().size(), 2);
    }

    void notFoundMeansNoTurnAndNoRetry()
    {
        m_server->script({{404, R"({"errcode": "M_UNRECOGNIZED", "error": "no"})"}});
        TurnServers turn(&*m_http);
        turn.setRetryInterval(50);
        QSignalSpy updated(&turn, &TurnServers::updated);
        turn.start();
        QTRY_COMPARE(updated.size(), 1);
        QVERIFY(turn.servers().isEmpty());
        QTest::qWait(300);
        QCOMPARE(m_server->requests().size(), 1);
    }

    void anEmptyAnswerMeansNoTurn()
    {
        m_server->script({{200, "{}"}});
        TurnServers turn(&*m_http);
        QSignalSpy updated(&turn, &TurnServers::updated);
        turn.start();
        QTRY_COMPARE(updated.size(), 1);
        QVERIFY(turn.servers().isEmpty());
    }

    void aServerErrorIsRetriedLater()
    {
        m_server->script({{500, R"({"errcode": "M_UNKNOWN"})"},
                          {200, R"({"username": "u", "password": "p", "ttl": 86400,
                                    "uris": ["turns:turn.example.org:5349?transport=tcp"]})"}});
        TurnServers turn(&*m_http);
        turn.setRetryInterval(50);
        QSignalSpy updated(&turn, &TurnServers::updated);
        turn.start();
        QTRY_COMPARE(updated.size(), 1);
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(turn.servers().uris,
                 QStringList{QStringLiteral("turns:turn.example.org:5349?transport=tcp")});
        turn.stop();
    }

private:
    std::optional<ScriptedHttpServer> m_server;
    std::optional<atrium::matrix::HttpClient> m_http;
};

QTEST_GUILESS_MAIN(TestTurnServers)
#include "tst_turnservers.moc"
