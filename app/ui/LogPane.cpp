#include "LogPane.h"

#include "PaletteColors.h"

#include "kube/KubeClient.h"
#include "models/LogLinesModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QShortcut>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTextLayout>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Slipway {

namespace {

constexpr int kPadding = 4; // around the line number and before the text

// The lines as a file: UTF-8, one a line. Runs on a worker thread; empty when written.
QString writeLines(const QStringList &lines, const QString &fileName)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    QByteArray chunk;
    for (const QString &line : lines) {
        chunk += line.toUtf8();
        chunk += '\n';
        if (chunk.size() >= (1 << 20)) {
            if (file.write(chunk) != chunk.size())
                return file.errorString();
            chunk.clear();
        }
    }
    if (file.write(chunk) != chunk.size() || !file.commit())
        return file.errorString();
    return {};
}

} // namespace

// A log line: its number in a margin, its text in the view's monospace font, every match of the
// search text on the palette's highlight colour; wrapped to the view's width when asked.
class LogLineDelegate final : public QStyledItemDelegate
{
public:
    explicit LogLineDelegate(QListView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    { }

    void setPattern(const QString &text) { m_pattern = text; }
    void setWrap(bool wrap) { m_wrap = wrap; }
    bool wrap() const { return m_wrap; }
    // The longest line, in characters: the width of every unwrapped row.
    void setWidest(qsizetype characters) { m_widest = characters; }
    void setDigits(int digits) { m_digits = std::max(4, digits); }

    QSize sizeHint(const QStyleOptionViewItem &, const QModelIndex &index) const override
    {
        const QFontMetrics metrics(m_view->font());
        const int lineHeight = metrics.height() + 2;
        const int charWidth = metrics.horizontalAdvance(QLatin1Char('m'));
        const int margin = marginWidth(metrics);
        if (!m_wrap)
            return { margin + int(m_widest) * charWidth + 2 * kPadding, lineHeight };
        const int width = textWidth(metrics);
        const QString text = index.data(LogLinesModel::TextRole).toString();
        if (text.size() * charWidth <= width)
            return { m_view->viewport()->width(), lineHeight };
        // Every new line lays all rows out again: a long line's height is worked out once per
        // width, not each time.
        if (width != m_heightsWidth) {
            m_heights.clear();
            m_heightsWidth = width;
        }
        const qint64 number = index.data(LogLinesModel::LineNumberRole).toLongLong();
        auto known = m_heights.constFind(number);
        if (known == m_heights.cend()) {
            QTextLayout layout(text, m_view->font());
            known = m_heights.insert(number, int(std::ceil(lay(layout, width))) + 2);
        }
        return { m_view->viewport()->width(), *known };
    }

    // Another log: its line numbers are other lines.
    void forgetHeights() { m_heights.clear(); }
    // Lines dropped from the top.
    void forgetHeights(qint64 from, qint64 to)
    {
        for (qint64 number = from; number <= to && !m_heights.isEmpty(); ++number)
            m_heights.remove(number);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const QPalette &palette = option.palette;
        const QFontMetrics metrics(m_view->font());
        const int margin = marginWidth(metrics);
        painter->save();
        if (option.state & QStyle::State_Selected)
            painter->fillRect(option.rect, blend(palette.color(QPalette::Base),
                                                 palette.color(QPalette::Highlight), 0.3));
        painter->setFont(m_view->font());
        painter->setPen(blend(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.5));
        painter->drawText(QRect(option.rect.left(), option.rect.top() + 1, margin - kPadding,
                                metrics.height()),
                          Qt::AlignRight | Qt::AlignVCenter,
                          QString::number(index.data(LogLinesModel::LineNumberRole).toLongLong()));

        const QString text = index.data(LogLinesModel::TextRole).toString();
        QTextLayout layout(text, m_view->font());
        QList<QTextLayout::FormatRange> matches;
        if (!m_pattern.isEmpty()) {
            QTextCharFormat found;
            found.setBackground(palette.color(QPalette::Highlight));
            found.setForeground(palette.color(QPalette::HighlightedText));
            for (qsizetype at = text.indexOf(m_pattern, 0, Qt::CaseInsensitive); at >= 0;
                 at = text.indexOf(m_pattern, at + m_pattern.size(), Qt::CaseInsensitive))
                matches.append({ int(at), int(m_pattern.size()), found });
        }
        layout.setFormats(matches);
        lay(layout, m_wrap ? textWidth(metrics) : -1);
        painter->setPen(palette.color(QPalette::Text));
        layout.draw(painter, QPointF(option.rect.left() + margin + kPadding, option.rect.top() + 1));
        painter->restore();
    }

private:
    int marginWidth(const QFontMetrics &metrics) const
    {
        return metrics.horizontalAdvance(QLatin1Char('9')) * m_digits + 2 * kPadding;
    }
    int textWidth(const QFontMetrics &metrics) const
    {
        return std::max(40, m_view->viewport()->width() - marginWidth(metrics) - 2 * kPadding);
    }
    // Lays the text out in lines of `width` (-1: one line); the height it takes.
    static qreal lay(QTextLayout &layout, int width)
    {
        QTextOption option;
        option.setWrapMode(width < 0 ? QTextOption::NoWrap : QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        qreal height = 0;
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            if (width >= 0)
                line.setLineWidth(width);
            line.setPosition(QPointF(0, height));
            height += line.height();
        }
        layout.endLayout();
        return height;
    }

    QListView *m_view;
    QString m_pattern;
    bool m_wrap = false;
    qsizetype m_widest = 0;
    int m_digits = 4;
    mutable QHash<qint64, int> m_heights; // of wrapped long lines, by line number
    mutable int m_heightsWidth = -1;
};

LogPane::LogPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new LogLinesModel(this))
{
    setObjectName(QStringLiteral("logPane"));
    m_restartTimer.setSingleShot(true);
    m_restartTimer.setInterval(300);
    connect(&m_restartTimer, &QTimer::timeout, this, &LogPane::restart);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;

    m_container = new QComboBox(this);
    m_container->setObjectName(QStringLiteral("logContainer"));
    m_container->setAccessibleName(tr("Container"));
    m_container->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *containerLabel = new QLabel(tr("&Container:"), this);
    containerLabel->setBuddy(m_container);

    m_previous = new QCheckBox(tr("Previous"), this);
    m_previous->setObjectName(QStringLiteral("logPrevious"));
    m_previous->setAccessibleName(tr("Log of the previous instance"));
    m_previous->setToolTip(tr("The log of the container's instance before its last restart"));

    m_follow = new QCheckBox(tr("Follow"), this);
    m_follow->setObjectName(QStringLiteral("logFollow"));
    m_follow->setAccessibleName(tr("Follow the log"));
    m_follow->setChecked(true);

    m_tail = new QSpinBox(this);
    m_tail->setObjectName(QStringLiteral("logTail"));
    m_tail->setAccessibleName(tr("Last lines to read"));
    m_tail->setRange(0, 1000000);
    m_tail->setSingleStep(100);
    m_tail->setValue(500);
    m_tail->setSpecialValueText(tr("all"));
    m_tail->setToolTip(tr("How many of the last lines to read first; all when 0"));
    auto *tailLabel = new QLabel(tr("Tail:"), this);
    tailLabel->setBuddy(m_tail);

    m_wrap = new QCheckBox(tr("Wrap"), this);
    m_wrap->setObjectName(QStringLiteral("logWrap"));
    m_wrap->setAccessibleName(tr("Wrap long lines"));

    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("logFind"));
    m_find->setAccessibleName(tr("Search the log"));
    m_find->setPlaceholderText(tr("Find in log"));
    m_find->setClearButtonEnabled(true);
    m_find->setToolTip(tr("Enter: next match · Shift+Enter: previous match · F3 / Shift+F3"));
    m_find->installEventFilter(this);

    m_findPrevious = new QToolButton(this);
    m_findPrevious->setObjectName(QStringLiteral("logFindPrevious"));
    m_findPrevious->setArrowType(Qt::UpArrow);
    m_findPrevious->setAccessibleName(tr("Previous match"));
    m_findPrevious->setToolTip(tr("Previous match (Shift+F3)"));
    m_findNext = new QToolButton(this);
    m_findNext->setObjectName(QStringLiteral("logFindNext"));
    m_findNext->setArrowType(Qt::DownArrow);
    m_findNext->setAccessibleName(tr("Next match"));
    m_findNext->setToolTip(tr("Next match (F3)"));

    m_save = new QPushButton(tr("&Save…"), this);
    m_save->setObjectName(QStringLiteral("logSave"));
    m_save->setAccessibleName(tr("Save the log to a file"));

    top->addWidget(containerLabel);
    top->addWidget(m_container);
    top->addWidget(m_previous);
    top->addWidget(m_follow);
    top->addWidget(tailLabel);
    top->addWidget(m_tail);
    top->addWidget(m_wrap);
    top->addStretch(1);
    top->addWidget(m_find, 2);
    top->addWidget(m_findPrevious);
    top->addWidget(m_findNext);
    top->addWidget(m_save);
    layout->addLayout(top);

    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("logView"));
    m_view->setAccessibleName(tr("Log"));
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setModel(m_model);
    m_view->setUniformItemSizes(true);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setBatchSize(1000);
    m_delegate = new LogLineDelegate(m_view);
    m_view->setItemDelegate(m_delegate);
    layout->addWidget(m_view, 1);

    m_state = new QLabel(tr("Select a pod to follow its log."), this);
    m_state->setObjectName(QStringLiteral("logState"));
    m_state->setAccessibleName(tr("Log state"));
    m_state->setTextFormat(Qt::PlainText);
    layout->addWidget(m_state);

    // Following: new lines scroll into view while the view is at its end, not when the user
    // has scrolled up to read.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        QScrollBar *bar = m_view->verticalScrollBar();
        m_atEnd = bar->value() >= bar->maximum() - 1;
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        qsizetype widest = 0;
        for (int row = first; row <= last; ++row)
            widest = std::max(widest, m_model->line(row).size());
        m_widest = std::max(m_widest, widest);
        m_delegate->setWidest(m_widest);
        m_delegate->setDigits(int(QString::number(m_model->totalLines()).size()));
        if (!m_find->text().isEmpty())
            countMatches(first, last, +1);
        if (m_atEnd)
            m_view->scrollToBottom();
        updateState();
    });
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this](const QModelIndex &, int first, int last) {
        m_delegate->forgetHeights(m_model->lineNumber(first), m_model->lineNumber(last));
        if (!m_find->text().isEmpty())
            countMatches(first, last, -1);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_matches = 0;
        m_delegate->forgetHeights();
        m_widest = 0;
        m_delegate->setWidest(0);
        updateState();
    });

    // Another container or instance: what is shown goes at once (its lines are not the chosen
    // log's, and Save would name them after it); the new stream starts once the choice settles.
    connect(m_container, &QComboBox::currentIndexChanged, this, [this] {
        updateContainerActions();
        dropStream();
        m_restartTimer.start();
    });
    connect(m_previous, &QCheckBox::toggled, this, [this](bool previous) {
        m_follow->setEnabled(!previous);
        dropStream();
        m_restartTimer.start();
    });
    connect(m_follow, &QCheckBox::toggled, this, [this] { m_restartTimer.start(); });
    connect(m_tail, &QSpinBox::valueChanged, this, [this] { m_restartTimer.start(); });
    connect(m_wrap, &QCheckBox::toggled, this, [this](bool wrap) {
        m_delegate->setWrap(wrap);
        // Wrapped rows differ in height: laid out in batches so a long log never stalls.
        m_view->setUniformItemSizes(!wrap);
        m_view->setLayoutMode(wrap ? QListView::Batched : QListView::SinglePass);
        m_view->setHorizontalScrollBarPolicy(wrap ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
        m_view->doItemsLayout();
        m_view->viewport()->update();
    });
    connect(m_find, &QLineEdit::textChanged, this, &LogPane::onFindTextChanged);
    connect(m_findNext, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(m_findPrevious, &QToolButton::clicked, this, [this] { findNext(true); });
    auto *next = new QShortcut(QKeySequence(Qt::Key_F3), this, this, [this] { findNext(false); });
    next->setContext(Qt::WidgetWithChildrenShortcut);
    auto *previous = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3), this, this, [this] { findNext(true); });
    previous->setContext(Qt::WidgetWithChildrenShortcut);
    connect(m_save, &QPushButton::clicked, this, &LogPane::chooseSaveFile);

    clear();
}

