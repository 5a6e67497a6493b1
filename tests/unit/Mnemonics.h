#pragma once

// The Alt+letter mnemonics a window offers at one moment, and the letters two of them share.
// A shared letter does not do what either says: Qt moves the focus between the two and clicks
// neither (Alt+N on a page with "&Namespace:" never reaches "&Next >"). Counted: visible buttons
// and check boxes, labels with a buddy, group boxes, every tab of a visible tab bar, and the menu
// bar's menus.

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QMenuBar>
#include <QStringList>
#include <QTabBar>
#include <QWidget>

namespace SlipwayTest {

// The letter after a single "&", lower-case; none for "&&" or no "&".
inline QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// "n: “&Namespace:” (QLabel namespaceLabel), “&Next >” (QPushButton …)" for each shared letter.
inline QStringList clashingMnemonics(QWidget *window)
{
    QMap<QChar, QStringList> users;
    const auto add = [&users](const QString &text, const QObject *owner) {
        const QChar letter = mnemonicOf(text);
        if (!letter.isNull())
            users[letter] << QStringLiteral("“%1” (%2 %3)")
                                 .arg(text, QLatin1String(owner->metaObject()->className()), owner->objectName());
    };
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible() || !widget->isEnabled() || widget->window() != window)
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(button->text(), button);
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            add(label->text(), label);
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            add(group->title(), group);
        else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabEnabled(i) && tabs->isTabVisible(i))
                    add(tabs->tabText(i), tabs);
            }
        } else if (auto *menus = qobject_cast<QMenuBar *>(widget)) {
            for (const QAction *menu : menus->actions())
                add(menu->text(), menus);
        }
    }
    QStringList clashes;
    for (auto it = users.cbegin(); it != users.cend(); ++it) {
        if (it.value().size() > 1)
            clashes << QStringLiteral("%1: %2").arg(it.key(), it.value().join(QLatin1String(", ")));
    }
    return clashes;
}

} // namespace SlipwayTest
