#include "ShareableScreens.h"

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

} // namespace

QList<ShareableScreen> ShareableScreens::list()
{
    QList<ShareableScreen> screens;
    QRect all;
    for (const QScreen *screen : QGuiApplication::screens()) {
        const QRect area = displayArea(screen);
        screens.append(
            {QStringLiteral("%1 · %2").arg(screenName(screen), sizeText(area.size())), area});
        all |= area;
    }
    if (screens.size() > 1)
        screens.append({tr("All screens · %1").arg(sizeText(all.size())), all});
    return screens;
}

} // namespace atrium::models
