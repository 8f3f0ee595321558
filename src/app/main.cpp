#include "AppEngine.h"
#include "FrameBench.h"
#include "ScreenshotRunner.h"
#include "TrayIcon.h"
#include "WindowPalette.h"
#include "models/ColorScheme.h"
#include "models/SessionController.h"
#include "sync/AccountRecord.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>
#include <QTranslator>
#include <QWindow>

namespace {

// The UI language follows the system locale (LANGUAGE / LC_ALL / LANG); Qt's own
// strings (dialog buttons, file dialogs) come from Qt's translations.
void installTranslations(QGuiApplication &app)
{
    const QLocale locale;
    auto *qtStrings = new QTranslator(&app);
    if (qtStrings->load(locale, QStringLiteral("qt"), QStringLiteral("_"),
                        QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QGuiApplication::installTranslator(qtStrings);
    auto *atriumStrings = new QTranslator(&app);
    if (atriumStrings->load(locale, QStringLiteral("atrium"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")))
        QGuiApplication::installTranslator(atriumStrings);
}

} // namespace

int main(int argc, char *argv[])
{
    // A QApplication, not a QGuiApplication: the tray icon is a Qt Widgets class.
    QApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("Atrium"));
    QGuiApplication::setOrganizationName(QStringLiteral("Atrium"));
    QGuiApplication::setApplicationVersion(QStringLiteral(ATRIUM_VERSION));
    installTranslations(app);
    QGuiApplication::setWindowIcon(TrayIcon::render(0));
    // Light or dark as the desktop says (see ColorScheme and WindowPalette).
    QQuickStyle::setStyle(QStringLiteral("Fusion"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Atrium, a Matrix client for teams"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"), QStringLiteral("Where the account's data lives."),
        QStringLiteral("DIR"), atrium::sync::AccountRecord::defaultDataDir());
    const QCommandLineOption noKeychainOption(
        QStringLiteral("no-keychain"),
        QStringLiteral("Keep secrets in a file in the data directory, not in the keychain."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Render the sign-in page and the main view to PNG files in DIR, then quit."),
        QStringLiteral("DIR"));
    const QCommandLineOption roomOption(QStringLiteral("room"),
                                        QStringLiteral("Room to open for --screenshot."),
                                        QStringLiteral("NAME"), QStringLiteral("engineering"));
    const QCommandLineOption frameBenchOption(
        QStringLiteral("frame-bench"),
        QStringLiteral("Measure frame times and room switches, scrolling ROOM's history; "
                       "print them and quit (bench/run-frame-bench)."),
        QStringLiteral("ROOM"));
    parser.addOptions(
        {dataDirOption, noKeychainOption, screenshotOption, roomOption, frameBenchOption});
    parser.process(app);

    const QString dataDir = parser.value(dataDirOption);
    const bool noKeychain = parser.isSet(noKeychainOption);

    if (parser.isSet(screenshotOption)) {
        ScreenshotRunner runner(parser.value(screenshotOption), dataDir, noKeychain,
                                parser.value(roomOption));
        QObject::connect(&runner, &ScreenshotRunner::finished, &app, &QCoreApplication::exit,
                         Qt::QueuedConnection);
        QTimer::singleShot(0, &runner, &ScreenshotRunner::start);
        return app.exec();
    }

    atrium::models::SessionController controller(dataDir, noKeychain);
    if (parser.isSet(frameBenchOption)) {
        FrameBench bench(&controller, parser.value(frameBenchOption));
        QObject::connect(&bench, &FrameBench::finished, &app, &QCoreApplication::exit,
                         Qt::QueuedConnection);
        QTimer::singleShot(0, &bench, &FrameBench::start);
        return app.exec();
    }

    const auto engine = createAppEngine(&controller);
    if (engine->rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine->rootObjects().constFirst());
    atrium::models::ColorScheme colorScheme;
    applyColorScheme(window, colorScheme.isDark());
    QObject::connect(&colorScheme, &atrium::models::ColorScheme::darkChanged, window,
                     [&colorScheme, window]() { applyColorScheme(window, colorScheme.isDark()); });
    TrayIcon tray(&controller, window);
    controller.restore();
    return app.exec();
}
