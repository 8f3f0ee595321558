#include "PasswordPrompt.h"

#include <QFile>
#include <QTextStream>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace atrium::cli {

namespace {

QString readLineFromStdin()
{
    QTextStream in(stdin);
    return in.readLine();
}

QString readFromTerminalWithoutEcho()
{
    termios original{};
    tcgetattr(STDIN_FILENO, &original);
    termios silent = original;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    const QString password = readLineFromStdin();
    tcsetattr(STDIN_FILENO, TCSANOW, &original);
    return password;
}

} // namespace

QString readSecret(QTextStream &prompt, const char *variable, const QString &label)
{
    const QString fromEnvironment = qEnvironmentVariable(variable);
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    if (isatty(STDIN_FILENO)) {
        prompt << label << ": " << Qt::flush;
        const QString password = readFromTerminalWithoutEcho();
        prompt << Qt::endl;
        return password;
    }
    return readLineFromStdin();
}

} // namespace atrium::cli
