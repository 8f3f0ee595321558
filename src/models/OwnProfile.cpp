#include "OwnProfile.h"

#include "AsyncResult.h"
#include "AvatarFile.h"
#include "matrix/Requests.h"
#include "media/MediaClient.h"
#include "media/MediaUpload.h"
#include "sync/Session.h"
#include "sync/SyncChanges.h"

namespace atrium::models {

OwnProfile::OwnProfile(sync::Session *session, QObject *parent)
    : QObject(parent), m_session(session)
{}

void OwnProfile::reload()
{
    const quint64 generation = ++m_generation;
    if (m_session->state() != sync::Session::State::Ready) {
        setProfile({}, {});
        return;
    }
    onResult(this, m_session->call(matrix::requests::profile(m_session->userId())),
             [this, generation](const matrix::ApiResponse &response) {
                 if (generation != m_generation || response.error)
                     return; // the header keeps the user id meanwhile
                 const QJsonObject body = response.json();
                 setProfile(body.value(QLatin1String("displayname")).toString(),
                            body.value(QLatin1String("avatar_url")).toString());
             });
}

void OwnProfile::handleSync(const sync::SyncChanges &changes)
{
    const QString me = m_session->userId();
    for (const auto &events : changes.newEvents) {
        for (const store::TimelineEvent &event : events) {
            if (event.type == QLatin1String("m.room.member") && event.sender == me &&
                event.json.value(QLatin1String("state_key")).toString() == me) {
                reload();
                return;
            }
        }
    }
}

void OwnProfile::setDisplayName(const QString &displayName)
{
    const QString name = displayName.trimmed();
    if (m_saving || name.isEmpty() || name == m_displayName ||
        m_session->state() != sync::Session::State::Ready)
        return;
    setSaving(true);
    onResult(this, m_session->call(matrix::requests::setDisplayName(m_session->userId(), name)),
             [this, name](const matrix::ApiResponse &response) {
                 setSaving(false);
                 if (response.error) {
                     emit failed(
                         tr("Could not change your name: %1").arg(response.error->describe()));
                     return;
                 }
                 ++m_generation; // an older reading must not undo it
                 setProfile(name, m_avatarUrl);
             });
}

void OwnProfile::setAvatar(const QUrl &file)
{
    if (m_saving || m_session->state() != sync::Session::State::Ready)
        return;
    const AvatarFile avatar(file);
    if (!avatar.isValid()) {
        emit failed(avatar.error());
        return;
    }
    setSaving(true);
    media::MediaUpload *upload =
        m_session->media()->upload(avatar.path(), avatar.mimeType(), avatar.fileName());
    connect(upload, &media::MediaTransfer::finished, this, [this, upload] {
        upload->deleteLater();
        if (upload->state() == media::MediaTransfer::State::Succeeded) {
            useAvatar(upload->contentUri());
            return;
        }
        setSaving(false);
        emit failed(tr("Could not upload your avatar: %1").arg(upload->errorString()));
    });
}

void OwnProfile::useAvatar(const QString &contentUri)
{
    onResult(this, m_session->call(matrix::requests::setAvatarUrl(m_session->userId(), contentUri)),
             [this, contentUri](const matrix::ApiResponse &response) {
                 setSaving(false);
                 if (response.error) {
                     emit failed(
                         tr("Could not change your avatar: %1").arg(response.error->describe()));
                     return;
                 }
                 ++m_generation; // an older reading must not undo it
                 setProfile(m_displayName, contentUri);
             });
}

void OwnProfile::setSaving(bool saving)
{
    m_saving = saving;
    emit savingChanged();
}

void OwnProfile::setProfile(const QString &displayName, const QString &avatarUrl)
{
    if (displayName == m_displayName && avatarUrl == m_avatarUrl)
        return;
    m_displayName = displayName;
    m_avatarUrl = avatarUrl;
    emit changed();
}

} // namespace atrium::models
