#pragma once

#include "install/ReleaseDiff.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QStackedWidget;

namespace Slipway {

class DiffTextView;

// The values and manifest changes between two revisions (or a revision and a planned upgrade),
// unified or side by side: added and removed lines on backgrounds blended from the palette's
// base, YAML keys, comments and strings highlighted, each manifest hunk headed by its
// "# Source:" line, both sides' line numbers in the margin. Read-only; it knows only the
// ReleaseDiff it is given, so any window can embed it.
class DiffPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffPane)

public:
    enum class Mode
    {
        Unified,
        SideBySide,
    };
    Q_ENUM(Mode)

    explicit DiffPane(QWidget *parent = nullptr);
    ~DiffPane() override;

    void setDiff(const ReleaseDiff &diff);
    // Instead of a diff: why there is none ("revision 1 is the first").
    void setMessage(const QString &message);
    void clear();

    Mode mode() const;
    void setMode(Mode mode);

    // The line numbers in a view's margin, one per row (0: none on that row), for the unified
    // view's two columns and the two sides.
    enum class Margin
    {
        UnifiedBefore,
        UnifiedAfter,
        Before,
        After,
    };
    QList<int> marginNumbers(Margin margin) const;

    // The unified text as shown ("--- values@1", "+message: two", …); empty without a diff.
    QString unifiedText() const;

Q_SIGNALS:
    void modeChanged(Slipway::DiffPane::Mode mode);

private:
    void render();
    void showMode();

    std::optional<ReleaseDiff> m_diff;
    QString m_message;
    QComboBox *m_mode = nullptr;
    QLabel *m_title = nullptr;
    QStackedWidget *m_pages = nullptr;
    DiffTextView *m_unified = nullptr;
    DiffTextView *m_before = nullptr;
    DiffTextView *m_after = nullptr;
};

} // namespace Slipway
