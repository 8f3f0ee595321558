#include "AppEngine.h"

#include "MediaImageProvider.h"
#include "models/SessionController.h"

std::unique_ptr<QQmlApplicationEngine>
createAppEngine(atrium::models::SessionController *controller)
{
    auto engine = std::make_unique<QQmlApplicationEngine>();
    // Qt 6.4 does not import from qrc:/qt/qml by default; the module lives at qrc:/Atrium.
    engine->addImportPath(QStringLiteral("qrc:/"));
    engine->addImageProvider(QStringLiteral("atrium-media"),
                             new MediaImageProvider(controller->media()));
    engine->setInitialProperties({{"controller", QVariant::fromValue(controller)}});
    engine->load(QUrl(QStringLiteral("qrc:/Atrium/Main.qml")));
    return engine;
}
