#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace atrium::models {

// A file chosen as an avatar (a file dialog's URL): its path and MIME
// type, or, when it cannot be one, why not in words for people.
class AvatarFile
{
    Q_DECLARE_TR_FUNCTIONS(AvatarFile)

public:
    explicit AvatarFile(const QUrl &file);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString path() const { return m_path; }
    QString fileName() const { return m_fileName; }
    QString mimeType() const { return m_mimeType; }

private:
    QString m_path;
    QString m_fileName;
    QString m_mimeType;
    QString m_error;
};

} // namespace atrium::models
