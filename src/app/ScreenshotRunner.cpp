#include "ScreenshotRunner.h"

#include "AccessibilityAudit.h"
#include "AppEngine.h"
#include "PollUntil.h"
#include "WindowPalette.h"
#include "models/CallController.h"
#include "models/MediaController.h"
#include "models/PublicRoomsModel.h"
#include "models/RoomInfo.h"
#include "models/RoomListModel.h"
#include "models/SessionController.h"
#include "models/TimelineModel.h"
#include "models/UserDirectoryModel.h"
#include "sync/EncryptionService.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QKeyEvent>
#include <QMetaObject>
#include <QPainter>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>

ScreenshotRunner::ScreenshotRunner(const QString &outDir, const QString &dataDir, bool noKeychain,
                                   const QString &roomName, QObject *parent)
    : QObject(parent), m_outDir(outDir), m_dataDir(dataDir), m_noKeychain(noKeychain),
      m_roomName(roomName)
{}

ScreenshotRunner::~ScreenshotRunner()
{
    closeWindow();
}

void ScreenshotRunner::start()
{
    if (!QDir().mkpath(m_outDir))
        return fail(QStringLiteral("cannot create %1").arg(m_outDir));
    m_signedOut = std::make_unique<atrium::models::SessionController>(m_emptyDir.path(), true);
    // Calls show GStreamer's test tone and pattern, not this machine's devices.
    qputenv("ATRIUM_CALL_TEST_SOURCES", "1");
    m_signedIn = std::make_unique<atrium::models::SessionController>(m_dataDir, m_noKeychain);
    m_signedIn->restore();
    signInShots(false, [this]() {
        mainShots(false, [this]() {
            callShots(false, [this]() {
                signInShots(true, [this]() {
                    mainShots(true, [this]() {
                        callShots(true, [this]() {
                            closeWindow();
                            emit finished(0);
                        });
                    });
                });
            });
        });
    });
}

QQuickWindow *ScreenshotRunner::show(atrium::models::SessionController *controller, bool dark)
{
    closeWindow();
    m_engine = createAppEngine(controller);
    if (m_engine->rootObjects().isEmpty())
        return nullptr;
    m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
    if (m_window) {
        applyColorScheme(m_window, dark);
        m_window->resize(1200, 760);
        m_window->show();
    }
    return m_window;
}

void ScreenshotRunner::closeWindow()
{
    m_window = nullptr;
    m_engine.reset();
}

void ScreenshotRunner::waitUntil(const std::function<bool()> &condition, const QString &what,
                                 Step then)
{
    pollUntil(this, condition, 30'000, 100, then,
              [this, what]() { fail(QStringLiteral("timed out waiting for %1").arg(what)); });
}

void ScreenshotRunner::grab(const QString &name, Step then)
{
    // A moment for layouts, text and images to settle before the grab.
    QTimer::singleShot(800, this, [this, name, then]() {
        if (!m_window)
            return fail(QStringLiteral("no window for %1").arg(name));
        const QImage image = m_window->grabWindow();
        const QString path = QDir(m_outDir).filePath(name + QStringLiteral(".png"));
        if (image.isNull() || !image.save(path))
            return fail(QStringLiteral("could not save %1").arg(path));
        const QStringList unnamed = AccessibilityAudit::unnamedControls(m_window);
        if (!unnamed.isEmpty())
            return fail(QStringLiteral("controls without an accessible name in %1:\n  %2")
                            .arg(name, unnamed.join(QStringLiteral("\n  "))));
        qInfo("screenshot: %s (%d timeline rows)", qPrintable(path),
              m_signedIn ? m_signedIn->timelineModel()->rowCount() : 0);
        then();
    });
}

void ScreenshotRunner::fail(const QString &message)
{
    qCritical("atrium: screenshot: %s", qPrintable(message));
    closeWindow();
    emit finished(1);
}

