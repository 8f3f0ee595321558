// What the timeline reads of a file message: names sanitized, captions per
// the spec (v1.10: body is a caption when filename differs), thumbnails
// and encrypted files found, untrusted numbers checked.
#include "models/MessageMedia.h"

#include <QJsonDocument>
#include <QTest>

using atrium::models::MessageMedia;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

class MessageMediaTest : public QObject
{
    Q_OBJECT
private slots:
    void textMessagesHaveNoFile()
    {
        QVERIFY(
            !MessageMedia::fromContent(json("{\"msgtype\":\"m.text\",\"body\":\"hi\"}")).isValid());
        QVERIFY(MessageMedia::fromContent(json("{\"msgtype\":\"m.text\",\"body\":\"hi\"}"))
                    .toVariantMap()
                    .isEmpty());
        QVERIFY(!MessageMedia::fromContent({}).isValid());
    }

    void imageWithThumbnail()
    {
        const auto media = MessageMedia::fromContent(json(
            "{ "
            "            \"msgtype\":\"m.image\",\"body\":\"mockup.png\",\"url\":\"mxc://hs/abc\", "
            "            \"info\":{\"w\":1200,\"h\":750,\"mimetype\":\"image/png\",\"size\":48213, "
            "                    "
            "\"thumbnail_url\":\"mxc://hs/thumb\",\"thumbnail_info\":{\"w\":800,\"h\":500}}}"));
        QCOMPARE(media.kind, QStringLiteral("image"));
        QCOMPARE(media.name, QStringLiteral("mockup.png"));
        QVERIFY(media.caption.isEmpty());
        QCOMPARE(media.width, 1200);
        QCOMPARE(media.height, 750);
        QCOMPARE(media.size, qint64(48213));
        QCOMPARE(media.url, QStringLiteral("mxc://hs/abc"));
        QCOMPARE(media.thumbnailUrl, QStringLiteral("mxc://hs/thumb"));
        QCOMPARE(media.thumbnailWidth, 800);
        QCOMPARE(media.sourceUri(), QStringLiteral("mxc://hs/abc"));
        QVERIFY(!media.isEncrypted());
        QCOMPARE(media.category(), QStringLiteral("image"));
        const QVariantMap map = media.toVariantMap();
        QCOMPARE(map.value("kind").toString(), QStringLiteral("image"));
        QCOMPARE(map.value("typeLabel").toString(), QStringLiteral("PNG"));
        QCOMPARE(map.value("sizeText").toString(), QStringLiteral("48.2 kB"));
    }

    void captionWhenFilenameDiffersFromBody()
    {
        const auto captioned = MessageMedia::fromContent(
            json("{ "
                 "            \"msgtype\":\"m.file\",\"body\":\"Q3 "
                 "numbers\",\"filename\":\"q3.pdf\",\"url\":\"mxc://hs/q3\", "
                 "            \"format\":\"org.matrix.custom.html\",\"formatted_body\":\"<b>Q3</b> "
                 "numbers<script>x</script>\", "
                 "            \"info\":{\"mimetype\":\"application/pdf\",\"size\":1000}}"));
        QCOMPARE(captioned.name, QStringLiteral("q3.pdf"));
        QCOMPARE(captioned.caption, QStringLiteral("Q3 numbers"));
        QVERIFY(captioned.formattedCaption.contains("<b>Q3</b>"));
        QVERIFY(!captioned.formattedCaption.contains("script"));
        QCOMPARE(captioned.category(), QStringLiteral("pdf"));
        QCOMPARE(captioned.typeLabel(), QStringLiteral("PDF"));

        const auto same =
            MessageMedia::fromContent(json("{\"msgtype\":\"m.file\",\"body\":\"q3.pdf\","
                                           "\"filename\":\"q3.pdf\",\"url\":\"mxc://hs/q3\"}"));
        QVERIFY(same.caption.isEmpty());
        // Before v1.10 there was no filename: body is the name, never a caption.
        const auto old = MessageMedia::fromContent(
            json("{\"msgtype\":\"m.file\",\"body\":\"q3.pdf\",\"url\":\"mxc://hs/q3\"}"));
        QCOMPARE(old.name, QStringLiteral("q3.pdf"));
        QVERIFY(old.caption.isEmpty());
    }

