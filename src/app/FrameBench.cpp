#include "FrameBench.h"

#include "AppEngine.h"
#include "PollUntil.h"
#include "models/RoomListModel.h"
#include "models/SessionController.h"
#include "models/TimelineModel.h"

#include <QDeadlineTimer>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QTimer>
#include <algorithm>

namespace {

constexpr int IdleSettleMs = 3000;
constexpr int IdleMeasureMs = 5000;
constexpr int RoomSwitches = 21;
constexpr double ScrollPixelsPerFrame = 60;
constexpr double StallMs = 50;
constexpr int ScrollTimeoutMs = 15 * 60 * 1000;

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto at = qsizetype(p * double(values.size() - 1) + 0.5);
    return values.at(std::clamp<qsizetype>(at, 0, values.size() - 1));
}

void printStats(const char *what, const QList<double> &ms)
{
    const auto stalls = std::count_if(ms.begin(), ms.end(), [](double v) { return v > StallMs; });
    qInfo("%s: %lld frames, median %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, "
          "over %.0f ms: %lld",
          what, qlonglong(ms.size()), percentile(ms, 0.5), percentile(ms, 0.95),
          percentile(ms, 0.99), percentile(ms, 1.0), StallMs, qlonglong(stalls));
}

} // namespace

FrameBench::FrameBench(atrium::models::SessionController *controller, const QString &roomName,
                       QObject *parent)
    : QObject(parent), m_controller(controller), m_roomName(roomName)
{
    m_clock.start();
}

FrameBench::~FrameBench() = default;

void FrameBench::start()
{
    m_engine = createAppEngine(m_controller);
    if (m_engine->rootObjects().isEmpty())
        return fail(QStringLiteral("the main window did not load"));
    m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
    if (!m_window)
        return fail(QStringLiteral("the main window is not a window"));
    connect(
        m_window, &QQuickWindow::frameSwapped, this,
        [this]() {
            m_lastSwapNs = nowNs();
            ++m_swapCount;
        },
        Qt::DirectConnection);
    connect(m_window, &QQuickWindow::afterAnimating, this, &FrameBench::onFrameAnimating);
    connect(m_controller->timelineModel(), &atrium::models::TimelineModel::pageLoaded, this,
            [this]() { m_pageArrived = true; });
    m_window->resize(1200, 760);
    m_window->show();
    m_controller->restore();

    auto *rooms = m_controller->roomListModel();
    waitUntil([this, rooms]() { return rooms->rowNamed(m_roomName) >= 0; }, 180'000,
              QStringLiteral("room \"%1\" in the room list").arg(m_roomName), [this]() { run(); });
}

void FrameBench::run()
{
    m_timeline = m_window->findChild<QQuickItem *>(QStringLiteral("timeline"));
    if (!m_timeline)
        return fail(QStringLiteral("no timeline in the main window"));
    const bool openGl =
        m_window->rendererInterface()->graphicsApi() == QSGRendererInterface::OpenGL;
    qInfo("graphics: %s, %d rooms in the list", openGl ? "OpenGL" : "software",
          m_controller->roomListModel()->rowCount());
    measureIdle([this]() {
        measureSwitches([this]() {
            scroll(true, [this]() { scroll(false, [this]() { emit finished(0); }); });
        });
    });
}

void FrameBench::waitUntil(const std::function<bool()> &condition, int timeoutMs,
                           const QString &what, Step then)
{
    // Every millisecond: what is timed starts when the condition holds.
    pollUntil(this, condition, timeoutMs, 1, then,
              [this, what]() { fail(QStringLiteral("timed out waiting for %1").arg(what)); });
}

void FrameBench::measureIdle(Step then)
{
    // Whatever the first sync and the first layout draw is over by then.
    QTimer::singleShot(IdleSettleMs, this, [this, then]() {
        const int before = m_swapCount;
        QTimer::singleShot(IdleMeasureMs, this, [this, before, then]() {
            qInfo("idle window: %d frames in %d s", m_swapCount - before, IdleMeasureMs / 1000);
            then();
        });
    });
}

void FrameBench::openRoom(const QString &roomId, const QString &name)
{
    m_window->setProperty("currentRoomName", name);
    m_window->setProperty("currentRoomId", roomId);
}

