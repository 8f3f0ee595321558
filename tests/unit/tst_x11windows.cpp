// The X11 windows offered for sharing in a call: what a window manager
// lists as its clients (_NET_CLIENT_LIST), shown and with a title. Runs on
// the xcb platform (Xvfb under scripts/headless), which has no window
// manager: the test keeps the list itself, as one would.
#include "TestMedia.h"
#include "calls/WebRtcSession.h"
#include "models/ScreenCastPortal.h"
#include "models/ShareableScreens.h"
#include "models/X11Windows.h"

#include <QTest>
#include <QWindow>
#include <cstdlib>
#include <xcb/xcb.h>

using atrium::calls::ScreenSource;
using atrium::calls::WebRtcSession;
using atrium::models::ScreenCastPortal;
using atrium::models::ShareableScreen;
using atrium::models::ShareableScreens;
using atrium::models::X11Windows;

namespace {

// A client of the display of its own, as another application would be.
class OtherApplication
{
public:
    OtherApplication() : m_connection(xcb_connect(nullptr, nullptr))
    {
        m_screen = xcb_setup_roots_iterator(xcb_get_setup(m_connection)).data;
    }
    ~OtherApplication()
    {
        setClientList({});
        xcb_disconnect(m_connection);
    }
    bool isConnected() const { return !xcb_connection_has_error(m_connection); }

    xcb_window_t createWindow(const QByteArray &title, int width, int height, bool shown)
    {
        const xcb_window_t window = xcb_generate_id(m_connection);
        const uint32_t background = m_screen->white_pixel;
        xcb_create_window(m_connection, XCB_COPY_FROM_PARENT, window, m_screen->root, 20, 20,
                          uint16_t(width), uint16_t(height), 0, XCB_WINDOW_CLASS_INPUT_OUTPUT,
                          m_screen->root_visual, XCB_CW_BACK_PIXEL, &background);
        xcb_change_property(m_connection, XCB_PROP_MODE_REPLACE, window, atom("_NET_WM_NAME"),
                            atom("UTF8_STRING"), 8, uint32_t(title.size()), title.constData());
        if (shown)
            xcb_map_window(m_connection, window);
        sync();
        return window;
    }
    // What a window manager keeps on the root window.
    void setClientList(const QList<xcb_window_t> &windows)
    {
        if (windows.isEmpty())
            xcb_delete_property(m_connection, m_screen->root, atom("_NET_CLIENT_LIST"));
        else
            xcb_change_property(m_connection, XCB_PROP_MODE_REPLACE, m_screen->root,
                                atom("_NET_CLIENT_LIST"), XCB_ATOM_WINDOW, 32,
                                uint32_t(windows.size()), windows.constData());
        sync();
    }

    // The size the server knows `window` by; invalid for no such window.
    QSize windowSize(xcb_window_t window)
    {
        xcb_get_geometry_reply_t *reply =
            xcb_get_geometry_reply(m_connection, xcb_get_geometry(m_connection, window), nullptr);
        const QSize size = reply ? QSize(reply->width, reply->height) : QSize();
        std::free(reply);
        return size;
    }

private:
    xcb_atom_t atom(const char *name)
    {
        xcb_intern_atom_reply_t *reply = xcb_intern_atom_reply(
            m_connection, xcb_intern_atom(m_connection, false, uint16_t(qstrlen(name)), name),
            nullptr);
        const xcb_atom_t atom = reply ? reply->atom : xcb_atom_t(XCB_ATOM_NONE);
        std::free(reply);
        return atom;
    }
    // Waits until the server has done all asked so far.
    void sync()
    {
        std::free(
            xcb_get_input_focus_reply(m_connection, xcb_get_input_focus(m_connection), nullptr));
    }

    xcb_connection_t *m_connection;
    xcb_screen_t *m_screen = nullptr;
};

} // namespace

class TestX11Windows : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (QGuiApplication::platformName() != QLatin1String("xcb"))
            QSKIP("needs an X display (the xcb platform)");
    }

    void theWindowManagersShownTitledWindowsAreListed()
    {
        OtherApplication other;
        QVERIFY(other.isConnected());
        QVERIFY(X11Windows::list().isEmpty()); // no window manager's list yet
        const xcb_window_t report = other.createWindow("Quarterly report – Editor", 320, 200, true);
        const xcb_window_t terminal = other.createWindow("Terminal", 200, 100, true);
        const xcb_window_t minimised = other.createWindow("Minimised", 200, 100, false);
        const xcb_window_t untitled = other.createWindow("", 200, 100, true);
        other.setClientList({report, minimised, untitled, terminal});

        const auto windows = X11Windows::list();
        QCOMPARE(windows.size(), 2);
        QCOMPARE(windows.at(0).title, QStringLiteral("Quarterly report – Editor"));
        QCOMPARE(windows.at(0).id, quint64(report));
        QCOMPARE(windows.at(1).title, QStringLiteral("Terminal"));
        QCOMPARE(windows.at(1).id, quint64(terminal));

        // Offered after the screen, to be shared as themselves.
        const QList<ShareableScreen> choices = ShareableScreens::list();
        QCOMPARE(choices.size(), 3);
        QCOMPARE(choices.at(0).kind, ShareableScreen::Kind::Screen);
        QCOMPARE(choices.at(1).kind, ShareableScreen::Kind::Window);
        QCOMPARE(choices.at(1).label, QStringLiteral("Quarterly report – Editor"));
        QCOMPARE(choices.at(1).source.window, quint64(report));
        QVERIFY(choices.at(1).source.area.isEmpty());

        // A long title is cut short for the menu.
        const QByteArray longTitle = QByteArray("Budget 2027 ") + QByteArray(80, 'x');
        other.setClientList({other.createWindow(longTitle, 100, 100, true)});
        const QString shown = ShareableScreens::list().constLast().label;
        QCOMPARE(shown.size(), 60);
        QVERIFY(shown.startsWith(QStringLiteral("Budget 2027 xxx")));
        QVERIFY(shown.endsWith(QChar(0x2026)));
    }

    void aWindowIsCapturedAtItsSize()
    {
        if (WebRtcSession::screenCapture() != WebRtcSession::ScreenCapture::X11)
            QSKIP("no ximagesrc");
        OtherApplication other;
        const xcb_window_t window = other.createWindow("Slides", 400, 300, true);
        QString error;
        const QSize captured = atrium::test::firstFrameSize(
            WebRtcSession::x11ScreenDescription(ScreenSource::x11Window(window)), &error);
        QVERIFY2(captured.isValid(), qPrintable(error));
        QCOMPARE(captured, QSize(400, 300));
    }

    // The desktop portal's picker (an X11 application on a Wayland desktop
    // shares through it) opens over the window the portal is told of.
    void thePortalIsToldOfOurWindowByItsX11Id()
    {
        QWindow window;
        window.resize(123, 45);
        window.create();
        const QString parent = ScreenCastPortal::parentWindowOf(&window);
        QVERIFY2(parent.startsWith(QLatin1String("x11:")), qPrintable(parent));
        bool isNumber = false;
        const auto id = xcb_window_t(parent.mid(4).toUInt(&isNumber, 16));
        QVERIFY(isNumber);
        OtherApplication other;
        QCOMPARE(other.windowSize(id), QSize(123, 45));
        QVERIFY(ScreenCastPortal::parentWindowOf(nullptr).isEmpty());
    }
};

QTEST_MAIN(TestX11Windows)
#include "tst_x11windows.moc"