LogPane::~LogPane() = default;

bool LogPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_find && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            findNext(key->modifiers().testFlag(Qt::ShiftModifier));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString LogPane::container() const
{
    return m_container->currentData().toString();
}

void LogPane::clear()
{
    setPod(nullptr, QString(), QString(), {});
}

void LogPane::setPod(KubeClient *client, const QString &nameSpace, const QString &pod,
                     const QList<PodsModel::Container> &containers)
{
    const bool samePod = client == m_client && nameSpace == m_nameSpace && pod == m_pod;
    QStringList names;
    for (const PodsModel::Container &c : containers)
        names << c.name;
    QStringList known;
    for (const PodsModel::Container &c : std::as_const(m_containers))
        known << c.name;
    m_containers = containers;
    if (samePod && names == known && !pod.isEmpty()) {
        updateContainerActions(); // restarts may have changed
        return;
    }
    m_client = client;
    m_nameSpace = nameSpace;
    m_pod = pod;
    {
        const QSignalBlocker quiet(m_container);
        const QString current = samePod ? container() : QString();
        m_container->clear();
        int chosen = -1;
        for (const PodsModel::Container &c : containers) {
            m_container->addItem(c.init ? tr("%1 (init)").arg(c.name) : c.name, c.name);
            if (c.name == current || (current.isEmpty() && chosen < 0 && !c.init))
                chosen = m_container->count() - 1;
        }
        m_container->setCurrentIndex(chosen >= 0 ? chosen : 0);
    }
    {
        const QSignalBlocker quiet(m_previous);
        m_previous->setChecked(false);
        m_follow->setEnabled(true);
    }
    m_container->setEnabled(!pod.isEmpty());
    updateContainerActions();
    m_restartTimer.stop();
    restart();
}

