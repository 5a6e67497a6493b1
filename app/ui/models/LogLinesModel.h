#pragma once

#include <QAbstractListModel>
#include <QRegularExpression>
#include <QStringList>

namespace Slipway {

// The lines of a pod's log (PodLogStream::linesReceived goes straight into append()), numbered
// from 1 as they arrived. Appending is one rowsInserted for the new rows; beyond the cap the
// oldest lines go in one rowsRemoved at the top, and the lines kept keep their numbers, so "line
// 48,213" still means the same line after the first thousands are dropped.
class LogLinesModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        LineNumberRole = Qt::UserRole + 2, // qint64, 1-based, as the line arrived
        TextRole,
    };

    static constexpr int kDefaultMaxLines = 50000;

    explicit LogLinesModel(QObject *parent = nullptr);
    ~LogLinesModel() override;
    Q_DISABLE_COPY_MOVE(LogLinesModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // The vertical header is the line number, so a table view shows it in the margin.
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int maxLines() const { return m_maxLines; }
    // A smaller cap drops the oldest lines at once.
    void setMaxLines(int maxLines);
    qint64 lineNumber(int row) const { return m_firstNumber + row; }
    QString line(int row) const { return m_lines.value(row); }
    // Every line kept, top to bottom (shared, not copied: safe to hand to another thread).
    QStringList lines() const { return m_lines; }
    // Lines received in all, the dropped ones included.
    qint64 totalLines() const { return m_firstNumber - 1 + m_lines.size(); }

    // The rows whose text contains `text` (or matches `pattern`), top to bottom.
    QList<int> find(const QString &text, Qt::CaseSensitivity cs = Qt::CaseInsensitive) const;
    QList<int> find(const QRegularExpression &pattern) const;

public Q_SLOTS:
    void append(const QStringList &lines);
    // A new log (another pod or container): numbering starts over.
    void clear();

private:
    void dropOldest(int count);

    QStringList m_lines;
    qint64 m_firstNumber = 1; // the number of m_lines.first()
    int m_maxLines = kDefaultMaxLines;
};

} // namespace Slipway