    void namesFromOthersAreSanitized()
    {
        const auto media =
            MessageMedia::fromContent(json("{ "
                                           "            "
                                           "\"msgtype\":\"m.file\",\"body\":\"x\",\"filename\":\".."
                                           "/../.bashrc\\u202Efdp.exe\",\"url\":\"mxc://hs/a\"}"));
        QVERIFY(!media.name.contains('/'));
        QVERIFY(!media.name.contains(QChar(0x202E)));
        QVERIFY(!media.name.startsWith('.'));
        QVERIFY(media.executable);
        QCOMPARE(media.category(), QStringLiteral("executable"));
    }

    void encryptedFileAndThumbnail()
    {
        const auto media = MessageMedia::fromContent(
            json("{ "
                 "            \"msgtype\":\"m.image\",\"body\":\"p.jpg\", "
                 "            "
                 "\"file\":{\"url\":\"mxc://hs/"
                 "enc\",\"key\":{\"k\":\"abc\"},\"iv\":\"x\",\"hashes\":{\"sha256\":\"y\"},\"v\":"
                 "\"v2\"}, "
                 "            "
                 "\"info\":{\"thumbnail_file\":{\"url\":\"mxc://hs/encthumb\",\"v\":\"v2\"}}}"));
        QVERIFY(media.isEncrypted());
        QCOMPARE(media.sourceUri(), QStringLiteral("mxc://hs/enc"));
        QCOMPARE(media.thumbnailFile.value("url").toString(), QStringLiteral("mxc://hs/encthumb"));
        const auto back = MessageMedia::fromVariantMap(media.toVariantMap());
        QCOMPARE(back.file, media.file);
        QCOMPARE(back.thumbnailFile, media.thumbnailFile);
    }

    void onlyMxcUrisAreFetched()
    {
        const auto media = MessageMedia::fromContent(json(
            "{ "
            "            "
            "\"msgtype\":\"m.image\",\"body\":\"a.png\",\"url\":\"https://evil.example/a.png\", "
            "            \"info\":{\"thumbnail_url\":\"http://evil.example/t.png\"}, "
            "            \"file\":{\"url\":\"https://evil.example/b\"}}"));
        QVERIFY(media.url.isEmpty());
        QVERIFY(media.thumbnailUrl.isEmpty());
        QVERIFY(media.file.isEmpty());
        QVERIFY(media.sourceUri().isEmpty());
    }

    void untrustedNumbersAreChecked()
    {
        const auto media = MessageMedia::fromContent(
            json("{ "
                 "            \"msgtype\":\"m.image\",\"body\":\"a.png\",\"url\":\"mxc://hs/a\", "
                 "            \"info\":{\"w\":-5,\"h\":\"600\",\"size\":-1,\"duration\":1e300}}"));
        QCOMPARE(media.width, 0);
        QCOMPARE(media.height, 0);
        QCOMPARE(media.size, qint64(0));
        QCOMPARE(media.durationMs, qint64(0));
        const auto noSize = MessageMedia::fromContent(
            json("{\"msgtype\":\"m.file\",\"body\":\"a\",\"url\":\"mxc://hs/a\"}"));
        QCOMPARE(noSize.size, qint64(-1));
        QVERIFY(noSize.toVariantMap().value("sizeText").toString().isEmpty());
    }

    void theViewCannotClaimAProgramIsSafe()
    {
        QVariantMap map =
            MessageMedia::fromContent(
                json("{\"msgtype\":\"m.file\",\"body\":\"run.sh\",\"url\":\"mxc://hs/a\"}"))
                .toVariantMap();
        map.insert("executable", false);
        QVERIFY(MessageMedia::fromVariantMap(map).executable);
    }
};

QTEST_GUILESS_MAIN(MessageMediaTest)
#include "tst_messagemedia.moc"