void FrameBench::measureSwitches(Step then)
{
    // Rooms spread over the whole list, then the one to scroll.
    auto *rooms = m_controller->roomListModel();
    const int count = rooms->rowCount();
    for (int i = 0; i < RoomSwitches - 1; ++i)
        m_switchRooms << rooms->roomIdAt((i * count) / RoomSwitches);
    m_switchRooms << rooms->roomIdAt(rooms->rowNamed(m_roomName));
    switchTo(0, [this, then]() {
        // The first room opened also compiles the timeline's row component.
        qInfo("first room opened: %.1f ms", m_switchMs.constFirst());
        printStats("room switch (choose → first frame with messages)", m_switchMs.mid(1));
        then();
    });
}

void FrameBench::switchTo(int index, Step then)
{
    if (index >= m_switchRooms.size())
        return then();
    const QString roomId = m_switchRooms.at(index);
    auto *timeline = m_controller->timelineModel();
    const qint64 chosenAt = nowNs();
    openRoom(roomId, index == m_switchRooms.size() - 1 ? m_roomName : QString());
    waitUntil(
        [timeline, roomId]() {
            return timeline->roomId() == roomId && timeline->rowCount() > 0 &&
                   !timeline->isLoading();
        },
        30'000, QStringLiteral("room %1 to load").arg(roomId),
        [this, index, chosenAt, then]() {
            const qint64 readyAt = nowNs();
            m_window->update();
            waitUntil([this, readyAt]() { return m_lastSwapNs > readyAt; }, 10'000,
                      QStringLiteral("a frame"),
                      [this, index, chosenAt, then]() {
                          m_switchMs << double(m_lastSwapNs - chosenAt) / 1e6;
                          // Let the room's late arrivals (receipts, media) settle.
                          QTimer::singleShot(300, this,
                                             [this, index, then]() { switchTo(index + 1, then); });
                      });
        });
}

void FrameBench::scroll(bool up, Step then)
{
    auto *timeline = m_controller->timelineModel();
    m_timeline->setProperty("stickToEnd", false);
    m_frameMs.clear();
    m_lastFrameNs = 0;
    m_slowWithPage = 0;
    const QDeadlineTimer deadline(ScrollTimeoutMs);
    m_scrollStep = [this, up, timeline, deadline]() {
        const double y = m_timeline->property("contentY").toDouble();
        if (up) {
            const double top = m_timeline->property("originY").toDouble() -
                               m_timeline->property("topMargin").toDouble();
            const bool atTop = y <= top;
            if (atTop && timeline->reachedRoomStart())
                return false;
            if (!atTop)
                m_timeline->setProperty("contentY", std::max(top, y - ScrollPixelsPerFrame));
        } else {
            if (m_timeline->property("atYEnd").toBool())
                return false;
            m_timeline->setProperty("contentY", y + ScrollPixelsPerFrame);
        }
        return !deadline.hasExpired();
    };
    const qint64 startedAt = nowNs();
    m_scrollDone = [this, up, timeline, startedAt, then]() {
        const double seconds = double(nowNs() - startedAt) / 1e9;
        qInfo("%s: %d rows, %.1f s", up ? "scrolled back through history" : "scrolled down again",
              timeline->rowCount(), seconds);
        printStats(up ? "frames while scrolling back (pages loading)"
                      : "frames while scrolling over the loaded rows",
                   m_frameMs);
        qInfo("  of the frames over %.0f ms, %d had a page of history arrive", StallMs,
              m_slowWithPage);
        then();
    };
    m_window->update();
}

void FrameBench::onFrameAnimating()
{
    if (!m_scrollStep)
        return;
    const qint64 now = nowNs();
    if (m_lastFrameNs) {
        m_frameMs << double(now - m_lastFrameNs) / 1e6;
        if (m_frameMs.last() > StallMs && m_pageArrived)
            ++m_slowWithPage;
    }
    m_pageArrived = false;
    m_lastFrameNs = now;
    if (!m_scrollStep()) {
        m_scrollStep = nullptr;
        // Not from inside the window's frame.
        QTimer::singleShot(0, this, std::exchange(m_scrollDone, nullptr));
        return;
    }
    // Keep frames coming even while nothing moves (waiting for a page), so a
    // gap between two of them is time the window could not draw.
    m_window->update();
}

void FrameBench::fail(const QString &message)
{
    qCritical("atrium: frame bench: %s", qPrintable(message));
    emit finished(1);
}