void LogPane::updateContainerActions()
{
    const int index = m_container->currentIndex();
    const bool restarted = index >= 0 && index < m_containers.size() && m_containers.at(index).restarts > 0;
    m_previous->setEnabled(restarted);
    if (!restarted && m_previous->isChecked())
        m_previous->setChecked(false);
}

void LogPane::dropStream()
{
    delete m_stream;
    m_stream = nullptr;
    m_model->clear();
    m_atEnd = true;
    m_status.clear();
    updateState();
}

void LogPane::restart()
{
    dropStream();
    if (!m_client || m_pod.isEmpty()) {
        updateState();
        return;
    }
    PodLogStream::Options options;
    options.nameSpace = m_nameSpace;
    options.pod = m_pod;
    options.container = container();
    options.previous = m_previous->isChecked() && m_previous->isEnabled();
    options.follow = m_follow->isChecked() && !options.previous;
    options.tailLines = m_tail->value() > 0 ? m_tail->value() : -1;
    m_stream = new PodLogStream(m_client, options, this);
    connect(m_stream, &PodLogStream::linesReceived, m_model, &LogLinesModel::append);
    connect(m_stream, &PodLogStream::stateChanged, this, &LogPane::updateState);
    connect(m_stream, &PodLogStream::reconnecting, this, &LogPane::updateState);
    connect(m_stream, &PodLogStream::resumed, this, &LogPane::updateState);
    connect(m_stream, &PodLogStream::finished, this, &LogPane::updateState);
    m_stream->start();
    updateState();
}

