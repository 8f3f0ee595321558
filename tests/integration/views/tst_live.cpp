// Qt Quick Tests of the app's views (the real Atrium module) against the test
// homeserver: real SessionControllers sign in, list rooms, show timelines and
// send, while other users act through the server's API (LiveHomeserver).
#include "LiveHomeserver.h"

#include <QQmlContext>
#include <QQmlEngine>
#include <QtQuickTest>

class LiveSetup : public QObject
{
    Q_OBJECT

public slots:
    void applicationAvailable()
    {
        if (!m_live.start())
            qFatal("the test homeserver did not start: %s", qPrintable(m_live.serverOutput()));
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        // Qt 6.4 does not import from qrc:/qt/qml by default; the module lives at qrc:/Atrium.
        engine->addImportPath(QStringLiteral("qrc:/"));
        m_live.useEngine(engine);
        engine->rootContext()->setContextProperty(QStringLiteral("live"), &m_live);
    }
    // While the application still exists (the server is one of its processes).
    void cleanupTestCase() { m_live.stop(); }

private:
    LiveHomeserver m_live;
};

QUICK_TEST_MAIN_WITH_SETUP(live, LiveSetup)

#include "tst_live.moc"
