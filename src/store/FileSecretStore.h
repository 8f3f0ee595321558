#pragma once

#include "SecretStore.h"

namespace atrium::store {

// Secrets in a JSON file readable only by the user (0600), for machines
// without a keychain (--no-keychain). Weaker than a keychain: the file is as
// safe as the user's account, which the app says when it is used.
class FileSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit FileSecretStore(const QString &path, QObject *parent = nullptr);

    void write(const QString &key, const QString &value, Done done) override;
    void read(const QString &key, Loaded done) override;
    void remove(const QString &key, Done done) override;
    QString description() const override;

private:
    QJsonObject load(QString *error) const;
    QString save(const QJsonObject &secrets) const;

    QString m_path;
};

} // namespace atrium::store
