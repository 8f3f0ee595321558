#pragma once

#include "ApiResponse.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace atrium::matrix {

// A server's request for user-interactive authentication: the 401 answer
// whose body lists the flows (each a list of stage types), the stages
// already completed and the session to continue. A 401 that names a failed
// stage (errcode M_FORBIDDEN, e.g. a wrong password) is still a challenge;
// `errcode` and `error` tell what went wrong.
struct UiaChallenge
{
    QString session;
    QList<QStringList> flows;
    QStringList completed;
    QString errcode;
    QString error;

    // Whether some flow consists of exactly this one stage (after what is
    // already completed), e.g. "m.login.password".
    bool offersSingleStage(const QString &stage) const;
    // A wrong password or other failed stage, as opposed to the first ask.
    bool stageFailed() const { return !errcode.isEmpty(); }

    // Empty unless `response` is a 401 carrying a "flows" list.
    static std::optional<UiaChallenge> fromResponse(const ApiResponse &response);
};

} // namespace atrium::matrix