void LogPane::updateState()
{
    const QString where = container().isEmpty() ? m_pod : m_pod + QLatin1Char('/') + container();
    if (!m_stream) {
        if (!m_status.isEmpty())
            m_state->setText(m_status);
        else if (m_pod.isEmpty() || !m_client)
            m_state->setText(tr("Select a pod to follow its log."));
        else
            m_state->setText(tr("%1: starting…").arg(where)); // between a choice and its stream
        return;
    }
    static const QHash<PodLogStream::State, const char *> names {
        { PodLogStream::State::Idle, QT_TR_NOOP("idle") },
        { PodLogStream::State::Connecting, QT_TR_NOOP("connecting") },
        { PodLogStream::State::Streaming, QT_TR_NOOP("streaming") },
        { PodLogStream::State::Reconnecting, QT_TR_NOOP("reconnecting") },
        { PodLogStream::State::Finished, QT_TR_NOOP("finished") },
    };
    QString state = tr(names.value(m_stream->state()));
    if (m_stream->state() == PodLogStream::State::Finished && m_stream->error().isError())
        state = tr("failed: %1").arg(m_stream->error().message());
    QStringList parts { tr("%1: %2").arg(where, state),
                        tr("%n line(s)", nullptr, int(std::min<qint64>(m_model->totalLines(), INT_MAX))) };
    if (m_stream->reconnects() > 0)
        parts << tr("%n reconnect(s)", nullptr, m_stream->reconnects());
    if (m_previous->isChecked())
        parts << tr("previous instance");
    if (!m_status.isEmpty())
        parts << m_status;
    m_state->setText(parts.join(QStringLiteral(" · ")));
}

