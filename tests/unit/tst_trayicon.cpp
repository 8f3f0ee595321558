#include "TrayIcon.h"

#include <QApplication>
#include <QImage>
#include <QTest>

namespace {

constexpr int Size = 64;

// The badge is a circle in the top-right corner; this point is inside it, above its text.
QColor cornerColour(const QIcon &icon)
{
    return icon.pixmap(Size, Size).toImage().pixelColor(Size - 17, 3);
}

bool isBadgeRed(const QColor &colour)
{
    return colour.red() > 200 && colour.green() < 80 && colour.blue() < 80;
}

} // namespace

class TrayIconTest : public QObject
{
    Q_OBJECT

private slots:
    void theIconHasABadgeOnlyWithUnreadMessages()
    {
        QVERIFY(!isBadgeRed(cornerColour(TrayIcon::render(0))));
        QVERIFY(isBadgeRed(cornerColour(TrayIcon::render(3))));
        QVERIFY(isBadgeRed(cornerColour(TrayIcon::render(250))));
        // Different counts draw different badges.
        QVERIFY(TrayIcon::render(3).pixmap(Size).toImage() !=
                TrayIcon::render(4).pixmap(Size).toImage());
    }

    void theToolTipCountsUnreadMessages()
    {
        QCOMPARE(TrayIcon::toolTip(0), QString("Atrium"));
        QVERIFY(TrayIcon::toolTip(5).contains("5"));
    }
};

QTEST_MAIN(TrayIconTest)
#include "tst_trayicon.moc"
