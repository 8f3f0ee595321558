#pragma once

#include <QSortFilterProxyModel>

namespace atrium::models {

// A room's members (MemberListModel) for the member list: sorted by power
// level, highest first, then by name; narrowed to those whose name or user
// id contains what was typed in the filter box (case- and accent-insensitive).
class MemberFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
public:
    explicit MemberFilterModel(QObject *parent = nullptr);

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);

    Q_INVOKABLE QString userIdAt(int row) const;

signals:
    void filterTextChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_filterText;
    QString m_folded;
};

} // namespace atrium::models
