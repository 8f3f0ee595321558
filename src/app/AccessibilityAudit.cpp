#include "AccessibilityAudit.h"

#include <QAccessible>
#include <QQuickItem>
#include <QQuickWindow>

namespace {

// Qt Quick's Accessible attached object (Accessible.name, .role, …): a child
// of its item, there once the item's QML sets any of it.
const QObject *accessibleOf(const QQuickItem *item)
{
    for (const QObject *child : item->children()) {
        if (child->inherits("QQuickAccessibleAttached"))
            return child;
    }
    return nullptr;
}

bool isOperableRole(int role)
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

bool isTextInput(const QQuickItem *item)
{
    return (item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit")) &&
           !item->property("readOnly").toBool();
}

// A control a person can operate, by its type or the role its QML gives it.
// (Not by its accessible interface: with no screen reader listening, as
// headless, Qt gives controls no role; and switching accessibility on
// afterwards clears a password field's name.)
bool isOperable(const QQuickItem *item, const QObject *accessible)
{
    if (accessible && accessible->property("ignored").toBool())
        return false;
    if (accessible && isOperableRole(accessible->property("role").toInt()))
        return true;
    return item->inherits("QQuickAbstractButton") || item->inherits("QQuickComboBox") ||
           item->inherits("QQuickSlider") || item->inherits("QQuickSpinBox") || isTextInput(item);
}

// What a screen reader would call it: the name its QML gives it, else the
// one Qt gives a control not named explicitly (a button's text, a field's
// placeholder).
QString nameOf(const QQuickItem *item, const QObject *accessible)
{
    const QString given =
        accessible ? accessible->property("name").toString().trimmed() : QString();
    if (!given.isEmpty())
        return given;
    return item->property(isTextInput(item) ? "placeholderText" : "text").toString().trimmed();
}

bool isShown(const QQuickItem *item)
{
    return item->isVisible() && item->isEnabled() && item->opacity() > 0 && item->width() > 0 &&
           item->height() > 0;
}

void audit(const QQuickItem *item, QStringList &unnamed)
{
    if (!isShown(item))
        return; // nor its children
    const QObject *accessible = accessibleOf(item);
    if (isOperable(item, accessible) && nameOf(item, accessible).isEmpty()) {
        const QPointF at = item->mapToScene(QPointF(0, 0));
        unnamed.append(
            QStringLiteral("%1 \"%2\" at %3,%4")
                .arg(QString::fromLatin1(item->metaObject()->className()), item->objectName())
                .arg(int(at.x()))
                .arg(int(at.y())));
    }
    for (const QQuickItem *child : item->childItems())
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
