#include "TestData.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

namespace atrium::test {

QByteArray readFixture(const QString &name)
{
    QFile file(QStringLiteral(ATRIUM_TEST_DATA_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("missing test fixture %s", qPrintable(file.fileName()));
        return {};
    }
    return file.readAll();
}

QJsonObject readJsonFixture(const QString &name)
{
    return QJsonDocument::fromJson(readFixture(name)).object();
}

} // namespace atrium::test
