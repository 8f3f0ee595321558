#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

namespace atrium::sync {
class Session;
struct SyncChanges;
} // namespace atrium::sync

namespace atrium::models {

// The signed-in user's own display name and avatar (GET /profile), for the
// room list's header, and changing them.
class OwnProfile : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString displayName READ displayName NOTIFY changed)
    Q_PROPERTY(QString avatarUrl READ avatarUrl NOTIFY changed) // mxc://
    Q_PROPERTY(bool saving READ isSaving NOTIFY savingChanged)

public:
    explicit OwnProfile(sync::Session *session, QObject *parent = nullptr);

    QString displayName() const { return m_displayName; }
    QString avatarUrl() const { return m_avatarUrl; }
    bool isSaving() const { return m_saving; }

    // Reads the profile again (on sign-in); cleared while signed out.
    void reload();
    // Reads it again when a sync brings a member event of ours: the name
    // or avatar was changed elsewhere (another client sets it in every room).
    void handleSync(const sync::SyncChanges &changes);
    // Sets the display name; the server updates every room's member event.
    // failed() says why it could not.
    Q_INVOKABLE void setDisplayName(const QString &displayName);
    // Uploads the image (a local file) and makes it our avatar; the server
    // updates every room's member event. failed() says why it could not.
    Q_INVOKABLE void setAvatar(const QUrl &file);

signals:
    void changed();
    void savingChanged();
    void failed(const QString &message);

private:
    void setProfile(const QString &displayName, const QString &avatarUrl);
    void setSaving(bool saving);
    // Sets the uploaded avatar on the profile.
    void useAvatar(const QString &contentUri);

    sync::Session *m_session;
    QString m_displayName;
    QString m_avatarUrl;
    bool m_saving = false;
    quint64 m_generation = 0; // a late reply of an earlier reload is dropped
};

} // namespace atrium::models
