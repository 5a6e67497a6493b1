#pragma once

#include <QObject>

class QWidget;

namespace Slipway {

// Tells when a window has been painted for the first time: the moment a person sees it, which
// is what the startup benchmark and screenshots wait for.
class FirstPaintWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstPaintWatcher)

public:
    explicit FirstPaintWatcher(QWidget *window);
    ~FirstPaintWatcher() override;

Q_SIGNALS:
    void firstPainted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window = nullptr;
    bool m_seen = false;
};

} // namespace Slipway
