#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QQmlApplicationEngine>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

class QQuickItem;
class QQuickWindow;

namespace atrium::models {
class SessionController;
}

// `atrium --frame-bench ROOM`: how the real window keeps up on a big account.
// Run under a display (Xvfb) on a signed-in data directory; prints
//  - frames drawn by an idle window (should be none),
//  - the time from choosing a room to the first frame showing its messages,
//  - frame intervals while the timeline scrolls back through ROOM's whole
//    history (pages loading as it goes) and down again over every loaded row.
// A frame interval is the gap between two frames while one is wanted every
// time: a long one is a stall the user sees. bench/run-frame-bench sets it up.
class FrameBench : public QObject
{
    Q_OBJECT
public:
    FrameBench(atrium::models::SessionController *controller, const QString &roomName,
               QObject *parent = nullptr);
    ~FrameBench() override;

    void start();

signals:
    void finished(int exitCode);

private:
    using Step = std::function<void()>;
    void run();
    void waitUntil(const std::function<bool()> &condition, int timeoutMs, const QString &what,
                   Step then);
    void measureIdle(Step then);
    void measureSwitches(Step then);
    void switchTo(int index, Step then);
    void scroll(bool up, Step then);
    void onFrameAnimating();
    void openRoom(const QString &roomId, const QString &name);
    void fail(const QString &message);
    qint64 nowNs() const { return m_clock.nsecsElapsed(); }

    atrium::models::SessionController *m_controller;
    QString m_roomName;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    QQuickItem *m_timeline = nullptr;
    QElapsedTimer m_clock;
    // Written by the render thread (frameSwapped), read on the GUI thread.
    std::atomic<qint64> m_lastSwapNs{0};
    std::atomic<int> m_swapCount{0};

    QStringList m_switchRooms;
    QList<double> m_switchMs;

    // The scroll under way: step per frame and what ends it.
    std::function<bool()> m_scrollStep; // returns false when the scroll is over
    QList<double> m_frameMs;
    qint64 m_lastFrameNs = 0;
    bool m_pageArrived = false; // since the last frame
    int m_slowWithPage = 0;
    Step m_scrollDone;
};
