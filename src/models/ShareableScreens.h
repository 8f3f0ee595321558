#pragma once

#include "calls/CallMedia.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace atrium::models {

// One thing the user may choose to share on X11.
struct ShareableScreen
{
    enum class Kind
    {
        Screen,
        Window
    };
    Kind kind = Kind::Screen;
    QString label; // "DELL U2720Q (DP-1) · 3840 × 2160", or a window's title
    calls::ScreenSource source;
};

// What can be shared of an X11 desktop, for the user to choose: each
// monitor, all of them as one picture when there are several, then each
// window. X11 lets ximagesrc read any part of the display or any window,
// so the choice is ours to offer (on Wayland the portal's own dialog
// chooses).
class ShareableScreens
{
    Q_DECLARE_TR_FUNCTIONS(ShareableScreens)
public:
    // The application's screens now, in Qt's order, then the windows.
    static QList<ShareableScreen> list();
};

} // namespace atrium::models
