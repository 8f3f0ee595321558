#pragma once

#include "calls/CallMedia.h"

#include <QDBusConnection>
#include <QDBusUnixFileDescriptor>
#include <QObject>
#include <QVariantMap>

class QWindow;

namespace atrium::models {

// Asks the desktop portal (org.freedesktop.portal.ScreenCast, on the session
// bus) for a screen or window to share. This is how screens are shared on
// Wayland, where no application may read the screen: the portal shows the
// desktop's own picker, then hands over a PipeWire stream of what the user
// chose. Each step is a method call that the portal answers later, with a
// Response signal on a request object; the session stays open, and the
// stream with it, until close() or until the desktop ends it.
class ScreenCastPortal : public QObject
{
    Q_OBJECT
public:
    static const QString DesktopService;

    explicit ScreenCastPortal(QDBusConnection bus = QDBusConnection::sessionBus(),
                              const QString &service = DesktopService, QObject *parent = nullptr);
    ~ScreenCastPortal() override;

    // Whether a portal runs, or can be started, on the bus.
    static bool isAvailable(const QDBusConnection &bus = QDBusConnection::sessionBus(),
                            const QString &service = DesktopService);

    // How the portal names `window`, so that its picker opens over it: "x11:"
    // and the window's id in hex on X11. Empty elsewhere: a Wayland surface
    // is named by an xdg-foreign handle, which Qt 6.4 does not hand out, and
    // the picker then opens on its own.
    static QString parentWindowOf(const QWindow *window);

    // Opens a session and lets the user choose; ends in ready(), cancelled()
    // or failed(). `parentWindow` is the portal's window identifier for the
    // picker (see parentWindowOf()).
    void start(const QString &parentWindow = {});
    // Closes the session, ending its stream (nothing is emitted).
    void close();
    // Between start() and its end.
    bool isChoosing() const { return m_next != nullptr || m_opening; }
    // The stream, while the session is open (its fd is this object's).
    calls::ScreenSource source() const;

signals:
    void ready(const atrium::calls::ScreenSource &source);
    // The user closed the picker without choosing.
    void cancelled();
    void failed(const QString &reason);
    // The desktop ended the session (the user stopped it in its panel).
    void closed();

private slots:
    void onResponse(uint response, const QVariantMap &results);
    void onSessionClosed(const QVariantMap &details);

private:
    using Step = void (ScreenCastPortal::*)(const QVariantMap &results);

    void createSession(const QVariantMap &properties);
    void selectSources(const QVariantMap &results);
    void startStream(const QVariantMap &results);
    void openPipeWire(const QVariantMap &results);
    // Calls `method` with `arguments` and `options` (a handle_token added),
    // and goes on with `next` once its request responds.
    void request(const QString &method, QVariantList arguments, QVariantMap options, Step next);
    void watchRequest(const QString &path);
    void stopWatching();
    void fail(const QString &reason);
    QString newToken();

    QDBusConnection m_bus;
    QString m_service;
    QString m_parentWindow;
    uint m_sourceTypes = 0;
    uint m_cursorModes = 0;
    uint m_version = 0;
    // From the last share (portal version 4): the desktop may skip its
    // dialog for the same choice while we run. Each token serves once.
    QString m_restoreToken;
    QString m_sessionPath;
    QString m_requestPath;
    Step m_next = nullptr;
    bool m_opening = false; // OpenPipeWireRemote or GetAll under way
    quint32 m_node = 0;
    QDBusUnixFileDescriptor m_pipeWire;
    int m_tokens = 0;
};

} // namespace atrium::models
