#pragma once

#include <QObject>
#include <QString>
#include <QTemporaryDir>
#include <functional>
#include <memory>

class QQmlApplicationEngine;
class QQuickWindow;

namespace atrium::models {
class SessionController;
}

// `atrium --screenshot DIR`: renders the sign-in page and the main view
// (with a room open) to PNG files, in the light and in a dark palette, and
// quits. Needs a signed-in data directory whose homeserver is running (the
// demo's: a call comes from its user `alice`, with test sources).
class ScreenshotRunner : public QObject
{
    Q_OBJECT
public:
    ScreenshotRunner(const QString &outDir, const QString &dataDir, bool noKeychain,
                     const QString &roomName, QObject *parent = nullptr);
    ~ScreenshotRunner() override;

    void start();

signals:
    void finished(int exitCode);

private:
    using Step = std::function<void()>;
    QQuickWindow *show(atrium::models::SessionController *controller, bool dark);
    void closeWindow();
    void waitUntil(const std::function<bool()> &condition, const QString &what, Step then);
    void grab(const QString &name, Step then);
    // Runs each step once the one before it has called on, then `then`.
    void inOrder(QList<std::function<void(Step)>> steps, Step then);
    void fail(const QString &message);
    void signInShots(bool dark, Step then);
    void mainShots(bool dark, Step then);
    void composeShot(Step then);
    void actionsShot(Step then);
    void switcherShot(Step then);
    void emojiShot(Step then);
    void newRoomShot(bool dark, Step then);
    void directoryShot(QObject *dialog, const QString &suffix, Step then);
    void waitForDirectory(Step then);
    // The open room's settings, member list, a user card and the invite dialog.
    void roomViewsShots(bool dark, Step then);
    void securityShot(bool dark, Step then);
    void sessionsShot(bool dark, Step then);
    void peopleShots(bool dark, Step then);
    void keyboardShot(const QString &name, Step then);
    void encryptedShot(bool dark, Step then);
    void filesShots(bool dark, Step then);
    void viewerShot(Step then);
    // The room's newest video and audio messages, scrolled into view.
    void mediaShot(const QString &name, Step then);
    // The preview sheet refusing a file over the server's upload limit.
    void tooLargeShot(const QString &name, Step then);
    void sendKey(int key, Qt::KeyboardModifiers modifiers, const QString &text);
    void signInErrorShot(Step then);
    // Alice (a second session in this process) calls the user with video:
    // the incoming popup, then the call view with both videos, and the call bar.
    void callShots(bool dark, Step then);
    // Alice's own session (a second client): she calls, and writes from a
    // device nobody verified.
    atrium::models::SessionController *alice();
    // The in-call Devices panel open (the quality panel closed).
    void devicesShot(bool dark, Step then);
    // The call going on: alice mutes and turns her camera off, then back on.
    void remoteMuteShot(bool dark, Step then);
    // Both share their screens (test patterns): theirs large, ours in a tile.
    void screenShareShot(bool dark, Step then);

    QString m_outDir;
    QString m_dataDir;
    bool m_noKeychain;
    QString m_roomName;
    QTemporaryDir m_emptyDir;
    QTemporaryDir m_filesDir; // a file the screenshots send
    std::unique_ptr<atrium::models::SessionController> m_signedOut;
    std::unique_ptr<atrium::models::SessionController> m_signedIn;
    QTemporaryDir m_callerDir;
    std::unique_ptr<atrium::models::SessionController> m_caller;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
};
