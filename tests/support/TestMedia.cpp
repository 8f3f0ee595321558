#include "TestMedia.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>

namespace atrium::test {

namespace {

QString launch(const QStringList &pipeline, const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("gst-launch-1.0"),
                  QStringList{QStringLiteral("-q")} + pipeline +
                      QStringList{QStringLiteral("!"), QStringLiteral("filesink"),
                                  QStringLiteral("location=") + path});
    if (!process.waitForFinished(60000)) {
        process.kill();
        return QStringLiteral("gst-launch-1.0 did not finish: %1").arg(process.errorString());
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("gst-launch-1.0 failed: %1")
            .arg(QString::fromLocal8Bit(process.readAllStandardError() +
                                        process.readAllStandardOutput()));
    if (QFileInfo(path).size() <= 0)
        return QStringLiteral("gst-launch-1.0 wrote nothing to %1").arg(path);
    return {};
}

} // namespace

QString makeTestVideo(const QString &path, int frames, int width, int height)
{
    return launch(QStringLiteral("videotestsrc num-buffers=%1 ! "
                                 "video/x-raw,width=%2,height=%3,framerate=10/1 ! "
                                 "vp8enc deadline=1 ! webmmux")
                      .arg(frames)
                      .arg(width)
                      .arg(height)
                      .split(QLatin1Char(' ')),
                  path);
}

QString makeTestAudio(const QString &path, int tenthsOfSecond)
{
    return launch(QStringLiteral("audiotestsrc num-buffers=%1 samplesperbuffer=4410 ! "
                                 "audio/x-raw,rate=44100,channels=1 ! wavenc")
                      .arg(tenthsOfSecond)
                      .split(QLatin1Char(' ')),
                  path);
}

QSize firstFrameSize(const QString &source, QString *error)
{
    QProcess process;
    process.start(QStringLiteral("gst-launch-1.0"),
                  QStringList{QStringLiteral("-v")} +
                      QProcess::splitCommand(source + QStringLiteral(" num-buffers=1 ! fakesink")));
    if (!process.waitForFinished(20000)) {
        process.kill();
        *error = QStringLiteral("gst-launch-1.0 did not finish: %1").arg(process.errorString());
        return {};
    }
    const QString printed =
        QString::fromLocal8Bit(process.readAllStandardOutput() + process.readAllStandardError());
    static const QRegularExpression caps(
        QStringLiteral(R"(width=\(int\)(\d+), height=\(int\)(\d+))"));
    const QRegularExpressionMatch match = caps.match(printed);
    if (process.exitCode() != 0 || !match.hasMatch()) {
        *error = QStringLiteral("no frame from %1: %2").arg(source, printed);
        return {};
    }
    return {match.captured(1).toInt(), match.captured(2).toInt()};
}

} // namespace atrium::test
