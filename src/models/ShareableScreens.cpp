#include "ShareableScreens.h"

#include "X11Windows.h"

#include <QGuiApplication>
#include <QScreen>

namespace atrium::models {

namespace {

// Qt keeps a screen's position in the display's pixels but divides its size
// by the scale factor (QT_SCALE_FACTOR, high-DPI scaling).
QRect displayArea(const QScreen *screen)
{
    const QRect geometry = screen->geometry();
    return {geometry.topLeft(), (QSizeF(geometry.size()) * screen->devicePixelRatio()).toSize()};
}

QString sizeText(const QSize &size)
{
    return QStringLiteral("%1 × %2").arg(size.width()).arg(size.height());
}

QString screenName(const QScreen *screen)
{
    const QString model = screen->model().trimmed();
    if (model.isEmpty() || model == screen->name())
        return screen->name();
    return QStringLiteral("%1 (%2)").arg(model, screen->name());
}

// A window's title as a menu shows it: not as wide as a browser's can be.
QString shortTitle(const QString &title)
{
    constexpr qsizetype Longest = 60;
    return title.size() <= Longest ? title : title.left(Longest - 1) + QChar(0x2026);
}

} // namespace

QList<ShareableScreen> ShareableScreens::list()
{
    using Kind = ShareableScreen::Kind;
    QList<ShareableScreen> choices;
    QRect all;
    for (const QScreen *screen : QGuiApplication::screens()) {
        const QRect area = displayArea(screen);
        choices.append({Kind::Screen,
                        QStringLiteral("%1 · %2").arg(screenName(screen), sizeText(area.size())),
                        calls::ScreenSource::x11Area(area)});
        all |= area;
    }
    if (choices.size() > 1)
        choices.append({Kind::Screen, tr("All screens · %1").arg(sizeText(all.size())),
                        calls::ScreenSource::x11Area(all)});
    for (const X11Window &window : X11Windows::list())
        choices.append(
            {Kind::Window, shortTitle(window.title), calls::ScreenSource::x11Window(window.id)});
    return choices;
}

} // namespace atrium::models
