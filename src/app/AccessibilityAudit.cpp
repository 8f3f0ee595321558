#include "AccessibilityAudit.h"

#include <QAccessible>
#include <QQuickItem>
#include <QQuickWindow>

namespace {

bool isOperable(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::Button:
    case QAccessible::CheckBox:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::PageTab:
    case QAccessible::RadioButton:
    case QAccessible::Slider:
    case QAccessible::SpinBox:
    case QAccessible::MenuItem:
        return true;
    default:
        return false;
    }
}

bool isShown(const QQuickItem *item)
{
    return item->isVisible() && item->isEnabled() && item->opacity() > 0 && item->width() > 0 &&
           item->height() > 0;
}

void audit(QQuickItem *item, QStringList &unnamed)
{
    if (!isShown(item))
        return; // nor its children
    if (QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(item)) {
        if (isOperable(accessible->role()) &&
            accessible->text(QAccessible::Name).trimmed().isEmpty()) {
            const QPointF at = item->mapToScene(QPointF(0, 0));
            unnamed.append(
                QStringLiteral("%1 \"%2\" at %3,%4")
                    .arg(QString::fromLatin1(item->metaObject()->className()), item->objectName())
                    .arg(int(at.x()))
                    .arg(int(at.y())));
        }
    }
    for (QQuickItem *child : item->childItems())
        audit(child, unnamed);
}

} // namespace

QStringList AccessibilityAudit::unnamedControls(QQuickWindow *window)
{
    QStringList unnamed;
    if (window)
        audit(window->contentItem(), unnamed);
    return unnamed;
}
