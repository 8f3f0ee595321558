#pragma once

#include <QFuture>
#include <QStringList>

namespace atrium::cli {

class CliContext;

// Each command gets its own arguments (the command name first) and
// resolves to the process's exit code.
using Command = QFuture<int> (*)(CliContext &context, const QStringList &arguments);

QFuture<int> login(CliContext &context, const QStringList &arguments);
QFuture<int> logout(CliContext &context, const QStringList &arguments);
QFuture<int> whoami(CliContext &context, const QStringList &arguments);

QFuture<int> rooms(CliContext &context, const QStringList &arguments);
QFuture<int> createRoom(CliContext &context, const QStringList &arguments);
QFuture<int> join(CliContext &context, const QStringList &arguments);
QFuture<int> leave(CliContext &context, const QStringList &arguments);
QFuture<int> invite(CliContext &context, const QStringList &arguments);

QFuture<int> send(CliContext &context, const QStringList &arguments);
QFuture<int> sendFile(CliContext &context, const QStringList &arguments);
QFuture<int> tail(CliContext &context, const QStringList &arguments);
QFuture<int> download(CliContext &context, const QStringList &arguments);

QFuture<int> exportKeys(CliContext &context, const QStringList &arguments);
QFuture<int> importKeys(CliContext &context, const QStringList &arguments);
QFuture<int> verify(CliContext &context, const QStringList &arguments);
QFuture<int> crossSigning(CliContext &context, const QStringList &arguments);
QFuture<int> devices(CliContext &context, const QStringList &arguments);
QFuture<int> backup(CliContext &context, const QStringList &arguments);
QFuture<int> secretStorage(CliContext &context, const QStringList &arguments);

QFuture<int> call(CliContext &context, const QStringList &arguments);
QFuture<int> answer(CliContext &context, const QStringList &arguments);

} // namespace atrium::cli
