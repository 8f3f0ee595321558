#pragma once

#include <QString>
#include <QTextStream>

namespace atrium::cli {

// A secret from the environment variable `variable`, else typed at a
// terminal without echo (after `label`), else the first line of standard
// input. Never from the command line, where other users can see it in the
// process list.
QString readSecret(QTextStream &prompt, const char *variable, const QString &label);

// The account password (ATRIUM_PASSWORD).
inline QString readPassword(QTextStream &prompt)
{
    return readSecret(prompt, "ATRIUM_PASSWORD", QStringLiteral("Password"));
}

} // namespace atrium::cli
