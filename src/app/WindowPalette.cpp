#include "WindowPalette.h"

#include <QGuiApplication>
#include <QPalette>
#include <QQuickWindow>
#include <QStyle>
#include <QStyleFactory>
#include <memory>

namespace {

struct Role
{
    const char *name; // the QML palette's property
    QPalette::ColorRole role;
};

constexpr Role Roles[] = {{"window", QPalette::Window},
                          {"windowText", QPalette::WindowText},
                          {"base", QPalette::Base},
                          {"alternateBase", QPalette::AlternateBase},
                          {"text", QPalette::Text},
                          {"button", QPalette::Button},
                          {"buttonText", QPalette::ButtonText},
                          {"brightText", QPalette::BrightText},
                          {"highlight", QPalette::Highlight},
                          {"highlightedText", QPalette::HighlightedText},
                          {"placeholderText", QPalette::PlaceholderText},
                          {"link", QPalette::Link},
                          {"linkVisited", QPalette::LinkVisited},
                          {"light", QPalette::Light},
                          {"midlight", QPalette::Midlight},
                          {"mid", QPalette::Mid},
                          {"dark", QPalette::Dark},
                          {"shadow", QPalette::Shadow},
                          {"toolTipBase", QPalette::ToolTipBase},
                          {"toolTipText", QPalette::ToolTipText}};

// The roles a disabled control greys out.
constexpr QPalette::ColorRole DimmedRoles[] = {QPalette::Text, QPalette::ButtonText,
                                               QPalette::WindowText, QPalette::PlaceholderText};

QPalette darkPalette()
{
    QPalette palette;
    const auto set = [&palette](QPalette::ColorRole role, const QColor &color) {
        palette.setColor(QPalette::All, role, color);
    };
    set(QPalette::Window, QColor(0x26, 0x28, 0x2c));
    set(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
    set(QPalette::Base, QColor(0x1d, 0x1f, 0x22));
    set(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    set(QPalette::Text, QColor(0xe8, 0xea, 0xed));
    set(QPalette::Button, QColor(0x33, 0x36, 0x3b));
    set(QPalette::ButtonText, QColor(0xe8, 0xea, 0xed));
    set(QPalette::BrightText, Qt::white);
    set(QPalette::Highlight, QColor(0x3d, 0x7b, 0xd9));
    set(QPalette::HighlightedText, Qt::white);
    set(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    set(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    set(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    set(QPalette::Light, QColor(0x4a, 0x4d, 0x53));
    set(QPalette::Midlight, QColor(0x3a, 0x3d, 0x42));
    set(QPalette::Mid, QColor(0x44, 0x47, 0x4d));
    set(QPalette::Dark, QColor(0x15, 0x16, 0x18));
    set(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0b));
    set(QPalette::ToolTipBase, QColor(0x1d, 0x1f, 0x22));
    set(QPalette::ToolTipText, QColor(0xe8, 0xea, 0xed));
    for (const QPalette::ColorRole role : DimmedRoles)
        palette.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7e, 0x84));
    return palette;
}

// The platform's palette as it was before Atrium set one, if light; else
// (the app started in a dark desktop theme) Fusion's own light one.
const QPalette &lightPalette()
{
    static const QPalette light = []() {
        const QPalette platform = QGuiApplication::palette();
        if (platform.color(QPalette::Window).lightness() >= 128)
            return platform;
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        return fusion ? fusion->standardPalette() : platform;
    }();
    return light;
}

} // namespace

void applyColorScheme(QQuickWindow *window, bool dark)
{
    const QPalette light = lightPalette(); // taken before the first change
    const QPalette palette = dark ? darkPalette() : light;
    QGuiApplication::setPalette(palette);
    auto *quick = window ? qvariant_cast<QObject *>(window->property("palette")) : nullptr;
    if (!quick)
        return;
    for (const Role &role : Roles)
        quick->setProperty(role.name, palette.color(QPalette::Active, role.role));
    if (auto *disabled = qvariant_cast<QObject *>(quick->property("disabled"))) {
        for (const Role &role : Roles) {
            if (std::find(std::begin(DimmedRoles), std::end(DimmedRoles), role.role) !=
                std::end(DimmedRoles))
                disabled->setProperty(role.name, palette.color(QPalette::Disabled, role.role));
        }
    }
}