void ScreenshotRunner::composeShot(Step then)
{
    // Types a two-line message the way a user does (Shift+Enter, then
    // Enter to send) and shows it right after sending.
    auto *input = m_window->findChild<QQuickItem *>(QStringLiteral("composerInput"));
    if (!input)
        return fail(QStringLiteral("no composer"));
    input->forceActiveFocus();
    auto type = [this](int key, Qt::KeyboardModifiers modifiers, const QString &text) {
        sendKey(key, modifiers, text);
    };
    for (const QChar c : QStringLiteral("Screenshots are in, see **docs/screenshots**"))
        type(0, Qt::NoModifier, c);
    type(Qt::Key_Return, Qt::ShiftModifier, QStringLiteral("\r"));
    for (const QChar c : QStringLiteral("Dark ones too."))
        type(0, Qt::NoModifier, c);
    type(Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r"));
    grab(QStringLiteral("main-sent"), [this, then]() { actionsShot(then); });
}

void ScreenshotRunner::sendKey(int key, Qt::KeyboardModifiers modifiers, const QString &text)
{
    QKeyEvent press(QEvent::KeyPress, key, modifiers, text);
    QGuiApplication::sendEvent(m_window, &press);
    QKeyEvent release(QEvent::KeyRelease, key, modifiers, text);
    QGuiApplication::sendEvent(m_window, &release);
}

// The event id of the latest row whose body is `body`, once the server took it.
static QString sentEventWithBody(const atrium::models::TimelineModel *timeline, const QString &body)
{
    for (int row = timeline->rowCount() - 1; row >= 0; --row) {
        if (timeline->index(row, 0).data(atrium::models::TimelineModel::BodyRole).toString() ==
            body)
            return timeline->eventIdAt(row);
    }
    return {};
}

void ScreenshotRunner::actionsShot(Step then)
{
    // Message actions on what was just sent: edited, reacted to, a second
    // message deleted, and the composer replying to someone else's message.
    auto *controller = m_signedIn.get();
    auto *timeline = controller->timelineModel();
    const QString roomId = timeline->roomId();
    waitUntil(
        [timeline]() { return !timeline->eventIdAt(timeline->lastEditableRow()).isEmpty(); },
        QStringLiteral("the sent message"),
        [this, controller, timeline, roomId, then]() {
            const QString ours = timeline->eventIdAt(timeline->lastEditableRow());
            controller->editMessage(roomId, ours,
                                    QStringLiteral("Screenshots are in, see "
                                                   "**docs/screenshots**, light and dark."));
            controller->toggleReaction(roomId, ours, QStringLiteral("🎉"));
            const QString doomed = QStringLiteral("(this one goes)");
            controller->sendMessage(roomId, doomed);
            QString theirs, theirName, theirBody;
            for (int row = timeline->rowCount() - 1; row >= 0 && theirs.isEmpty(); --row) {
                const QModelIndex index = timeline->index(row, 0);
                if (index.data(atrium::models::TimelineModel::KindRole) ==
                        QStringLiteral("message") &&
                    !index.data(atrium::models::TimelineModel::IsOwnRole).toBool()) {
                    theirs = index.data(atrium::models::TimelineModel::EventIdRole).toString();
                    theirName =
                        index.data(atrium::models::TimelineModel::SenderNameRole).toString();
                    theirBody = index.data(atrium::models::TimelineModel::BodyRole).toString();
                }
            }
            controller->toggleReaction(roomId, theirs, QStringLiteral("👍"));
            if (auto *composer = m_window->findChild<QQuickItem *>(QStringLiteral("composer")))
                QMetaObject::invokeMethod(composer, "startReply", Q_ARG(QVariant, theirs),
                                          Q_ARG(QVariant, theirName), Q_ARG(QVariant, theirBody));
            // Found by its body, not by position: a late echo or receipt may
            // land after it.
            waitUntil(
                [timeline, doomed]() { return !sentEventWithBody(timeline, doomed).isEmpty(); },
                QStringLiteral("the message to delete"),
                [this, controller, timeline, roomId, doomed, then]() {
                    controller->deleteMessage(roomId, sentEventWithBody(timeline, doomed));
                    grab(QStringLiteral("main-actions"), [this, then]() { switcherShot(then); });
                });
        });
}

void ScreenshotRunner::switcherShot(Step then)
{
    // Ctrl+K, then a few letters: the quick switcher narrows the rooms.
    sendKey(Qt::Key_K, Qt::ControlModifier, QString());
    QTimer::singleShot(300, this, [this, then]() {
        for (const QChar c : QStringLiteral("de"))
            sendKey(0, Qt::NoModifier, c);
        grab(QStringLiteral("quick-switcher"), [this, then]() {
            sendKey(Qt::Key_Escape, Qt::NoModifier, QString());
            emojiShot(then);
        });
    });
}

void ScreenshotRunner::emojiShot(Step then)
{
    // The composer's emoji button, then a search typed into the picker.
    auto *button = m_window->findChild<QQuickItem *>(QStringLiteral("emojiButton"));
    if (!button)
        return fail(QStringLiteral("no emoji button"));
    QMetaObject::invokeMethod(button, "clicked");
    QTimer::singleShot(300, this, [this, then]() {
        grab(QStringLiteral("emoji-picker"), [this, then]() {
            for (const QChar c : QStringLiteral("heart"))
                sendKey(0, Qt::NoModifier, c);
            grab(QStringLiteral("emoji-search"), [this, then]() {
                sendKey(Qt::Key_Escape, Qt::NoModifier, QString());
                keyboardShot(QStringLiteral("main-keyboard"), then);
            });
        });
    });
}

void ScreenshotRunner::newRoomShot(bool dark, Step then)
{
    // The "New room" dialog with a name typed and the public room directory
    // listed, then the directory searched, then closed again.
    auto *dialog = m_window->findChild<QObject *>(QStringLiteral("newRoomDialog"));
    if (!dialog)
        return fail(QStringLiteral("no New room dialog"));
    QMetaObject::invokeMethod(dialog, "show");
    if (auto *name = dialog->findChild<QQuickItem *>(QStringLiteral("roomNameField")))
        name->setProperty("text", QStringLiteral("Design reviews"));
    const QString suffix = dark ? QStringLiteral("-dark") : QString();
    waitForDirectory([this, dialog, suffix, then]() {
        grab(QStringLiteral("new-room") + suffix,
             [this, dialog, suffix, then]() { directoryShot(dialog, suffix, then); });
    });
}

void ScreenshotRunner::directoryShot(QObject *dialog, const QString &suffix, Step then)
{
    auto *address = dialog->findChild<QQuickItem *>(QStringLiteral("joinAddressField"));
    if (!address)
        return fail(QStringLiteral("no room address field"));
    // Typed, as a search: the dialog searches after a pause in typing.
    address->setProperty("text", QStringLiteral("design"));
    QTimer::singleShot(500, this, [this, dialog, suffix, then]() {
        waitForDirectory([this, dialog, suffix, then]() {
            grab(QStringLiteral("room-directory") + suffix, [dialog, then]() {
                QMetaObject::invokeMethod(dialog, "close");
                then();
            });
        });
    });
}

void ScreenshotRunner::waitForDirectory(Step then)
{
    auto *rooms = m_signedIn->publicRooms();
    waitUntil(
        [rooms]() {
            return !rooms->isSearching() && (rooms->rowCount() > 0 || !rooms->error().isEmpty());
        },
        QStringLiteral("the public room directory"), then);
}

void ScreenshotRunner::roomViewsShots(bool dark, Step then)
{
    // Room settings of the open room, as the header's gear button opens them.
    auto *dialog = m_window->findChild<QObject *>(QStringLiteral("roomSettingsDialog"));
    if (!dialog)
        return fail(QStringLiteral("no room settings dialog"));
    auto *info = m_signedIn->roomInfo();
    waitUntil([info]() { return !info->name().isEmpty(); }, QStringLiteral("the room's settings"),
              [this, dialog, dark, then]() {
                  QMetaObject::invokeMethod(dialog, "show");
                  grab(
                      dark ? QStringLiteral("room-settings-dark") : QStringLiteral("room-settings"),
                      [this, dialog, dark, then]() {
                          QMetaObject::invokeMethod(dialog, "close");
                          securityShot(dark, [this, dark, then]() {
                              sessionsShot(dark, [this, dark, then]() { peopleShots(dark, then); });
                          });
                      });
              });
}

void ScreenshotRunner::securityShot(bool dark, Step then)
{
    // The account menu's Security…: recovery, cross-signing and key backup, as loaded.
    auto *dialog = m_window->findChild<QObject *>(QStringLiteral("securityDialog"));
    if (!dialog)
        return fail(QStringLiteral("no security dialog"));
    QMetaObject::invokeMethod(dialog, "show");
    auto *security = m_signedIn->security();
    waitUntil(
        [security]() {
            return security->recovery() != QLatin1String("unknown") &&
                   security->crossSigning() != QLatin1String("unknown") &&
                   security->backup() != QLatin1String("unknown");
        },
        QStringLiteral("the security settings"),
        [this, dialog, dark, then]() {
            grab(dark ? QStringLiteral("security-dark") : QStringLiteral("security"),
                 [dialog, then]() {
                     QMetaObject::invokeMethod(dialog, "close");
                     then();
                 });
        });
}

void ScreenshotRunner::sessionsShot(bool dark, Step then)
{
    // The account menu's Sessions…: every device of the account.
    auto *dialog = m_window->findChild<QObject *>(QStringLiteral("sessionsDialog"));
    if (!dialog)
        return fail(QStringLiteral("no sessions dialog"));
    QMetaObject::invokeMethod(dialog, "show");
    auto *devices = m_signedIn->devices();
    waitUntil([devices]() { return !devices->busy() && devices->devices()->rowCount() > 0; },
              QStringLiteral("the sessions"),
              [this, dialog, dark, then]() {
                  grab(dark ? QStringLiteral("sessions-dark") : QStringLiteral("sessions"),
                       [dialog, then]() {
                           QMetaObject::invokeMethod(dialog, "close");
                           then();
                       });
              });
}

void ScreenshotRunner::peopleShots(bool dark, Step then)
{
    // The member list (all members loaded), then the card of the first
    // member who is not us, then the invite dialog with a search typed.
    auto *panel = m_window->findChild<QObject *>(QStringLiteral("memberListPanel"));
    auto *card = m_window->findChild<QObject *>(QStringLiteral("userCard"));
    auto *invite = m_window->findChild<QObject *>(QStringLiteral("inviteDialog"));
    if (!panel || !card || !invite)
        return fail(QStringLiteral("no member list, user card or invite dialog"));
    QMetaObject::invokeMethod(panel, "show");
    auto *info = m_signedIn->roomInfo();
    const QString self = m_signedIn->userId();
    const QString suffix = dark ? QStringLiteral("-dark") : QString();
    waitUntil(
        [info]() { return info->members()->rowCount() > 2; }, QStringLiteral("the room's members"),
        [this, panel, card, invite, info, self, suffix, then]() {
            grab(QStringLiteral("members") + suffix, [this, panel, card, invite, info, self, suffix,
                                                      then]() {
                QString other;
                for (int row = 0; row < info->members()->rowCount() && other.isEmpty(); ++row) {
                    if (info->members()->userIdAt(row) != self)
                        other = info->members()->userIdAt(row);
                }
                QMetaObject::invokeMethod(card, "show", Q_ARG(QVariant, other));
                grab(QStringLiteral("user-card") + suffix, [this, panel, card, invite, suffix,
                                                            then]() {
                    QMetaObject::invokeMethod(card, "close");
                    QMetaObject::invokeMethod(panel, "close");
                    QMetaObject::invokeMethod(invite, "show");
                    if (auto *field =
                            invite->findChild<QQuickItem *>(QStringLiteral("inviteSearchField")))
                        field->setProperty("text", QStringLiteral("a"));
                    auto *directory = m_signedIn->userDirectory();
                    QTimer::singleShot(400, this, [this, directory, invite, suffix, then]() {
                        waitUntil(
                            [directory]() {
                                return !directory->isSearching() &&
                                       (directory->rowCount() > 0 || !directory->error().isEmpty());
                            },
                            QStringLiteral("the user directory"),
                            [this, invite, suffix, then]() {
                                grab(QStringLiteral("invite") + suffix, [invite, then]() {
                                    QMetaObject::invokeMethod(invite, "close");
                                    then();
                                });
                            });
                    });
                });
            });
        });
}

void ScreenshotRunner::filesShots(bool dark, Step then)
{
    // #design: inline images (the seed's mockups) and a file card for a PDF
    // sent from here (in the light pass; the dark one finds it there).
    auto *controller = m_signedIn.get();
    auto *rooms = controller->roomListModel();
    const int row = rooms->rowNamed(QStringLiteral("design"));
    if (row < 0)
        return fail(QStringLiteral("no room named design"));
    const QString roomId = rooms->roomIdAt(row);
    m_window->setProperty("currentRoomId", roomId);
    m_window->setProperty("currentRoomName", QStringLiteral("design"));
    auto *timeline = controller->timelineModel();
    const QString fileName = QStringLiteral("design-review.pdf");
    // Sent (the server has it).
    auto hasFile = [timeline, fileName]() {
        for (int i = timeline->rowCount() - 1; i >= 0; --i) {
            const QModelIndex index = timeline->index(i, 0);
            const QVariantMap media = index.data(atrium::models::TimelineModel::MediaRole).toMap();
            if (media.value(QStringLiteral("name")) == fileName &&
                !index.data(atrium::models::TimelineModel::EventIdRole).toString().isEmpty())
                return true;
        }
        return false;
    };
    waitUntil(
        [timeline]() { return !timeline->isLoading() && timeline->rowCount() > 0; },
        QStringLiteral("the design timeline"),
        [this, controller, roomId, dark, fileName, hasFile, then]() {
            if (!dark) {
                QFile pdf(m_filesDir.filePath(fileName));
                if (!pdf.open(QIODevice::WriteOnly))
                    return fail(QStringLiteral("cannot write %1").arg(pdf.fileName()));
                pdf.write("%PDF-1.4\n% Design review notes\n");
                pdf.write(QByteArray(180'000, ' '));
                pdf.write("\n%%EOF\n");
                pdf.close();
                // A whiteboard photo (large enough for a thumbnail), then the notes.
                QImage board(1400, 900, QImage::Format_RGB32);
                board.fill(QColor(0xf4, 0xf1, 0xe8));
                QPainter painter(&board);
                painter.setRenderHint(QPainter::Antialiasing);
                const QList<QColor> notes = {QColor(0xff, 0xd5, 0x4f), QColor(0x81, 0xd4, 0xfa),
                                             QColor(0xa5, 0xd6, 0xa7), QColor(0xf4, 0x8f, 0xb1)};
                for (int i = 0; i < 12; ++i) {
                    const QRect note(90 + (i % 4) * 320, 110 + (i / 4) * 250, 240, 190);
                    painter.fillRect(note, notes.at((i * 7) % notes.size()));
                    painter.setPen(QPen(QColor(0x33, 0x33, 0x33), 3));
                    for (int line = 0; line < 3; ++line)
                        painter.drawLine(note.left() + 24, note.top() + 50 + line * 40,
                                         note.right() - 24 - (line * 37 + i * 11) % 90,
                                         note.top() + 50 + line * 40);
                }
                painter.end();
                const QString boardPath = m_filesDir.filePath(QStringLiteral("whiteboard.png"));
                if (!board.save(boardPath))
                    return fail(QStringLiteral("cannot write %1").arg(boardPath));
                controller->media()->sendFiles(roomId, {QUrl::fromLocalFile(boardPath)}, {});
                controller->media()->sendFiles(roomId, {QUrl::fromLocalFile(pdf.fileName())},
                                               QStringLiteral("Notes from the design review"));
            }
            auto *transfers = controller->media()->transfers();
            waitUntil(
                [hasFile, transfers]() { return hasFile() && transfers->runningCount() == 0; },
                QStringLiteral("the sent file and the images"),
                [this, dark, then]() {
                    if (dark)
                        return grab(QStringLiteral("files-dark"), [this, then]() {
                            tooLargeShot(QStringLiteral("send-too-large-dark"), [this, then]() {
                                mediaShot(QStringLiteral("media-dark"), then);
                            });
                        });
                    grab(QStringLiteral("files-light"), [this, then]() {
                        tooLargeShot(QStringLiteral("send-too-large"), [this, then]() {
                            mediaShot(QStringLiteral("media-light"),
                                      [this, then]() { viewerShot(then); });
                        });
                    });
                });
        });
}

void ScreenshotRunner::mediaShot(const QString &name, Step then)
{
    auto *timeline = m_signedIn->timelineModel();
    int row = -1;
    for (int i = timeline->rowCount() - 1; i >= 0 && row < 0; --i) {
        const QVariantMap media =
            timeline->index(i, 0).data(atrium::models::TimelineModel::MediaRole).toMap();
        if (media.value(QStringLiteral("kind")) == QStringLiteral("video"))
            row = i;
    }
    auto *list = m_window->findChild<QQuickItem *>(QStringLiteral("timeline"));
    if (row < 0 || !list)
        return fail(QStringLiteral("no video message in the room"));
    // ListView.Beginning: the video at the top, the audio under it.
    QMetaObject::invokeMethod(list, "positionViewAtIndex", Q_ARG(int, row), Q_ARG(int, 1));
    auto *transfers = m_signedIn->media()->transfers();
    QTimer::singleShot(300, this, [this, name, list, transfers, then]() {
        waitUntil([transfers]() { return transfers->runningCount() == 0; },
                  QStringLiteral("the video's poster"),
                  [this, name, list, then]() {
                      grab(name, [list, then]() {
                          QMetaObject::invokeMethod(list, "positionViewAtEnd");
                          then();
                      });
                  });
    });
}

void ScreenshotRunner::tooLargeShot(const QString &name, Step then)
{
    auto *media = m_signedIn->media();
    auto *files = m_window->findChild<QQuickItem *>(QStringLiteral("fileSharing"));
    if (!files)
        return fail(QStringLiteral("no file sharing in the window"));
    // A sparse file: 120 MB on paper, nothing on the disk.
    QFile recording(m_filesDir.filePath(QStringLiteral("all-hands-recording.mp4")));
    if (!recording.open(QIODevice::WriteOnly) || !recording.resize(120'000'000))
        return fail(QStringLiteral("cannot write %1").arg(recording.fileName()));
    recording.close();
    const QUrl url = QUrl::fromLocalFile(recording.fileName());
    waitUntil([media]() { return media->uploadLimit() > 0; },
              QStringLiteral("the server's upload limit"),
              [this, files, url, name, then]() {
                  QMetaObject::invokeMethod(files, "offer",
                                            Q_ARG(QVariant, QVariant::fromValue(QList<QUrl>{url})));
                  QTimer::singleShot(300, this, [this, name, then]() {
                      grab(name, [this, then]() {
                          sendKey(Qt::Key_Escape, Qt::NoModifier, QString());
                          QTimer::singleShot(200, this, then);
                      });
                  });
              });
}

void ScreenshotRunner::viewerShot(Step then)
{
    // The newest image of the room, full size in the viewer.
    auto *timeline = m_signedIn->timelineModel();
    QVariantMap image;
    for (int i = timeline->rowCount() - 1; i >= 0 && image.isEmpty(); --i) {
        const QVariantMap media =
            timeline->index(i, 0).data(atrium::models::TimelineModel::MediaRole).toMap();
        if (media.value(QStringLiteral("kind")) == QStringLiteral("image"))
            image = media;
    }
    auto *files = m_window->findChild<QQuickItem *>(QStringLiteral("fileSharing"));
    if (image.isEmpty() || !files)
        return fail(QStringLiteral("no image to view"));
    QMetaObject::invokeMethod(files, "view", Q_ARG(QVariant, image));
    auto *transfers = m_signedIn->media()->transfers();
    QTimer::singleShot(300, this, [this, transfers, then]() {
        waitUntil([transfers]() { return transfers->runningCount() == 0; },
                  QStringLiteral("the full-size image"),
                  [this, then]() {
                      grab(QStringLiteral("image-viewer"), [this, then]() {
                          sendKey(Qt::Key_Escape, Qt::NoModifier, QString());
                          then();
                      });
                  });
    });
}

void ScreenshotRunner::signInErrorShot(Step then)
{
    // A wrong password, submitted with Enter: the page shows why inline.
    auto field = [this](const char *name) {
        return m_window->findChild<QQuickItem *>(QString::fromLatin1(name));
    };
    QQuickItem *server = field("serverField");
    QQuickItem *user = field("userField");
    QQuickItem *password = field("passwordField");
    if (!server || !user || !password)
        return fail(QStringLiteral("no sign-in fields"));
    server->setProperty("text", m_signedIn->session()->homeserver().toString());
    user->setProperty("text", QStringLiteral("demo"));
    password->setProperty("text", QStringLiteral("not-the-password"));
    password->forceActiveFocus();
    QKeyEvent press(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r"));
    QGuiApplication::sendEvent(m_window, &press);
    auto *controller = m_signedOut.get();
    waitUntil([controller]() { return !controller->errorMessage().isEmpty(); },
              QStringLiteral("the sign-in error"),
              [this, then]() { grab(QStringLiteral("signin-error"), then); });
}

void ScreenshotRunner::signInShots(bool dark, Step then)
{
    if (!show(m_signedOut.get(), dark))
        return fail(QStringLiteral("Main.qml did not load"));
    if (dark)
        return grab(QStringLiteral("signin-dark"), then);
    grab(QStringLiteral("signin-light"), [this, then]() { signInErrorShot(then); });
}

void ScreenshotRunner::mainShots(bool dark, Step then)
{
    auto *controller = m_signedIn.get();
    waitUntil(
        [controller]() {
            return controller->state() == QLatin1String("ready") &&
                   controller->roomListModel()->isLoaded();
        },
        QStringLiteral("the session to be ready (%1)").arg(controller->errorMessage()),
        [this, controller, dark, then]() {
            if (!show(controller, dark))
                return fail(QStringLiteral("Main.qml did not load"));
            auto *rooms = controller->roomListModel();
            const int row = rooms->rowNamed(m_roomName);
            if (row < 0)
                return fail(QStringLiteral("no room named %1").arg(m_roomName));
            m_window->setProperty("currentRoomId", rooms->roomIdAt(row));
            m_window->setProperty("currentRoomName", m_roomName);
            auto *timeline = controller->timelineModel();
            waitUntil([timeline]() { return !timeline->isLoading() && timeline->rowCount() > 0; },
                      QStringLiteral("the timeline"),
                      [this, dark, then]() {
                          if (dark)
                              return grab(QStringLiteral("main-dark"), [this, then]() {
                                  newRoomShot(true, [this, then]() {
                                      roomViewsShots(true, [this, then]() {
                                          keyboardShot(QStringLiteral("main-keyboard-dark"),
                                                       [this, then]() { filesShots(true, then); });
                                      });
                                  });
                              });
                          grab(QStringLiteral("main-light"), [this, then]() {
                              newRoomShot(false, [this, then]() {
                                  roomViewsShots(false, [this, then]() {
                                      composeShot([this, then]() { filesShots(false, then); });
                                  });
                              });
                          });
                      });
        });
}

void ScreenshotRunner::keyboardShot(const QString &name, Step then)
{
    // Shift+Tab from the composer into the timeline, Up twice: the chosen
    // message is highlighted with its actions.
    auto *input = m_window->findChild<QQuickItem *>(QStringLiteral("composerInput"));
    if (!input)
        return fail(QStringLiteral("no composer"));
    input->forceActiveFocus();
    sendKey(Qt::Key_Backtab, Qt::ShiftModifier, QString());
    sendKey(Qt::Key_Up, Qt::NoModifier, QString());
    sendKey(Qt::Key_Up, Qt::NoModifier, QString());
    const bool dark = name.endsWith(QLatin1String("-dark"));
    grab(name, [this, dark, then]() {
        sendKey(Qt::Key_Escape, Qt::NoModifier, QString());
        encryptedShot(dark, then);
    });
}

void ScreenshotRunner::encryptedShot(bool dark, Step then)
{
    // The encrypted room: a lock in the header and the room list, the
    // message the demo device has no key for, one it sent itself, and one
    // from Alice's new session, which she has not verified: its shield.
    auto *controller = m_signedIn.get();
    auto *rooms = controller->roomListModel();
    const QString name = QStringLiteral("Security Review");
    const int row = rooms->rowNamed(name);
    if (row < 0)
        return fail(QStringLiteral("no room named %1").arg(name));
    const QString roomId = rooms->roomIdAt(row);
    m_window->setProperty("currentRoomId", roomId);
    m_window->setProperty("currentRoomName", name);
    auto *timeline = controller->timelineModel();
    const QString alicesText =
        QStringLiteral("Re-ran the scan from my new laptop: two findings closed.");
    const auto shot = [this, timeline, roomId, alicesText, dark, then]() {
        waitUntil(
            [timeline, roomId, alicesText]() {
                using Model = atrium::models::TimelineModel;
                const int last = timeline->rowCount() - 1;
                return timeline->roomId() == roomId && !timeline->isLoading() && last >= 0 &&
                       timeline->isRoomEncrypted() &&
                       timeline->index(last).data(Model::BodyRole) == alicesText &&
                       timeline->index(last).data(Model::ShieldRole) == QLatin1String("unverified");
            },
            QStringLiteral("the encrypted room"),
            [this, dark, then]() {
                grab(dark ? QStringLiteral("main-encrypted-dark")
                          : QStringLiteral("main-encrypted"),
                     then);
            });
    };
    if (dark)
        return shot();
    controller->sendMessage(roomId, QStringLiteral("Findings are in the tracker, encrypted here."));
    waitUntil(
        [timeline, roomId]() {
            const int last = timeline->rowCount() - 1;
            return timeline->roomId() == roomId && !timeline->isLoading() && last >= 0 &&
                   !timeline->eventIdAt(last).isEmpty();
        },
        QStringLiteral("our message in the encrypted room"),
        [this, name, roomId, alicesText, shot]() {
            auto *alice = this->alice();
            waitUntil(
                [alice, name]() {
                    return alice->state() == QLatin1String("ready") &&
                           alice->roomListModel()->rowNamed(name) >= 0 &&
                           alice->session()->encryption()->hasPublishedKeys();
                },
                QStringLiteral("alice's session (%1)").arg(alice->errorMessage()),
                [this, alice, roomId, alicesText, shot]() {
                    // Demo's device learns of her new one before she writes.
                    auto known = std::make_shared<bool>(false);
                    m_signedIn->session()
                        ->encryption()
                        ->fetchDevices({alice->userId()})
                        .then(this, [known](bool) { *known = true; });
                    waitUntil([known]() { return *known; }, QStringLiteral("alice's devices"),
                              [alice, roomId, alicesText, shot]() {
                                  alice->sendMessage(roomId, alicesText);
                                  shot();
                              });
                });
        });
}

void ScreenshotRunner::inOrder(QList<std::function<void(Step)>> steps, Step then)
{
    if (steps.isEmpty())
        return then();
    const auto first = steps.takeFirst();
    first([this, steps, then]() { inOrder(steps, then); });
}

void ScreenshotRunner::callShots(bool dark, Step then)
{
    auto *controller = m_signedIn.get();
    alice();
    auto *rooms = controller->roomListModel();
    const QString name = QStringLiteral("Alice Chen");
    const int row = rooms->rowNamed(name);
    if (row < 0)
        return fail(QStringLiteral("no room named %1").arg(name));
    const QString roomId = rooms->roomIdAt(row);
    m_window->setProperty("currentRoomId", roomId);
    m_window->setProperty("currentRoomName", name);
    auto *caller = m_caller.get();
    auto *call = controller->calls();
    const auto named = [dark](const QString &shot) {
        return dark ? shot + QStringLiteral("-dark") : shot;
    };
    inOrder(
        {[this, caller, roomId](Step next) {
             waitUntil(
                 [caller, roomId]() {
                     return caller->state() == QLatin1String("ready") &&
                            caller->calls()->unavailableReason(roomId).isEmpty();
                 },
                 QStringLiteral("alice's session (%1)").arg(caller->errorMessage()), next);
         },
         [this, caller, call, roomId](Step next) {
             caller->calls()->startCall(roomId, true);
             waitUntil([call]() { return call->state() == QLatin1String("ringing"); },
                       QStringLiteral("the call to ring"), next);
         },
         [this, named](Step next) { grab(named(QStringLiteral("call-incoming")), next); },
         [this, call](Step next) {
             call->accept(true);
             // The in-call view with its quality panel open.
             if (auto *quality = m_window->findChild<QObject *>(QStringLiteral("qualityButton")))
                 quality->setProperty("checked", true);
             waitUntil(
                 [call]() {
                     return call->state() == QLatin1String("connected") &&
                            call->remoteVideo()->framesShown() > 10 &&
                            call->localVideo()->hasFrame() && call->quality()->hasRates();
                 },
                 QStringLiteral("the call's video"), next);
         },
         [this, named](Step next) { grab(named(QStringLiteral("call-video")), next); },
         [this, dark](Step next) { devicesShot(dark, next); },
         [this, dark](Step next) { remoteMuteShot(dark, next); },
         [this, dark](Step next) { screenShareShot(dark, next); },
         [this, dark](Step next) {
             // Back in the room, the call goes on in its bar.
             if (auto *back = m_window->findChild<QObject *>(QStringLiteral("backToChatButton")))
                 QMetaObject::invokeMethod(back, "clicked");
             if (dark)
                 return next();
             grab(QStringLiteral("call-bar"), next);
         },
         [this, caller, call](Step next) {
             caller->calls()->hangUp();
             waitUntil([call]() { return call->state() == QLatin1String("idle"); },
                       QStringLiteral("the call to end"), next);
         }},
        then);
}

atrium::models::SessionController *ScreenshotRunner::alice()
{
    if (!m_caller) {
        m_caller = std::make_unique<atrium::models::SessionController>(m_callerDir.path(), true);
        m_caller->login(m_signedIn->session()->homeserver().toString(), QStringLiteral("alice"),
                        QStringLiteral("alice"));
    }
    return m_caller.get();
}

void ScreenshotRunner::devicesShot(bool dark, Step then)
{
    auto *devices = m_window->findChild<QObject *>(QStringLiteral("devicesButton"));
    if (!devices)
        return fail(QStringLiteral("no devices button in the call view"));
    devices->setProperty("checked", true);
    if (auto *quality = m_window->findChild<QObject *>(QStringLiteral("qualityButton")))
        quality->setProperty("checked", false);
    grab(dark ? QStringLiteral("call-devices-dark") : QStringLiteral("call-devices"),
         [devices, then]() {
             devices->setProperty("checked", false);
             then();
         });
}

void ScreenshotRunner::remoteMuteShot(bool dark, Step then)
{
    auto *theirs = m_caller->calls();
    auto *ours = m_signedIn->calls();
    if (auto *quality = m_window->findChild<QObject *>(QStringLiteral("qualityButton")))
        quality->setProperty("checked", false);
    theirs->toggleMute();
    theirs->toggleCamera();
    waitUntil([ours]() { return ours->isRemoteAudioMuted() && ours->isRemoteVideoMuted(); },
              QStringLiteral("alice's mute to arrive"),
              [this, theirs, ours, dark, then]() {
                  grab(dark ? QStringLiteral("call-muted-dark") : QStringLiteral("call-muted"),
                       [this, theirs, ours, then]() {
                           theirs->toggleMute();
                           theirs->toggleCamera();
                           waitUntil(
                               [ours]() {
                                   return !ours->isRemoteAudioMuted() &&
                                          !ours->isRemoteVideoMuted();
                               },
                               QStringLiteral("alice's unmute to arrive"), then);
                       });
              });
}

void ScreenshotRunner::screenShareShot(bool dark, Step then)
{
    auto *theirs = m_caller->calls();
    auto *ours = m_signedIn->calls();
    // One change at a time, each answered before the next: offers that
    // cross are dropped.
    const auto toggle = [this](atrium::models::CallController *side, const QString &what,
                               Step next) {
        side->toggleScreenShare();
        waitUntil([side]() { return side->canShareScreen(); }, what, std::move(next));
    };
    toggle(theirs, QStringLiteral("alice's screen share to be answered"), [=, this]() {
        toggle(ours, QStringLiteral("our screen share to be answered"), [=, this]() {
            waitUntil(
                [ours]() {
                    return ours->localScreen()->hasFrame() && ours->isRemoteSharing() &&
                           ours->remoteScreen()->framesShown() > 5;
                },
                QStringLiteral("both screens to be shown"),
                [=, this]() {
                    grab(dark ? QStringLiteral("call-screens-dark")
                              : QStringLiteral("call-screens"),
                         [=, this]() {
                             toggle(ours, QStringLiteral("our share's end to be answered"),
                                    [=, this]() {
                                        toggle(theirs,
                                               QStringLiteral("alice's share's end to be answered"),
                                               then);
                                    });
                         });
                });
        });
    });
}
