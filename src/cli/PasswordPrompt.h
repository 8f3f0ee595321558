#pragma once

#include <QString>
#include <QTextStream>

namespace atrium::cli {

// The password from ATRIUM_PASSWORD, else typed at a terminal without echo,
// else the first line of standard input. Never from the command line,
// where other users can see it in the process list.
QString readPassword(QTextStream &prompt);

} // namespace atrium::cli
