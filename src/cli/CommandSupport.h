#pragma once

#include "CliContext.h"

#include <QFuture>

// Small building blocks the commands share.
namespace atrium::cli {

inline QFuture<int> ready(int code)
{
    return QtFuture::makeReadyFuture(code);
}

// Runs `then` once the saved session is back, or resolves to its failure code.
template <typename Then>
QFuture<int> withSession(CliContext &context, bool startSync, Then then)
{
    return context.restoreSession(startSync)
        .then(&context, [then](int code) { return code == Ok ? then() : ready(code); })
        .unwrap();
}

// Resolves to true when the room uses end-to-end encryption, asking the
// server: the local store may not know the room yet.
QFuture<bool> roomIsEncrypted(CliContext &context, const QString &roomId);
// Whether the store knows the room is encrypted whenever the server says it
// is (after a sync): nothing may go out in the clear where encryption is expected.
QFuture<bool> storeAgreesOnEncryption(CliContext &context, const QString &roomId);

// Resolves once the first sync after start has been stored (or fails).
QFuture<int> firstSync(CliContext &context);

// Resolves `room`, then runs `action(roomId)`; unknown rooms exit with UnknownRoom.
template <typename Action>
QFuture<int> onRoom(CliContext &context, const QString &room, bool startSync, Action action)
{
    return withSession(context, startSync, [&context, room, action]() {
        return context.resolveRoom(room)
            .then(&context,
                  [action](const QString &roomId) {
                      return roomId.isEmpty() ? ready(UnknownRoom) : action(roomId);
                  })
            .unwrap();
    });
}

} // namespace atrium::cli
