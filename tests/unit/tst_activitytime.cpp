// When a room was last active, as the room list shows it.
#include "models/ActivityTime.h"

#include <QTest>

using atrium::models::activityTimeText;

class TestActivityTime : public QObject
{
    Q_OBJECT

private slots:
    void showsTheTimeTheDayOrTheDate_data()
    {
        QTest::addColumn<QDateTime>("when");
        QTest::addColumn<QString>("shown");
        const QDate today(2026, 12, 7); // a Monday
        QTest::newRow("today") << QDateTime(today, QTime(9, 5)) << "09:05";
        QTest::newRow("just after midnight") << QDateTime(today, QTime(0, 1)) << "00:01";
        QTest::newRow("late yesterday")
            << QDateTime(today.addDays(-1), QTime(23, 59)) << "Yesterday";
        QTest::newRow("last week") << QDateTime(today.addDays(-3), QTime(12, 0)) << "Fri";
        QTest::newRow("six days ago") << QDateTime(today.addDays(-6), QTime(12, 0)) << "Tue";
        QTest::newRow("a week ago") << QDateTime(today.addDays(-7), QTime(12, 0)) << "30 Nov";
        QTest::newRow("this year") << QDateTime(QDate(2026, 3, 12), QTime(8, 0)) << "12 Mar";
        QTest::newRow("last year") << QDateTime(QDate(2025, 12, 31), QTime(8, 0)) << "31/12/2025";
        QTest::newRow("no activity") << QDateTime() << "";
    }
    void showsTheTimeTheDayOrTheDate()
    {
        QFETCH(QDateTime, when);
        QFETCH(QString, shown);
        const QDateTime now(QDate(2026, 12, 7), QTime(14, 30));
        QCOMPARE(activityTimeText(when, now, QLocale(QLocale::English, QLocale::UnitedKingdom)),
                 shown);
    }

    void followsTheLocale()
    {
        const QDateTime now(QDate(2026, 12, 7), QTime(14, 30));
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        // (The space before PM differs between CLDR versions.)
        const QString afternoon = activityTimeText(QDateTime(now.date(), QTime(14, 5)), now, us);
        QVERIFY2(afternoon.startsWith("2:05") && afternoon.endsWith("PM"), qPrintable(afternoon));
        const QLocale german(QLocale::German, QLocale::Germany);
        QCOMPARE(activityTimeText(QDateTime(now.date().addDays(-2), QTime(9, 0)), now, german),
                 QStringLiteral("Sa."));
    }
};

QTEST_GUILESS_MAIN(TestActivityTime)
#include "tst_activitytime.moc"
