#include "MxcUri.h"

#include <QRegularExpression>

namespace atrium::matrix {

std::optional<MxcUri> MxcUri::parse(const QString &uri)
{
    // Server name: a host name, IPv4 or [IPv6] literal and an optional port.
    // Media id: [A-Za-z0-9_-]+ (spec "Matrix Content URIs").
    static const QRegularExpression grammar(QStringLiteral(
        R"(^mxc://((?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?)/([A-Za-z0-9_-]+)$)"));
    const auto match = grammar.match(uri);
    if (!match.hasMatch())
        return std::nullopt;
    return MxcUri{match.captured(1), match.captured(2)};
}

} // namespace atrium::matrix
