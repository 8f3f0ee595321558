#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace atrium::models {

// The room list narrowed to rooms whose name (or topic) contains every word
// typed, case- and accent-insensitively. Rooms whose name starts with what
// was typed come first, then other name matches, then topic matches; within
// each, the list's order. Used by the room list's filter box and the Ctrl+K
// quick switcher.
class RoomFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    // Leave out invites and spaces (the quick switcher opens rooms only).
    Q_PROPERTY(bool joinedRoomsOnly READ joinedRoomsOnly WRITE setJoinedRoomsOnly NOTIFY
                   joinedRoomsOnlyChanged)
    // The spaces sidebar: joined spaces only.
    Q_PROPERTY(bool spacesOnly READ spacesOnly WRITE setSpacesOnly NOTIFY spacesOnlyChanged)
    // The room list beside the sidebar: no joined spaces, and with spaceId set only the
    // rooms in that space (also through its sub-spaces).
    Q_PROPERTY(bool hideSpaces READ hideSpaces WRITE setHideSpaces NOTIFY hideSpacesChanged)
    Q_PROPERTY(QString spaceId READ spaceId WRITE setSpaceId NOTIFY spaceIdChanged)
public:
    explicit RoomFilterModel(QObject *parent = nullptr);

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);
    bool joinedRoomsOnly() const { return m_joinedRoomsOnly; }
    void setJoinedRoomsOnly(bool joinedOnly);
    bool spacesOnly() const { return m_spacesOnly; }
    void setSpacesOnly(bool spacesOnly);
    bool hideSpaces() const { return m_hideSpaces; }
    void setHideSpaces(bool hide);
    QString spaceId() const { return m_spaceId; }
    void setSpaceId(const QString &spaceId);

    Q_INVOKABLE QString roomIdAt(int row) const;
    Q_INVOKABLE QString displayNameAt(int row) const;

    // Lower case without accents: "Café" matches "cafe".
    static QString folded(const QString &text);

signals:
    void filterTextChanged();
    void joinedRoomsOnlyChanged();
    void spacesOnlyChanged();
    void hideSpacesChanged();
    void spaceIdChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // 0: the name starts with the first word, 1: the name has every word,
    // 2: only the topic has them.
    int rank(const QModelIndex &sourceIndex) const;
    bool acceptsKind(const QModelIndex &sourceIndex) const;
    // The rooms of spaceId, read again when the room list changes.
    void refreshSpaceRooms();

    QString m_filterText;
    QStringList m_words;
    bool m_joinedRoomsOnly = false;
    bool m_spacesOnly = false;
    bool m_hideSpaces = false;
    QString m_spaceId;
    QSet<QString> m_spaceRooms;
};

} // namespace atrium::models
