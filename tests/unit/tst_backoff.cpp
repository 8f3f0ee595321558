#include "sync/Backoff.h"

#include <QTest>

using atrium::sync::Backoff;
using ms = std::chrono::milliseconds;

class TestBackoff : public QObject
{
    Q_OBJECT

private slots:
    void delaysStayWithinHalfAndWholeOfADoublingCeiling()
    {
        Backoff backoff(ms(100), ms(100'000), 7);
        qint64 ceiling = 100;
        for (int attempt = 0; attempt < 8; ++attempt, ceiling *= 2) {
            const qint64 delay = backoff.next().count();
            QVERIFY2(delay >= ceiling / 2 && delay <= ceiling,
                     qPrintable(QStringLiteral("attempt %1: %2 not in [%3, %4]")
                                    .arg(attempt)
                                    .arg(delay)
                                    .arg(ceiling / 2)
                                    .arg(ceiling)));
        }
    }

    void delaysGrowOverAttempts()
    {
        // The ceilings double, so attempt n+2 always waits longer than attempt n.
        Backoff backoff(ms(100), ms(100'000), 11);
        QList<qint64> delays;
        for (int i = 0; i < 8; ++i)
            delays.append(backoff.next().count());
        for (int i = 0; i + 2 < delays.size(); ++i)
            QVERIFY2(delays.at(i + 2) > delays.at(i), qPrintable(QString::number(i)));
    }

    void delaysAreCappedAtTheMaximum()
    {
        Backoff backoff(ms(100), ms(1000), 3);
        for (int i = 0; i < 30; ++i) {
            const qint64 delay = backoff.next().count();
            QVERIFY(delay <= 1000);
            if (i >= 4) // 100·2^4 > 1000: from here on the maximum is the ceiling
                QVERIFY(delay >= 500);
        }
    }

    void manyAttemptsDoNotOverflow()
    {
        Backoff backoff(ms(500), ms(60'000), 5);
        for (int i = 0; i < 200; ++i) {
            const qint64 delay = backoff.next().count();
            QVERIFY(delay >= 30'000 || i < 7);
            QVERIFY(delay <= 60'000);
        }
    }

    void attemptsAreCounted()
    {
        Backoff backoff(ms(100), ms(1000), 1);
        QCOMPARE(backoff.attempts(), 0);
        backoff.next();
        backoff.next();
        QCOMPARE(backoff.attempts(), 2);
    }

    void resetStartsOverFromTheInitialDelay()
    {
        Backoff backoff(ms(100), ms(100'000), 9);
        for (int i = 0; i < 6; ++i)
            backoff.next();
        backoff.reset();
        QCOMPARE(backoff.attempts(), 0);
        const qint64 delay = backoff.next().count();
        QVERIFY(delay >= 50 && delay <= 100);
    }

    void serverRequestedDelayIsHonoured()
    {
        Backoff backoff(ms(100), ms(1000), 2);
        QCOMPARE(backoff.nextAfter(ms(4321)), ms(4321));
    }

    void serverRequestedDelayCountsAsAnAttempt()
    {
        Backoff backoff(ms(100), ms(100'000), 2);
        backoff.nextAfter(ms(10));
        QCOMPARE(backoff.attempts(), 1);
        const qint64 delay = backoff.next().count(); // second attempt: ceiling 200
        QVERIFY(delay >= 100 && delay <= 200);
    }

    void negativeServerDelayMeansNoWait()
    {
        Backoff backoff(ms(100), ms(1000), 2);
        QCOMPARE(backoff.nextAfter(ms(-5)), ms(0));
    }

    void sameSeedGivesSameDelays()
    {
        Backoff first(ms(100), ms(100'000), 42);
        Backoff second(ms(100), ms(100'000), 42);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(first.next(), second.next());
    }

    void differentSeedsSpreadClientsOut()
    {
        Backoff first(ms(1000), ms(100'000), 1);
        Backoff second(ms(1000), ms(100'000), 2);
        bool differ = false;
        for (int i = 0; i < 10; ++i)
            differ |= first.next() != second.next();
        QVERIFY(differ);
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
