#include "X11Windows.h"

#include <QGuiApplication>
#include <cstdlib>
#include <memory>
#include <xcb/xcb.h>

namespace atrium::models {

namespace {

template <typename Reply>
using ReplyPtr = std::unique_ptr<Reply, decltype(&std::free)>;

template <typename Reply>
ReplyPtr<Reply> owned(Reply *reply)
{
    return ReplyPtr<Reply>(reply, &std::free);
}

xcb_atom_t atom(xcb_connection_t *connection, const char *name)
{
    const auto reply = owned(xcb_intern_atom_reply(
        connection, xcb_intern_atom(connection, true, uint16_t(qstrlen(name)), name), nullptr));
    return reply ? reply->atom : xcb_atom_t(XCB_ATOM_NONE);
}

// A property's value, empty when the window has none of that type.
QByteArray property(xcb_connection_t *connection, xcb_window_t window, xcb_atom_t name,
                    xcb_atom_t type)
{
    if (name == XCB_ATOM_NONE || type == XCB_ATOM_NONE)
        return {};
    // Up to 64 KiB: a client list of 16,000 windows, or a long title.
    const auto reply = owned(xcb_get_property_reply(
        connection, xcb_get_property(connection, false, window, name, type, 0, 16384), nullptr));
    if (!reply || reply->type != type)
        return {};
    return QByteArray(static_cast<const char *>(xcb_get_property_value(reply.get())),
                      xcb_get_property_value_length(reply.get()));
}

bool isViewable(xcb_connection_t *connection, xcb_window_t window)
{
    const auto reply = owned(xcb_get_window_attributes_reply(
        connection, xcb_get_window_attributes(connection, window), nullptr));
    return reply && reply->map_state == XCB_MAP_STATE_VIEWABLE;
}

struct TitleAtoms
{
    xcb_atom_t netWmName;
    xcb_atom_t utf8String;
};

QString titleOf(xcb_connection_t *connection, xcb_window_t window, const TitleAtoms &atoms)
{
    const QByteArray name = property(connection, window, atoms.netWmName, atoms.utf8String);
    if (!name.isEmpty())
        return QString::fromUtf8(name).trimmed();
    return QString::fromLatin1(property(connection, window, XCB_ATOM_WM_NAME, XCB_ATOM_STRING))
        .trimmed();
}

} // namespace

QList<X11Window> X11Windows::list()
{
    // Only the xcb platform's: the offscreen one answers for X11 too (for
    // its GLX), without a connection.
    if (!qGuiApp || QGuiApplication::platformName() != QLatin1String("xcb"))
        return {};
    const auto *x11 = qGuiApp->nativeInterface<QNativeInterface::QX11Application>();
    xcb_connection_t *connection = x11 ? x11->connection() : nullptr;
    if (!connection)
        return {};
    const xcb_window_t root = xcb_setup_roots_iterator(xcb_get_setup(connection)).data->root;
    const QByteArray clients =
        property(connection, root, atom(connection, "_NET_CLIENT_LIST"), XCB_ATOM_WINDOW);
    const auto *ids = reinterpret_cast<const xcb_window_t *>(clients.constData());
    const TitleAtoms atoms{atom(connection, "_NET_WM_NAME"), atom(connection, "UTF8_STRING")};
    QList<X11Window> windows;
    for (qsizetype i = 0; i < clients.size() / qsizetype(sizeof(xcb_window_t)); ++i) {
        // A minimised window cannot be read (ximagesrc would fail on it).
        if (!isViewable(connection, ids[i]))
            continue;
        const QString title = titleOf(connection, ids[i], atoms);
        if (!title.isEmpty())
            windows.append({title, ids[i]});
    }
    return windows;
}

} // namespace atrium::models
