// The emoji picker's list: Unicode's emoji-test.txt (the copy built into the
// app), read into groups, searched by name.
#include "models/EmojiCatalog.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using atrium::models::EmojiCatalog;

namespace {

QStringList texts(const QVariantList &found)
{
    QStringList result;
    for (const QVariant &emoji : found)
        result.append(emoji.toMap().value("text").toString());
    return result;
}

} // namespace

class TestEmojiCatalog : public QObject
{
    Q_OBJECT

private slots:
    void readsGroupsAndFullyQualifiedEmojiWithoutSkinTones()
    {
        const QByteArray file =
            "# group: Smileys & Emotion\n"
            "# subgroup: face-smiling\n"
            "1F600 ; fully-qualified # 😀 E1.0 grinning face\n"
            "263A FE0F ; fully-qualified # ☺️ E0.6 smiling face\n"
            "263A ; unqualified # ☺ E0.6 smiling face\n"
            "# group: People & Body\n"
            "1F44B ; fully-qualified # 👋 E0.6 waving hand\n"
            "1F44B 1F3FB ; fully-qualified # 👋🏻 E1.0 waving hand: light skin "
            "tone\n"
            "# group: Component\n"
            "1F3FB ; fully-qualified # 🏻 E1.0 light skin tone\n"
            "# group: Flags\n"
            "1F1E9 1F1EA ; fully-qualified # 🇩🇪 E2.0 flag: Germany\n";
        QStringList groups;
        const auto emoji = EmojiCatalog::parse(file, &groups);
        QCOMPARE(groups, QStringList({"Smileys & Emotion", "People & Body", "Flags"}));
        QCOMPARE(emoji.size(), 4);
        QCOMPARE(emoji.at(1).text, QString("☺️"));
        QCOMPARE(emoji.at(1).name, QString("smiling face"));
        QCOMPARE(emoji.at(2).group, 1);
        QCOMPARE(emoji.at(3).text, QString("🇩🇪"));
        QCOMPARE(emoji.at(3).name, QString("flag: Germany"));
        QCOMPARE(emoji.at(3).group, 2);
    }

    void theBuiltInListHasEveryGroup()
    {
        EmojiCatalog catalog;
        QCOMPARE(catalog.groups().size(), 9);
        QCOMPARE(catalog.groups().first(), QString("Smileys & Emotion"));
        QCOMPARE(catalog.groups().last(), QString("Flags"));
        const auto smileys = catalog.inGroup(0);
        QVERIFY(smileys.size() > 100);
        QCOMPARE(smileys.first().toMap().value("name").toString(), QString("grinning face"));
        QVERIFY(texts(catalog.inGroup(8)).contains("🇫🇷"));
        QVERIFY(!texts(catalog.inGroup(1)).contains("👋🏻"));
    }

    void searchMatchesWordStartsNameStartsFirst()
    {
        EmojiCatalog catalog;
        QCOMPARE(texts(catalog.search("party pop")), QStringList({"🎉"}));
        QCOMPARE(texts(catalog.search("thumbs_up")).first(), QString("👍"));
        const QStringList hearts = texts(catalog.search("heart"));
        QVERIFY(hearts.size() > 10);
        QCOMPARE(hearts.first(), QString("💘")); // "heart with arrow": the first name starting so
        QVERIFY(hearts.contains("❤️"));     // "red heart"
        QVERIFY(hearts.contains("😍"));          // "smiling face with heart-eyes"
        QVERIFY(texts(catalog.search("rocket")).contains("🚀"));
        QVERIFY(catalog.search("").isEmpty());
        QVERIFY(catalog.search("zzzz").isEmpty());
        QCOMPARE(catalog.search("face", 5).size(), 5);
    }

    void recentlyUsedLeadAndLastInTheSettings()
    {
        QTemporaryDir dir;
        const QString settings = dir.filePath("settings.ini");
        {
            EmojiCatalog catalog;
            catalog.setSettingsFile(settings);
            QVERIFY(catalog.recent().isEmpty());
            QSignalSpy changed(&catalog, &EmojiCatalog::recentChanged);
            catalog.remember("🎉");
            catalog.remember("👍");
            catalog.remember("🎉");
            QCOMPARE(changed.count(), 3);
            QCOMPARE(texts(catalog.recent()), QStringList({"🎉", "👍"}));
            QCOMPARE(catalog.recent().first().toMap().value("name").toString(),
                     QString("party popper"));
            for (int i = 0; i < 40; ++i)
                catalog.remember(QString::number(i));
            QCOMPARE(catalog.recent().size(), EmojiCatalog::RecentMax);
            catalog.remember("🎉");
        }
        EmojiCatalog later;
        later.setSettingsFile(settings);
        QCOMPARE(texts(later.recent()).first(), QString("🎉"));
        QCOMPARE(later.recent().size(), EmojiCatalog::RecentMax);
    }
};

QTEST_GUILESS_MAIN(TestEmojiCatalog)
#include "tst_emojicatalog.moc"
