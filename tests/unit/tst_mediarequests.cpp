#include "matrix/MediaRequests.h"
#include "matrix/MxcUri.h"

#include <QTest>
#include <QUrl>

using namespace atrium::matrix;

class MediaRequestsTest : public QObject
{
    Q_OBJECT

private slots:
    void parsesMxcUris_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("mediaId");
        QTest::newRow("plain") << "mxc://example.org/AbC_d-9"
                               << "example.org"
                               << "AbC_d-9";
        QTest::newRow("port") << "mxc://localhost:8448/x"
                              << "localhost:8448"
                              << "x";
        QTest::newRow("ipv6") << "mxc://[::1]:8008/x"
                              << "[::1]:8008"
                              << "x";
        QTest::newRow("no media id") << "mxc://example.org/"
                                     << ""
                                     << "";
        QTest::newRow("traversal") << "mxc://example.org/../../etc"
                                   << ""
                                   << "";
        QTest::newRow("extra segment") << "mxc://example.org/a/b"
                                       << ""
                                       << "";
        QTest::newRow("query") << "mxc://example.org/a?b=c"
                               << ""
                               << "";
        QTest::newRow("other scheme") << "https://example.org/a"
                                      << ""
                                      << "";
        QTest::newRow("user info") << "mxc://evil@example.org/a"
                                   << ""
                                   << "";
    }

    void parsesMxcUris()
    {
        QFETCH(QString, uri);
        QFETCH(QString, server);
        QFETCH(QString, mediaId);
        const auto parsed = MxcUri::parse(uri);
        QCOMPARE(parsed.has_value(), !server.isEmpty());
        if (parsed) {
            QCOMPARE(parsed->serverName, server);
            QCOMPARE(parsed->mediaId, mediaId);
            QCOMPARE(parsed->toString(), uri);
        }
    }

    void downloadUsesAuthenticatedMediaWhenAvailable()
    {
        const MxcUri uri{"example.org", "abc"};
        const ApiRequest modern = requests::download(uri, true);
        QCOMPARE(modern.path, QStringLiteral("/_matrix/client/v1/media/download/example.org/abc"));
        QVERIFY(modern.authenticated);
        const ApiRequest legacy = requests::download(uri, false);
        QCOMPARE(legacy.path, QStringLiteral("/_matrix/media/v3/download/example.org/abc"));
        QVERIFY(!legacy.authenticated);
    }

    void uploadNamesTheFileAndType()
    {
        const ApiRequest request = requests::upload("image/png", "a+b & c.png");
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QStringLiteral("/_matrix/media/v3/upload"));
        QCOMPARE(request.contentType, QByteArray("image/png"));
        QUrl url("http://h");
        url.setQuery(request.query);
        QCOMPARE(url.query(QUrl::FullyEncoded), QStringLiteral("filename=a%2Bb%20%26%20c.png"));
        QCOMPARE(requests::upload({}, {}).contentType, QByteArray("application/octet-stream"));
        QVERIFY(requests::upload({}, {}).query.isEmpty());
    }

    void thumbnailAndConfig()
    {
        const ApiRequest thumbnail =
            requests::thumbnail(MxcUri{"example.org", "abc"}, 96, 64, "crop", true);
        QCOMPARE(thumbnail.path,
                 QStringLiteral("/_matrix/client/v1/media/thumbnail/example.org/abc"));
        QCOMPARE(thumbnail.query.queryItemValue("width"), QStringLiteral("96"));
        QCOMPARE(thumbnail.query.queryItemValue("height"), QStringLiteral("64"));
        QCOMPARE(thumbnail.query.queryItemValue("method"), QStringLiteral("crop"));
        QCOMPARE(requests::mediaConfig(false).path, QStringLiteral("/_matrix/media/v3/config"));
        QCOMPARE(requests::mediaConfig(true).path,
                 QStringLiteral("/_matrix/client/v1/media/config"));
    }
};

QTEST_GUILESS_MAIN(MediaRequestsTest)
#include "tst_mediarequests.moc"
