#pragma once

#include <QCoreApplication>
#include <QList>
#include <QRect>
#include <QString>

namespace atrium::models {

// What can be shared of an X11 desktop, for the user to choose: each
// monitor, and all of them as one picture when there are several. X11
// lets ximagesrc read any part of the display, so the choice is ours to
// offer (on Wayland the portal's own dialog chooses).
struct ShareableScreen
{
    QString label; // "DELL U2720Q (DP-1) · 3840 × 2160"
    QRect area;    // in the X display's pixels
};

class ShareableScreens
{
    Q_DECLARE_TR_FUNCTIONS(ShareableScreens)
public:
    // The application's screens now, in Qt's order; one entry for a single
    // monitor.
    static QList<ShareableScreen> list();
};

} // namespace atrium::models
