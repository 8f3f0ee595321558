// Which messages the timeline shows as large emoji.
#include "models/EmojiText.h"

#include <QTest>

using atrium::models::isEmojiOnly;

class TestEmojiText : public QObject
{
    Q_OBJECT

private slots:
    void emojiOnly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("emojiOnly");
        QTest::newRow("one") << QStringLiteral("🎉") << true;
        QTest::newRow("a few with spaces") << QStringLiteral(" 👍 🚀\n✅ ") << true;
        QTest::newRow("older symbol with selector") << QStringLiteral("❤️") << true;
        QTest::newRow("skin tone") << QStringLiteral("👋🏽") << true;
        QTest::newRow("zwj sequence") << QStringLiteral("👩‍💻👨‍👩‍👧") << true;
        QTest::newRow("flags") << QStringLiteral("🇩🇪🇫🇷🇮🇹🇪🇸") << true;
        QTest::newRow("subdivision flag")
            << QString::fromUcs4(U"\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074"
                                 U"\U000E007F")
            << true;
        QTest::newRow("keycap") << QStringLiteral("1️⃣") << true;
        QTest::newRow("ten") << QString(QStringLiteral("😀")).repeated(10) << true;
        QTest::newRow("eleven") << QString(QStringLiteral("😀")).repeated(11) << false;
        QTest::newRow("with a word") << QStringLiteral("🎉 done") << false;
        QTest::newRow("a digit") << QStringLiteral("1") << false;
        QTest::newRow("punctuation") << QStringLiteral("!?") << false;
        QTest::newRow("arrows and shapes that are not emoji") << QStringLiteral("⇒ ■ ⌘") << false;
        QTest::newRow("those that are") << QStringLiteral("⬆️ ▶️ ⏰ ⭐") << true;
        QTest::newRow("letters of other scripts") << QStringLiteral("日本") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("spaces only") << QStringLiteral("  ") << false;
        QTest::newRow("a lone joiner") << QStringLiteral("\u200D") << false;
    }
    void emojiOnly()
    {
        QFETCH(QString, text);
        QFETCH(bool, emojiOnly);
        QCOMPARE(isEmojiOnly(text), emojiOnly);
    }
};

QTEST_GUILESS_MAIN(TestEmojiText)
#include "tst_emojitext.moc"
