// Finding a homeserver from what a person types, per the spec's discovery
// rules, against the test homeserver (which serves .well-known too).
#include "TestHomeserver.h"
#include "TestSession.h"
#include "matrix/ServerDiscovery.h"

#include <QSignalSpy>
#include <QTest>

using namespace atrium;

class ServerDiscoveryTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.serverOutput())); }

    void userIdPointsAtItsServerName()
    {
        bool viaWellKnown = false;
        QCOMPARE(matrix::ServerDiscovery::initialUrl("@ann:example.org", &viaWellKnown),
                 QUrl("https://example.org"));
        QVERIFY(viaWellKnown);
        QCOMPARE(matrix::ServerDiscovery::initialUrl("example.org:8448", &viaWellKnown),
                 QUrl("https://example.org:8448"));
        QVERIFY(viaWellKnown);
    }

    void urlIsUsedAsItIs()
    {
        bool viaWellKnown = true;
        QCOMPARE(matrix::ServerDiscovery::initialUrl(" http://127.0.0.1:8008 ", &viaWellKnown),
                 QUrl("http://127.0.0.1:8008"));
        QVERIFY(!viaWellKnown);
    }

    void urlIsConfirmedByVersions()
    {
        matrix::ServerDiscovery discovery;
        QSignalSpy found(&discovery, &matrix::ServerDiscovery::found);
        discovery.discover(m_server.url().toString());
        QTRY_VERIFY_WITH_TIMEOUT(!found.isEmpty(), 10'000);
        const auto info = found.first().first().value<matrix::ServerInfo>();
        QCOMPARE(info.baseUrl, m_server.url());
        QVERIFY(info.supports("v1.11"));
        QVERIFY(info.hasAuthenticatedMedia());
    }

    void wellKnownLeadsToTheBaseUrl()
    {
        matrix::ServerDiscovery discovery;
        QSignalSpy found(&discovery, &matrix::ServerDiscovery::found);
        discovery.discoverFromWellKnown(m_server.url());
        QTRY_VERIFY_WITH_TIMEOUT(!found.isEmpty(), 10'000);
        const auto info = found.first().first().value<matrix::ServerInfo>();
        QCOMPARE(info.baseUrl.port(), m_server.url().port());
        QVERIFY(!info.versions.isEmpty());
    }

    void somethingElseIsNotAHomeserver()
    {
        matrix::ServerDiscovery discovery;
        QSignalSpy failed(&discovery, &matrix::ServerDiscovery::failed);
        discovery.discover("http://127.0.0.1:9"); // nothing listens there
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10'000);
        QVERIFY(failed.first().first().toString().contains("not reachable"));
    }

    void sessionKnowsTheServersVersions()
    {
        test::TestSession session;
        QVERIFY(session.signUp(m_server.url(), "vera"));
        QVERIFY(session->serverInfo().hasAuthenticatedMedia());
        QVERIFY(session.restart());
        QTRY_VERIFY_WITH_TIMEOUT(session->serverInfo().hasAuthenticatedMedia(), 10'000);
    }

private:
    test::TestHomeserver m_server;
};

QTEST_GUILESS_MAIN(ServerDiscoveryTest)
#include "tst_serverdiscovery.moc"
