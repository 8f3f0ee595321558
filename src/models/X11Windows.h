#pragma once

#include <QList>
#include <QString>

namespace atrium::models {

// A window of the X11 desktop, as the window manager lists it.
struct X11Window
{
    QString title;
    quint64 id = 0;
};

// The windows that could be shared on X11: those the window manager lists
// as its clients (_NET_CLIENT_LIST, EWMH), shown on screen and with a
// title, in the manager's order. Empty on other platforms, and without a
// window manager that keeps the list.
class X11Windows
{
public:
    static QList<X11Window> list();
};

} // namespace atrium::models
