#pragma once

#include <QStringList>

namespace atrium::calls {

// STUN and TURN servers for a call, as /voip/turnServer gives them
// (`turn:`, `turns:` and `stun:` URIs sharing one set of credentials).
struct IceServers
{
    QStringList uris;
    QString username;
    QString password;

    bool isEmpty() const { return uris.isEmpty(); }
};

} // namespace atrium::calls
