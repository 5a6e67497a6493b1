#pragma once

#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QWidget>

#include <utility>

// The dark palette the GUI tests switch to, for screenshots and colour checks in a dark theme.
inline QPalette darkTestPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7b, 0xd9));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    return dark;
}

// Saves `widget` as DIR/NAME-light.png and DIR/NAME-dark.png, switching the application's
// palette for the dark one and back; false when a file cannot be written.
inline bool saveLightAndDarkScreenshots(QWidget *widget, const QString &dir, const QString &name)
{
    const QPalette light = QApplication::palette();
    bool saved = true;
    for (const auto &[suffix, palette] : { std::pair { QStringLiteral("light"), light },
                                           std::pair { QStringLiteral("dark"), darkTestPalette() } }) {
        QApplication::setPalette(palette);
        QApplication::processEvents();
        saved = widget->grab().save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name, suffix)), "PNG") && saved;
    }
    QApplication::setPalette(light);
    return saved;
}
