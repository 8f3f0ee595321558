#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace atrium::test {

// Reads a fixture from tests/data/ (fails the test when missing).
QByteArray readFixture(const QString &name);
QJsonObject readJsonFixture(const QString &name);

} // namespace atrium::test