void LogPane::onFindTextChanged()
{
    const QString text = m_find->text();
    m_delegate->setPattern(text);
    m_view->viewport()->update();
    m_matches = text.isEmpty() ? 0 : int(m_model->find(text).size());
    showMatchCount();
}

void LogPane::countMatches(int first, int last, int sign)
{
    const QString text = m_find->text();
    for (int row = first; row <= last; ++row)
        m_matches += m_model->line(row).contains(text, Qt::CaseInsensitive) ? sign : 0;
    showMatchCount();
}

void LogPane::showMatchCount()
{
    const QString text = m_find->text();
    if (text.isEmpty())
        m_status.clear();
    else if (m_matches == 0)
        m_status = tr("“%1” is not in the log").arg(text);
    else
        m_status = tr("“%1” on %n line(s)", nullptr, m_matches).arg(text);
    updateState();
}

bool LogPane::findNext(bool backwards)
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return false;
    const QList<int> rows = m_model->find(text);
    if (rows.isEmpty()) {
        m_status = tr("“%1” is not in the log").arg(text);
        updateState();
        return false;
    }
    const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    qsizetype at = -1;
    if (!backwards) {
        at = std::upper_bound(rows.cbegin(), rows.cend(), current) - rows.cbegin();
        if (at >= rows.size())
            at = 0; // from the top again
    } else {
        at = std::lower_bound(rows.cbegin(), rows.cend(), current < 0 ? INT_MAX : current) - rows.cbegin() - 1;
        if (at < 0)
            at = rows.size() - 1; // from the end again
    }
    const QModelIndex index = m_model->index(rows.at(at), 0);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_status = tr("“%1”: match %2 of %3").arg(text).arg(at + 1).arg(rows.size());
    updateState();
    return true;
}

void LogPane::chooseSaveFile()
{
    const QString suggested = QDir::home().filePath(
        (container().isEmpty() ? m_pod : m_pod + QLatin1Char('-') + container()) + QStringLiteral(".log"));
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Save Log"), suggested,
                                                          tr("Log files (*.log *.txt);;All files (*)"));
    if (!fileName.isEmpty())
        saveTo(fileName);
}

void LogPane::saveTo(const QString &fileName)
{
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, fileName] {
        watcher->deleteLater();
        const QString error = watcher->result();
        if (--m_saving == 0)
            m_save->setEnabled(true);
        m_status = error.isEmpty() ? tr("saved to %1").arg(QDir::toNativeSeparators(fileName))
                                   : tr("not saved: %1").arg(error);
        updateState();
        Q_EMIT saved(fileName, error);
    });
    ++m_saving;
    m_save->setEnabled(false);
    m_status = tr("saving to %1…").arg(QDir::toNativeSeparators(fileName));
    updateState();
    // The lines are shared, not copied: the model's next append detaches its own list.
    watcher->setFuture(QtConcurrent::run(writeLines, m_model->lines(), fileName));
}

} // namespace Slipway
