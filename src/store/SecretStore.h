#pragma once

#include <QObject>
#include <functional>
#include <optional>

namespace atrium::store {

// Where an account's secrets (access token, store keys) are kept. Calls are
// asynchronous because the OS keychain answers over D-Bus.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const QString &error)>;
    using Loaded = std::function<void(const std::optional<QString> &value, const QString &error)>;

    using QObject::QObject;

    virtual void write(const QString &key, const QString &value, Done done) = 0;
    // `value` is nullopt with an empty error when the key does not exist.
    virtual void read(const QString &key, Loaded done) = 0;
    virtual void remove(const QString &key, Done done) = 0;
    // Shown to the user: where secrets go.
    virtual QString description() const = 0;
};

} // namespace atrium::store
