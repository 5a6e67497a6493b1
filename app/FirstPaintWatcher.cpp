#include "FirstPaintWatcher.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace Slipway {

FirstPaintWatcher::FirstPaintWatcher(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    m_window->installEventFilter(this);
}

FirstPaintWatcher::~FirstPaintWatcher() = default;

bool FirstPaintWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_seen && watched == m_window && event->type() == QEvent::Paint) {
        m_seen = true;
        m_window->removeEventFilter(this);
        // Report after this paint has reached the screen, not while it is under way.
        QTimer::singleShot(0, this, [this] { Q_EMIT firstPainted(); });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Slipway
